import { Button, Menu } from '@mantine/core';
import {
  IconChevronDown,
  IconDownload,
  IconFileSpreadsheet,
  IconFileTypeCsv,
  IconFileTypePdf,
} from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { notifyError } from './notify.ts';

export type ExportFormat = 'csv' | 'xlsx' | 'pdf';

interface ExportMenuProps {
  /** Fetches and saves the list, with the filters on screen, in this format. */
  download: (format: ExportFormat) => Promise<void>;
  /** The button's text. */
  label?: string;
  /** Which rows the file holds. */
  scope?: string;
}

/** "Export" → CSV, Excel or PDF, of the list as it is filtered now (or of the rows selected). */
export function ExportMenu({ download, label, scope }: ExportMenuProps) {
  const { t } = useTranslation('ui');
  const exporting = useMutation({
    mutationFn: download,
    onError: (error) => notifyError(error, t('notify.exportFailed')),
  });
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          variant="default"
          leftSection={<IconDownload size={16} />}
          rightSection={<IconChevronDown size={14} />}
          loading={exporting.isPending}
        >
          {label ?? t('exportMenu.label')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{scope ?? t('exportMenu.scope')}</Menu.Label>
        <Menu.Item leftSection={<IconFileTypeCsv size={16} />} onClick={() => exporting.mutate('csv')}>
          CSV
        </Menu.Item>
        <Menu.Item leftSection={<IconFileSpreadsheet size={16} />} onClick={() => exporting.mutate('xlsx')}>
          Excel (XLSX)
        </Menu.Item>
        <Menu.Item leftSection={<IconFileTypePdf size={16} />} onClick={() => exporting.mutate('pdf')}>
          PDF
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
