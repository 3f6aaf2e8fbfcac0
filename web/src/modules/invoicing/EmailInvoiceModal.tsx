import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, errorMessage } from '../../api/errors.ts';
import { notifySuccess } from '../../ui/notify.ts';
import { type Invoice, useEmailInvoice } from './invoices-api.ts';

interface EmailInvoiceModalProps {
  invoice: Invoice;
  title: string;
  opened: boolean;
  onClose: () => void;
}

/** Sends the invoice's PDF to the customer, or to another address typed here. */
export function EmailInvoiceModal({ invoice, title, opened, onClose }: EmailInvoiceModalProps) {
  const { t } = useTranslation(['invoicing', 'ui']);
  const [to, setTo] = useState('');
  const email = useEmailInvoice(invoice.id);
  const fieldError =
    email.error instanceof ApiError
      ? email.error.fields.find((field) => field.path.endsWith('to'))?.message
      : undefined;
  const send = () =>
    email.mutate(to.trim() || undefined, {
      onSuccess: (sent) => {
        notifySuccess(t('emailInvoiceModal.sent', { title, to: sent.to }));
        email.reset();
        setTo('');
        onClose();
      },
    });
  return (
    <Modal opened={opened} onClose={onClose} title={t('emailInvoiceModal.title', { title })} size="md">
      <Stack gap="sm">
        <Text size="sm">{t('emailInvoiceModal.explanation')}</Text>
        <TextInput
          label={t('emailInvoiceModal.sendTo')}
          description={t('emailInvoiceModal.sendToHint', { customer: invoice.customerName })}
          type="email"
          maxLength={254}
          value={to}
          onChange={(event) => setTo(event.currentTarget.value)}
          error={fieldError}
        />
        {email.error && !fieldError && (
          <Text size="sm" c="red">
            {errorMessage(email.error)}
          </Text>
        )}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            {t('ui:actions.cancel')}
          </Button>
          <Button onClick={send} loading={email.isPending}>
            {t('emailInvoiceModal.send')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
