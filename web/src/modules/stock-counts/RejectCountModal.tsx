import { MultiSelect } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ReasonDialog } from '../../ui/ReasonDialog.tsx';
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
  const [recount, setRecount] = useState<string[]>([]);
  const withVariance = count.lines.filter((line) => line.variance !== null && line.variance !== '0');
  return (
    <ReasonDialog
      opened={opened}
      title={t('rejectCount.title', { number: count.number })}
      effect={t('rejectCount.body')}
      reasonLabel={t('rejectCount.reason')}
      reasonPlaceholder={t('rejectCount.reasonPlaceholder')}
      reasonRequired
      keepLabel={t('rejectCount.keep')}
      confirmLabel={t('rejectCount.confirm')}
      color="orange"
      busy={rejecting}
      onConfirm={(reason) => onReject(reason!, recount)}
      onClose={onClose}
      testId="reject"
    >
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
    </ReasonDialog>
  );
}
