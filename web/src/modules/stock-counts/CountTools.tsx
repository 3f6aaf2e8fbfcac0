import { Alert, Button, List, Menu, Text } from '@mantine/core';
import {
  IconAlertTriangle,
  IconChevronDown,
  IconFileSpreadsheet,
  IconFileTypeCsv,
  IconFileTypePdf,
  IconPrinter,
} from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ApiError, errorMessage } from '../../api/errors.ts';
import type { ExportFormat } from '../../ui/ExportMenu.tsx';
import { friendlyFieldMessage } from '../../ui/form-errors.ts';
import { notifyError } from '../../ui/notify.ts';
import { downloadCountSheet, downloadVarianceReport, type StockCount } from './stock-counts-api.ts';

/** `lines.2.countedQuantity` as the counter reads it: line 3 and what is wrong. */
const lineProblem = (t: TFunction<'stock-counts'>, f: { path: string; message: string }) =>
  t('countTools.lineProblem', { line: Number(f.path.split('.')[1]) + 1, problem: friendlyFieldMessage(f.message) });

/** Why the server refused, with the lines it named (`lines.3.reason` is the 4th line). */
export function CountRefusal({ error, onClose }: { error: unknown; onClose: () => void }) {
  const { t } = useTranslation('stock-counts');
  const fields = error instanceof ApiError ? error.fields : [];
  const lineProblems = fields.filter((f) => /^lines\.\d+\./.test(f.path));
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconAlertTriangle size={18} />}
      title={lineProblems.length > 0 ? t('countTools.linesNeedAttention') : t('countTools.notChanged')}
      withCloseButton
      closeButtonLabel={t('countTools.dismiss')}
      onClose={onClose}
      mb="md"
      data-testid="count-refusal"
    >
      {lineProblems.length > 0 ? (
        <List size="sm" spacing={2}>
          {lineProblems.map((f) => (
            <List.Item key={f.path}>{lineProblem(t, f)}</List.Item>
          ))}
        </List>
      ) : (
        <Text size="sm">{errorMessage(error)}</Text>
      )}
    </Alert>
  );
}

/** The count sheet to print and the variance report, in the formats the API exports. */
export function DownloadMenu({ count }: { count: StockCount }) {
  const { t } = useTranslation('stock-counts');
  const exporting = useMutation({
    mutationFn: (what: 'sheet' | ExportFormat) =>
      what === 'sheet' ? downloadCountSheet(count) : downloadVarianceReport(count, what),
    onError: (error) => notifyError(error, t('countTools.downloadFailed')),
  });
  const canSeeVariances = !count.systemQuantitiesHidden && count.state !== 'scheduled';
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          variant="default"
          leftSection={<IconPrinter size={16} />}
          rightSection={<IconChevronDown size={14} />}
          loading={exporting.isPending}
        >
          {t('countTools.printExport')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item
          leftSection={<IconFileTypePdf size={16} />}
          disabled={count.state === 'scheduled'}
          onClick={() => exporting.mutate('sheet')}
        >
          {t('countTools.countSheet')}
        </Menu.Item>
        <Menu.Label>{t('countTools.varianceReport')}</Menu.Label>
        <Menu.Item
          leftSection={<IconFileTypePdf size={16} />}
          disabled={!canSeeVariances}
          onClick={() => exporting.mutate('pdf')}
        >
          PDF
        </Menu.Item>
        <Menu.Item
          leftSection={<IconFileTypeCsv size={16} />}
          disabled={!canSeeVariances}
          onClick={() => exporting.mutate('csv')}
        >
          CSV
        </Menu.Item>
        <Menu.Item
          leftSection={<IconFileSpreadsheet size={16} />}
          disabled={!canSeeVariances}
          onClick={() => exporting.mutate('xlsx')}
        >
          Excel (XLSX)
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
