import { Badge, Button, Group, Paper, ScrollArea, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../ErrorAlert.tsx';
import { type KeysetSource, useKeysetList } from '../keyset-list.ts';
import { LoadingBlock } from '../LoadingBlock.tsx';
import type { FilterOption, ListSearch } from './list-filters.ts';
import type { ListCard } from './RecordCards.tsx';

/** A list of documents with states as a kanban: one column per state, in workflow order. */
export interface ListKanban<T> {
  /** The search parameter the columns are values of, usually `state`. */
  key: string;
  /** The states in workflow order. */
  columns: readonly FilterOption[];
  /** One column's records: the list API with the column's state and the other filters in force. */
  column: (state: string) => KeysetSource<T>;
  /** How many records each state has under the other filters (the groups endpoint). */
  counts?: Readonly<Record<string, number>> | undefined;
}

interface KanbanBoardProps<T> {
  kanban: ListKanban<T>;
  search: ListSearch;
  card: (record: T) => ListCard;
  onOpen?: ((record: T) => void) | undefined;
}

/** The columns of the kanban; a state filter in force leaves only its column. */
export function KanbanBoard<T extends { id: string }>({ kanban, search, card, onOpen }: KanbanBoardProps<T>) {
  const only = search[kanban.key];
  const columns = only ? kanban.columns.filter((c) => c.value === only) : kanban.columns;
  return (
    <ScrollArea type="auto" offsetScrollbars data-testid="kanban">
      <Group align="flex-start" wrap="nowrap" gap="sm">
        {columns.map((column) => (
          <KanbanColumn
            key={column.value}
            label={column.label}
            source={kanban.column(column.value)}
            count={kanban.counts?.[column.value] ?? (kanban.counts ? 0 : undefined)}
            card={card}
            onOpen={onOpen}
          />
        ))}
      </Group>
    </ScrollArea>
  );
}

interface KanbanColumnProps<T> {
  label: string;
  source: KeysetSource<T>;
  /** From the server; without it the column counts what it loaded. */
  count: number | undefined;
  card: (record: T) => ListCard;
  onOpen?: ((record: T) => void) | undefined;
}

function KanbanColumn<T extends { id: string }>({ label, source, count, card, onOpen }: KanbanColumnProps<T>) {
  const { t } = useTranslation('ui');
  const list = useKeysetList(source.queryKey, source.fetchPage);
  const records = list.records ?? [];
  const shown = count ?? (list.records ? `${records.length}${list.hasMore ? '+' : ''}` : undefined);
  return (
    <Paper withBorder bg="var(--mantine-color-default-hover)" p="xs" w={260} miw={260} data-testid="kanban-column">
      <Group justify="space-between" mb="xs" wrap="nowrap">
        <Text size="sm" fw={700} data-testid="kanban-column-label">
          {label}
        </Text>
        {shown !== undefined && (
          <Badge variant="default" data-testid="kanban-column-count">
            {shown}
          </Badge>
        )}
      </Group>
      {list.error && !list.records ? (
        <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />
      ) : list.fetching && !list.records ? (
        <LoadingBlock />
      ) : (
        <Stack gap="xs">
          {records.length === 0 && (
            <Text size="xs" c="dimmed" ta="center" py="sm">
              {t('list.kanbanNone')}
            </Text>
          )}
          {records.map((record) => {
            const { number, party, amount, date } = card(record);
            return (
              <Paper
                key={record.id}
                withBorder
                p="xs"
                data-testid="kanban-card"
                style={onOpen ? { cursor: 'pointer' } : undefined}
                onClick={onOpen && (() => onOpen(record))}
              >
                <Group justify="space-between" wrap="nowrap" gap="xs">
                  <div data-testid="card-number">{number}</div>
                  {date && (
                    <Text size="xs" c="dimmed" data-testid="card-date">
                      {date}
                    </Text>
                  )}
                </Group>
                <Group justify="space-between" wrap="nowrap" gap="xs" mt={4}>
                  <Text size="sm" truncate data-testid="card-party">
                    {party}
                  </Text>
                  {amount && (
                    <Text size="sm" fw={600} data-testid="card-amount">
                      {amount}
                    </Text>
                  )}
                </Group>
              </Paper>
            );
          })}
          {list.hasMore && (
            <Button variant="subtle" size="compact-sm" loading={list.loadingMore} onClick={list.loadMore}>
              {t('actions.loadMore')}
            </Button>
          )}
        </Stack>
      )}
    </Paper>
  );
}
