import { Button, Checkbox, Popover, Stack } from '@mantine/core';
import { useLocalStorage } from '@mantine/hooks';
import { IconColumns3 } from '@tabler/icons-react';
import { type DataTableColumn, humanize } from 'mantine-datatable';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../app/me.ts';
import { columnChoiceKey, toggledColumns } from './list-filters.ts';

const titleOf = <T,>(column: DataTableColumn<T>) =>
  typeof column.title === 'string' ? column.title : humanize(String(column.accessor));

/** The columns a user hid on this list, remembered per user in this browser. */
export function useHiddenColumns(listId: string) {
  const me = useMe();
  return useLocalStorage<string[]>({ key: columnChoiceKey(me.user.id, listId), defaultValue: [] });
}

interface ColumnChooserProps<T> {
  columns: DataTableColumn<T>[];
  hidden: string[];
  onChange: (hidden: string[]) => void;
}

/** "Columns" → a tick per column; the first column names the record and always shows. */
export function ColumnChooser<T>({ columns, hidden, onChange }: ColumnChooserProps<T>) {
  const { t } = useTranslation('ui');
  return (
    <Popover position="bottom-end" withinPortal shadow="md">
      <Popover.Target>
        <Button variant="default" leftSection={<IconColumns3 size={16} />}>
          {t('list.columns')}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap={8} role="group" aria-label={t('list.columnsShown')}>
          {columns.slice(1).map((column) => {
            const accessor = String(column.accessor);
            return (
              <Checkbox
                key={accessor}
                label={titleOf(column)}
                checked={!hidden.includes(accessor)}
                onChange={(event) => onChange(toggledColumns(hidden, accessor, event.currentTarget.checked))}
              />
            );
          })}
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
