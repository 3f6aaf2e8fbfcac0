import { Group, Paper } from '@mantine/core';
import { DatePickerInput, type DatesRangeValue } from '@mantine/dates';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../ui/DateField.tsx';
import { type ExportFormat, ExportMenu } from '../../../ui/ExportMenu.tsx';

interface ReportToolbarProps {
  from?: string;
  to?: string;
  asOf?: string;
  onRange?: (from: string, to: string) => void;
  onAsOf?: (asOf: string) => void;
  download: (format: ExportFormat) => Promise<void>;
  children?: ReactNode;
}

/** The date range (or day) of a report, other filters, and its export. */
export function ReportToolbar({ from, to, asOf, onRange, onAsOf, download, children }: ReportToolbarProps) {
  const { t } = useTranslation('accounting');
  return (
    <Paper withBorder p="sm" mb="md">
      <Group justify="space-between" align="flex-end">
        <Group gap="sm" align="flex-end">
          {children}
          {onRange && (
            <DatePickerInput
              type="range"
              label={t('reports.period')}
              w={260}
              allowSingleDateInRange
              valueFormat="D MMM YYYY"
              value={[from ?? null, to ?? null]}
              onChange={(next) => {
                const [start, end] = next as DatesRangeValue<string>;
                if (start && end) onRange(start, end);
              }}
            />
          )}
          {onAsOf && (
            <DateField
              label={t('reports.asOf')}
              w={180}
              value={asOf ?? null}
              onChange={(day) => day && onAsOf(day as string)}
            />
          )}
        </Group>
        <ExportMenu download={download} />
      </Group>
    </Paper>
  );
}
