import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';

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
    <Modal opened={opened} onClose={onClose} title={`Cancel ${title}`} centered>
      <Stack gap="sm">
        <Text size="sm">
          {posted
            ? 'A credit note is issued for the whole invoice: it reverses the receivable, the revenue and the VAT, and what was invoiced on the order can be invoiced again.'
            : 'The draft is kept for the record but can no longer be posted.'}
        </Text>
        <Textarea
          label="Reason"
          placeholder="e.g. wrong customer"
          required
          autosize
          minRows={2}
          maxLength={500}
          value={reason}
          error={missing ? 'Say why the invoice is cancelled' : undefined}
          onChange={(event) => {
            setReason(event.currentTarget.value);
            setMissing(false);
          }}
        />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            Keep invoice
          </Button>
          <Button color="red" loading={cancelling} onClick={cancel}>
            {posted ? 'Cancel by credit note' : 'Cancel draft'}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
