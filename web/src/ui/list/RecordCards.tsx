import { Checkbox, Group, Paper, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** What a record shows as a card on a phone: its number, party, state and amount. */
export interface ListCard {
  number: ReactNode;
  party?: ReactNode;
  state?: ReactNode;
  amount?: ReactNode;
  /** The document's date, shown on kanban cards. */
  date?: ReactNode;
}

interface RecordCardsProps<T> {
  records: T[];
  card: (record: T) => ListCard;
  selected: ReadonlySet<string>;
  onSelect?: (record: T, selected: boolean) => void;
}

/** A list at phone width: one card per record instead of a table's columns. */
export function RecordCards<T extends { id: string }>({ records, card, selected, onSelect }: RecordCardsProps<T>) {
  const { t } = useTranslation('ui');
  return (
    <Stack gap="xs">
      {records.map((record) => {
        const { number, party, state, amount } = card(record);
        return (
          <Paper key={record.id} withBorder p="sm" data-testid="list-card">
            <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
              <Group gap="xs" wrap="nowrap" miw={0}>
                {onSelect && (
                  <Checkbox
                    aria-label={t('list.select')}
                    checked={selected.has(record.id)}
                    onChange={(event) => onSelect(record, event.currentTarget.checked)}
                  />
                )}
                <Stack gap={2} miw={0}>
                  <div data-testid="card-number">{number}</div>
                  {party && (
                    <Text size="sm" truncate data-testid="card-party">
                      {party}
                    </Text>
                  )}
                </Stack>
              </Group>
              <Stack gap={4} align="flex-end">
                {state && <div data-testid="card-state">{state}</div>}
                {amount && (
                  <Text size="sm" fw={600} data-testid="card-amount">
                    {amount}
                  </Text>
                )}
              </Stack>
            </Group>
          </Paper>
        );
      })}
    </Stack>
  );
}
