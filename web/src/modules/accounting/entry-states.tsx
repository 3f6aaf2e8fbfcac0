import { Badge, type BadgeProps } from '@mantine/core';
import type { JournalEntrySummary } from './accounting-api.ts';

export const entryStates = ['draft', 'posted'] as const;

/** Draft, posted, or posted and reversed. */
export function EntryStateBadge({
  entry,
  ...props
}: { entry: Pick<JournalEntrySummary, 'state' | 'reversedBy'> } & BadgeProps) {
  if (entry.state === 'draft')
    return (
      <Badge color="gray" variant="light" {...props}>
        Draft
      </Badge>
    );
  return (
    <Badge color={entry.reversedBy ? 'orange' : 'teal'} variant="light" {...props}>
      {entry.reversedBy ? 'Reversed' : 'Posted'}
    </Badge>
  );
}

/** Where an entry came from, in words: `manual`, `stock receipt RCV-2026-00001`. */
export const sourceLabel = (entry: Pick<JournalEntrySummary, 'sourceType' | 'sourceNumber'>) =>
  entry.sourceType ? `${entry.sourceType.replaceAll('_', ' ')} ${entry.sourceNumber ?? ''}`.trim() : 'Manual entry';
