import { Button, EmptyState, Group, Text } from '@mantine/core';
import { IconFilterOff } from '@tabler/icons-react';
import type { DataTableSortStatus } from 'mantine-datatable';
import { useTranslation } from 'react-i18next';
import { DataGrid } from '../DataGrid.tsx';
import { ErrorAlert } from '../ErrorAlert.tsx';
import { LoadingBlock } from '../LoadingBlock.tsx';
import type { ListPageProps } from './ListPage.tsx';
import { RecordCards } from './RecordCards.tsx';

export const sortStatusOf = (sort: string) =>
  sort.startsWith('-')
    ? { columnAccessor: sort.slice(1), direction: 'desc' as const }
    : { columnAccessor: sort, direction: 'asc' as const };

interface ListBodyProps<T extends { id: string }> extends ListPageProps<T> {
  phone: boolean;
  selected: T[];
  /** Rows can be selected when the page has bulk actions. */
  onSelectedChange: ((selected: T[]) => void) | undefined;
  sortStatus: { columnAccessor: string; direction: 'asc' | 'desc' } | undefined;
  onSort: (column: string, direction: 'asc' | 'desc') => void;
  filtered: boolean;
  onClearFilters: () => void;
}

export function ListBody<T extends { id: string }>(props: ListBodyProps<T>) {
  const { list, empty, selected, onSelectedChange } = props;
  const { t } = useTranslation('ui');
  if (list.error && !list.records) return <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />;
  const records = list.records ?? [];
  const emptyState = props.filtered ? (
    <EmptyState
      icon={<IconFilterOff size={24} />}
      title={t('list.noMatch', { noun: props.noun })}
      description={t('list.noMatchHint')}
    >
      <Button variant="default" mt="sm" onClick={props.onClearFilters} style={{ pointerEvents: 'all' }}>
        {t('list.clearFilters')}
      </Button>
    </EmptyState>
  ) : (
    <EmptyState icon={empty.icon} title={empty.title} description={empty.description}>
      {empty.action && (
        <Group mt="sm" style={{ pointerEvents: 'all' }}>
          {empty.action}
        </Group>
      )}
    </EmptyState>
  );
  const selectedIds = new Set(selected.map((record) => record.id));
  const selection = onSelectedChange
    ? {
        selectedRecords: selected,
        onSelectedRecordsChange: onSelectedChange,
        allRecordsSelectionCheckboxProps: { 'aria-label': t('list.selectAllShown') },
        getRecordSelectionCheckboxProps: () => ({ 'aria-label': t('list.select') }),
      }
    : {};
  const { sortStatus, onSort } = props;
  const sorting = sortStatus
    ? {
        sortStatus,
        onSortStatusChange: (status: DataTableSortStatus<T>) => onSort(String(status.columnAccessor), status.direction),
      }
    : {};
  return (
    <>
      {props.phone ? (
        list.fetching && !list.records ? (
          <LoadingBlock />
        ) : records.length === 0 ? (
          emptyState
        ) : (
          <RecordCards<T>
            records={records}
            card={props.card}
            selected={selectedIds}
            onSelect={
              onSelectedChange &&
              ((record: T, on: boolean) =>
                onSelectedChange(on ? [...selected, record] : selected.filter((r) => r.id !== record.id)))
            }
          />
        )
      ) : (
        <DataGrid<T>
          withTableBorder
          borderRadius="sm"
          records={records}
          columns={props.columns}
          fetching={list.fetching}
          minHeight={records.length === 0 ? 240 : undefined}
          emptyState={emptyState}
          highlightOnHover
          {...selection}
          onRowClick={props.onOpen ? ({ record }) => props.onOpen?.(record) : undefined}
          customRowAttributes={() => ({ 'data-testid': props.rowTestId })}
          {...sorting}
        />
      )}
      {records.length > 0 && (
        <Group justify="space-between" mt="xs">
          <Text size="xs" c="dimmed">
            {t('list.shown', { count: records.length, noun: props.noun })}
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
