import { Button, Group, Modal, MultiSelect, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation('stock-counts');
  const [reason, setReason] = useState('');
  const [recount, setRecount] = useState<string[]>([]);
  const withVariance = count.lines.filter((line) => line.variance !== null && line.variance !== '0');
  return (
    <Modal opened={opened} onClose={onClose} title={t('rejectCount.title', { number: count.number })} centered>
      <Stack gap="sm">
        <Text size="sm">{t('rejectCount.body')}</Text>
        <Textarea
          label={t('rejectCount.reason')}
          required
          placeholder={t('rejectCount.reasonPlaceholder')}
          autosize
          minRows={2}
          maxLength={500}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          data-testid="reject-reason"
        />
        <MultiSelect
          label={t('rejectCount.recountLines')}
          placeholder={t('rejectCount.none')}
          searchable
          clearable
          data={(withVariance.length > 0 ? withVariance : count.lines).map((line) => ({
            value: line.id,
            label: t(line.lotNumber ? 'rejectCount.lineWithLot' : 'rejectCount.line', {
              lineNo: line.lineNo,
              sku: line.sku,
              location: line.locationCode,
              lot: line.lotNumber,
            }),
          }))}
          value={recount}
          onChange={setRecount}
        />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            {t('rejectCount.keep')}
          </Button>
          <Button
            color="orange"
            disabled={!reason.trim()}
            loading={rejecting}
            onClick={() => onReject(reason.trim(), recount)}
            data-testid="confirm-reject"
          >
            {t('rejectCount.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
