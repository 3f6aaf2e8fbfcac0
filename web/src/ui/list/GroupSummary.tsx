import { Paper, SimpleGrid, Text, UnstyledButton } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FilterOption, ListSearch } from './list-filters.ts';

/** One group of the list: its rows counted and their amounts summed by the server. */
export interface ListGroup {
  key: string;
  label: string;
  count: number;
  total: string;
}

/** Group-by as a page declares it. */
export interface ListGrouping {
  /** The search parameter holding the grouping, usually `group`. */
  key: string;
  options: readonly FilterOption[];
  /** The groups of the current filters for the chosen grouping (the page fetches them). */
  groups: ListGroup[] | undefined;
  /** How a group's label reads (a state's name). */
  labelOf?: (by: string, group: ListGroup) => string;
  /** The filter that shows only one group's rows. */
  filterOf: (by: string, group: ListGroup) => ListSearch;
  /** A group's total, as money. */
  amount: (total: string) => ReactNode;
}

interface GroupSummaryProps {
  by: string;
  grouping: ListGrouping;
  onChoose: (change: ListSearch) => void;
}

/** The groups of the list with their counts and sums; choosing one filters the list to it. */
export function GroupSummary({ by, grouping, onChoose }: GroupSummaryProps) {
  const { t } = useTranslation('ui');
  const groups = grouping.groups ?? [];
  return (
    <SimpleGrid cols={{ base: 2, sm: 4, lg: 6 }} spacing="xs" mb="sm" data-testid="list-groups">
      {groups.map((group) => (
        <UnstyledButton
          key={group.key}
          onClick={() => onChoose(grouping.filterOf(by, group))}
          aria-label={t('list.showGroup', { group: grouping.labelOf?.(by, group) ?? group.label })}
        >
          <Paper withBorder p="xs" data-testid="list-group">
            <Text size="xs" c="dimmed" truncate data-testid="group-label">
              {grouping.labelOf?.(by, group) ?? group.label}
            </Text>
            <Text size="sm" fw={700} data-testid="group-count">
              {group.count}
            </Text>
            <Text size="xs" data-testid="group-total">
              {grouping.amount(group.total)}
            </Text>
          </Paper>
        </UnstyledButton>
      ))}
    </SimpleGrid>
  );
}
