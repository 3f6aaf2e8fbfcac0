import { Button, Group, SegmentedControl, Select, Text } from '@mantine/core';
import { useHotkeys, useMediaQuery } from '@mantine/hooks';
import { useNavigate } from '@tanstack/react-router';
import type { DataTableColumn } from 'mantine-datatable';
import { type ReactNode, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ExportFormat, ExportMenu } from '../ExportMenu.tsx';
import type { KeysetList } from '../keyset-list.ts';
import { PageHeader } from '../PageHeader.tsx';
import { ColumnChooser, useHiddenColumns } from './ColumnChooser.tsx';
import { FilterBar, type SearchBox } from './FilterBar.tsx';
import { GroupSummary, type ListGrouping } from './GroupSummary.tsx';
import { KanbanBoard, type ListKanban } from './KanbanBoard.tsx';
import { ListBody, sortStatusOf } from './ListBody.tsx';
import {
  activeFilterChips,
  changedSearch,
  clearAllFilters,
  type ListFilter,
  type ListSearch,
  sortableColumns,
  sortParamFor,
  VIEW_KEY,
} from './list-filters.ts';
import type { ListCard } from './RecordCards.tsx';
import { SavedFiltersMenu } from './SavedFiltersMenu.tsx';

export interface ListEmptyState {
  icon: ReactNode;
  /** Said when the list has no records at all, e.g. "No sales orders yet". */
  title: string;
  /** What to do about it, e.g. "Enter the first order a customer places." */
  description: string;
  /** The button that does it (create one), when the user may. */
  action?: ReactNode;
}

export interface ListPageProps<T extends { id: string }> {
  /** Names the list where a user's column choice is remembered. */
  listId: string;
  title: ReactNode;
  description?: ReactNode;
  /** Buttons of the page header besides export (create, settings). */
  actions?: ReactNode;
  /** The route's validated search parameters: the filters live in the URL. */
  search: ListSearch;
  searchBox?: SearchBox;
  filters?: readonly ListFilter[];
  list: KeysetList<T>;
  columns: DataTableColumn<T>[];
  /** The API's sort parameters (`number`, `-number`…): every column among them sorts. */
  sorts?: readonly string[];
  defaultSort?: string;
  /** Opens a record, on a click on its row. */
  onOpen?: (record: T) => void;
  /** The record as a card at phone width. */
  card: (record: T) => ListCard;
  /** Saves the list, with the current filters, in a format. */
  exportList?: (format: ExportFormat) => Promise<void>;
  /** Saves only the selected rows (the API export's `ids` filter). */
  exportSelected?: (format: ExportFormat, ids: string[]) => Promise<void>;
  /** More actions on the selected rows, besides export. */
  bulkActions?: (selected: T[]) => ReactNode;
  /** What the rows are, for "12 orders shown". */
  noun: string;
  /** Rows get `data-testid` with this value, for tests and tools. */
  rowTestId: string;
  empty: ListEmptyState;
  /** Group-by with counts and sums from the server. */
  grouping?: ListGrouping;
  /** Documents with states: a kanban of them by state, besides the list (`view=kanban`). */
  kanban?: ListKanban<T>;
  /** Dialogs the page opens. */
  children?: ReactNode;
}

/**
 * A list of records, declared as data: search (`/` focuses it), filters with chips, all in the
 * URL; sortable columns the user can hide; selection with bulk export; keyset "load more"; and
 * cards instead of a table on a phone. A user saves the filters in force under a name; documents
 * with states can be shown as a kanban.
 */
export function ListPage<T extends { id: string }>(props: ListPageProps<T>) {
  const { search, filters = [], sorts = [], searchBox } = props;
  const { t } = useTranslation('ui');
  const navigate = useNavigate();
  const searchRef = useRef<HTMLInputElement>(null);
  useHotkeys([['/', () => searchRef.current?.focus()]]);
  const phone = useMediaQuery('(max-width: 36em)', false, { getInitialValueInEffect: false });
  const [hidden, setHidden] = useHiddenColumns(props.listId);
  const [selected, setSelected] = useState<T[]>([]);
  // A selection belongs to the rows it was made on: new filters start a new one.
  const searchKey = JSON.stringify(search);
  const [selectionSearch, setSelectionSearch] = useState(searchKey);
  if (searchKey !== selectionSearch) {
    setSelectionSearch(searchKey);
    setSelected([]);
  }

  const change = (next: ListSearch) =>
    void navigate({
      to: '.',
      search: ((previous: ListSearch) => changedSearch(previous, next)) as never,
      replace: true,
    });

  const sortable = sortableColumns(sorts);
  const sort = (search.sort as string | undefined) ?? props.defaultSort;
  const columns = props.columns.map((column) => ({
    ...column,
    sortable: sortable.has(String(column.accessor)),
    hidden: hidden.includes(String(column.accessor)),
  }));
  const filtered = activeFilterChips(filters, search, searchBox?.key).length > 0;
  const selectedIds = selected.map((record) => record.id);
  const { exportList, exportSelected, grouping, kanban } = props;
  const onKanban = Boolean(kanban) && search[VIEW_KEY] === 'kanban';
  const groupBy = grouping && !onKanban ? (search[grouping.key] as string | undefined) : undefined;
  const selectable = Boolean(exportSelected || props.bulkActions);

  return (
    <>
      <PageHeader
        title={props.title}
        description={props.description}
        actions={
          (exportList || props.actions) && (
            <>
              {exportList && <ExportMenu download={exportList} />}
              {props.actions}
            </>
          )
        }
      />
      <FilterBar search={search} searchBox={searchBox} filters={filters} onChange={change} searchRef={searchRef}>
        {kanban && (
          <SegmentedControl
            aria-label={t('list.view')}
            data={[
              { value: 'list', label: t('list.viewList') },
              { value: 'kanban', label: t('list.viewKanban') },
            ]}
            value={onKanban ? 'kanban' : 'list'}
            onChange={(view) => change({ [VIEW_KEY]: view === 'kanban' ? view : undefined })}
          />
        )}
        {grouping && !onKanban && (
          <Select
            aria-label={t('list.groupBy')}
            placeholder={t('list.groupByPlaceholder')}
            w={160}
            clearable
            data={grouping.options as { value: string; label: string }[]}
            value={groupBy ?? null}
            onChange={(value) => change({ [grouping.key]: value ?? undefined })}
          />
        )}
        {!phone && !onKanban && <ColumnChooser columns={props.columns} hidden={hidden} onChange={setHidden} />}
        <SavedFiltersMenu
          listId={props.listId}
          search={search}
          onChoose={(saved) => void navigate({ to: '.', search: saved as never })}
        />
      </FilterBar>
      {grouping && groupBy && <GroupSummary by={groupBy} grouping={grouping} onChoose={change} />}
      {kanban && onKanban && <KanbanBoard kanban={kanban} search={search} card={props.card} onOpen={props.onOpen} />}
      {selected.length > 0 && !onKanban && (
        <Group gap="sm" mb="xs" data-testid="bulk-actions">
          <Text size="sm" fw={600}>
            {t('list.selected', { count: selected.length })}
          </Text>
          {exportSelected && (
            <ExportMenu
              label={t('list.exportSelected')}
              scope={t('list.exportSelectedScope')}
              download={(format) => exportSelected(format, selectedIds)}
            />
          )}
          {props.bulkActions?.(selected)}
          <Button variant="subtle" size="compact-sm" onClick={() => setSelected([])}>
            {t('list.clearSelection')}
          </Button>
        </Group>
      )}
      {!onKanban && (
        <ListBody
          {...props}
          columns={columns}
          phone={phone}
          selected={selected}
          onSelectedChange={selectable ? setSelected : undefined}
          sortStatus={sort ? sortStatusOf(sort) : undefined}
          // Another column sorts ascending first (the table would keep the old column's direction).
          onSort={(column, direction) => {
            const current = sort?.replace(/^-/, '');
            change({ sort: sortParamFor(column, column === current ? direction : 'asc', sorts) });
          }}
          filtered={filtered}
          onClearFilters={() => change(clearAllFilters(filters, searchBox?.key))}
        />
      )}
      {props.children}
    </>
  );
}
