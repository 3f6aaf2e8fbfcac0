import { Button, EmptyState, Group, Text } from '@mantine/core';
import type { DataTableColumn, DataTableSortStatus } from 'mantine-datatable';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DataGrid } from './DataGrid.tsx';
import { ErrorAlert } from './ErrorAlert.tsx';
import type { KeysetList } from './keyset-list.ts';

interface EmptyList {
  icon: ReactNode;
  title: string;
  description: string;
}

interface RecordTableProps<T> {
  list: KeysetList<T>;
  columns: DataTableColumn<T>[];
  /** What the rows are, for "12 products shown". */
  noun: string;
  empty: EmptyList;
  /** Rows get `data-testid` with this value, for tests and tools. */
  rowTestId: string;
  onRowClick?: (record: T) => void;
  sortStatus?: DataTableSortStatus<T>;
  onSortStatusChange?: (status: DataTableSortStatus<T>) => void;
}

/** A dense list of records from a keyset-paged query, with "load more" below it. */
export function RecordTable<T extends { id?: string }>({
  list,
  columns,
  noun,
  empty,
  rowTestId,
  onRowClick,
  sortStatus,
  onSortStatusChange,
}: RecordTableProps<T>) {
  const { t } = useTranslation('ui');
  if (list.error && !list.records) {
    return <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />;
  }
  const records = list.records ?? [];
  const sorting = sortStatus && onSortStatusChange ? { sortStatus, onSortStatusChange } : {};
  return (
    <>
      <DataGrid<T>
        withTableBorder
        borderRadius="sm"
        records={records}
        columns={columns}
        fetching={list.fetching}
        minHeight={records.length === 0 ? 220 : undefined}
        emptyState={<EmptyState icon={empty.icon} title={empty.title} description={empty.description} />}
        highlightOnHover
        onRowClick={onRowClick ? ({ record }) => onRowClick(record) : undefined}
        customRowAttributes={() => ({ 'data-testid': rowTestId })}
        {...sorting}
      />
      {records.length > 0 && (
        <Group justify="space-between" mt="xs">
          <Text size="xs" c="dimmed">
            {t('list.shown', { count: records.length, noun })}
          </Text>
          {list.hasMore && (
            <Button variant="default" size="compact-sm" loading={list.loadingMore} onClick={list.loadMore}>
              {t('actions.loadMore')}
            </Button>
          )}
        </Group>
      )}
    </>
  );
}
