import { Button, Group, Modal, MultiSelect, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { StockCount } from './stock-counts-api.ts';

interface RejectCountModalProps {
  opened: boolean;
  count: StockCount;
  rejecting: boolean;
  onReject: (reason: string, recountLineIds: string[]) => void;
  onClose: () => void;
}

/** Back to counting, with the reason, and the lines to count again flagged. */
export function RejectCountModal({ opened, count, rejecting, onReject, onClose }: RejectCountModalProps) {
  const [reason, setReason] = useState('');
  const [recount, setRecount] = useState<string[]>([]);
  const withVariance = count.lines.filter((line) => line.variance !== null && line.variance !== '0');
  return (
    <Modal opened={opened} onClose={onClose} title={`Reject ${count.number}`} centered>
      <Stack gap="sm">
        <Text size="sm">The count goes back to counting. Its counted quantities are kept.</Text>
        <Textarea
          label="Reason"
          required
          placeholder="e.g. shelf B was not counted"
          autosize
          minRows={2}
          maxLength={500}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          data-testid="reject-reason"
        />
        <MultiSelect
          label="Lines to recount"
          placeholder="None"
          searchable
          clearable
          data={(withVariance.length > 0 ? withVariance : count.lines).map((line) => ({
            value: line.id,
            label: `${line.lineNo}. ${line.sku} at ${line.locationCode}${line.lotNumber ? ` (${line.lotNumber})` : ''}`,
          }))}
          value={recount}
          onChange={setRecount}
        />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            Keep
          </Button>
          <Button
            color="orange"
            disabled={!reason.trim()}
            loading={rejecting}
            onClick={() => onReject(reason.trim(), recount)}
            data-testid="confirm-reject"
          >
            Reject count
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
