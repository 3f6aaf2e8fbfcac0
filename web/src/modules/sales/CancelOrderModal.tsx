import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';

interface CancelOrderModalProps {
  opened: boolean;
  number: string;
  /** A confirmed order gives its reserved stock back. */
  releasesStock: boolean;
  cancelling: boolean;
  onCancelOrder: (reason: string | undefined) => void;
  onClose: () => void;
}

export function CancelOrderModal({
  opened,
  number,
  releasesStock,
  cancelling,
  onCancelOrder,
  onClose,
}: CancelOrderModalProps) {
  const [reason, setReason] = useState('');
  return (
    <Modal opened={opened} onClose={onClose} title={`Cancel ${number}`} centered>
      <Stack gap="sm">
        <Text size="sm">
          {releasesStock
            ? 'The stock reserved for this order becomes available again.'
            : 'The draft is kept for the record but can no longer be confirmed.'}
        </Text>
        <Textarea
          label="Reason"
          placeholder="Optional, e.g. customer changed their mind"
          autosize
          minRows={2}
          maxLength={500}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
        />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            Keep order
          </Button>
          <Button color="red" loading={cancelling} onClick={() => onCancelOrder(reason.trim() || undefined)}>
            Cancel order
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
