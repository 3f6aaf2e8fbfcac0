import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
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
  const [to, setTo] = useState('');
  const email = useEmailInvoice(invoice.id);
  const fieldError =
    email.error instanceof ApiError
      ? email.error.fields.find((field) => field.path.endsWith('to'))?.message
      : undefined;
  const send = () =>
    email.mutate(to.trim() || undefined, {
      onSuccess: (sent) => {
        notifySuccess(`${title} sent to ${sent.to}`);
        email.reset();
        setTo('');
        onClose();
      },
    });
  return (
    <Modal opened={opened} onClose={onClose} title={`Email ${title}`} size="md">
      <Stack gap="sm">
        <Text size="sm">
          The invoice goes out as a PDF with the company letterhead. It shows in the invoice's timeline.
        </Text>
        <TextInput
          label="Send to"
          description={`Leave empty to send it to ${invoice.customerName}'s email address`}
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
            Cancel
          </Button>
          <Button onClick={send} loading={email.isPending}>
            Send
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
