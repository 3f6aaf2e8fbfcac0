import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

interface CancelInvoiceModalProps {
  opened: boolean;
  title: string;
  /** A posted invoice is cancelled by a credit note; a draft is simply set aside. */
  posted: boolean;
  cancelling: boolean;
  onCancelInvoice: (reason: string) => void;
  onClose: () => void;
}

export function CancelInvoiceModal({
  opened,
  title,
  posted,
  cancelling,
  onCancelInvoice,
  onClose,
}: CancelInvoiceModalProps) {
  const { t } = useTranslation('invoicing');
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const cancel = () => {
    if (!reason.trim()) {
      setMissing(true);
      return;
    }
    onCancelInvoice(reason.trim());
  };
  return (
    <Modal opened={opened} onClose={onClose} title={t('cancelInvoiceModal.title', { title })} centered>
      <Stack gap="sm">
        <Text size="sm">{posted ? t('cancelInvoiceModal.byCreditNote') : t('cancelInvoiceModal.keepsDraft')}</Text>
        <Textarea
          label={t('cancelInvoiceModal.reason')}
          placeholder={t('cancelInvoiceModal.reasonPlaceholder')}
          required
          autosize
          minRows={2}
          maxLength={500}
          value={reason}
          error={missing ? t('cancelInvoiceModal.reasonMissing') : undefined}
          onChange={(event) => {
            setReason(event.currentTarget.value);
            setMissing(false);
          }}
        />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            {t('cancelInvoiceModal.keep')}
          </Button>
          <Button color="red" loading={cancelling} onClick={cancel}>
            {posted ? t('cancelInvoiceModal.cancelPosted') : t('cancelInvoiceModal.cancelDraft')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
