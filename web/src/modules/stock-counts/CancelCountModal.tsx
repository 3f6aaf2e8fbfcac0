import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';

interface CancelCountModalProps {
  opened: boolean;
  number: string;
  cancelling: boolean;
  onCancelCount: (reason: string | undefined) => void;
  onClose: () => void;
}

export function CancelCountModal({ opened, number, cancelling, onCancelCount, onClose }: CancelCountModalProps) {
  const [reason, setReason] = useState('');
  return (
    <Modal opened={opened} onClose={onClose} title={`Cancel ${number}`} centered>
      <Stack gap="sm">
        <Text size="sm">Nothing has been posted: stock stays as it is. The count is kept for the record.</Text>
        <Textarea
          label="Reason"
          placeholder="Optional, e.g. moved to next week"
          autosize
          minRows={2}
          maxLength={500}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
        />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            Keep count
          </Button>
          <Button color="red" loading={cancelling} onClick={() => onCancelCount(reason.trim() || undefined)}>
            Cancel count
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
