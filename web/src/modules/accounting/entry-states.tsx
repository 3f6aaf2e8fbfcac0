import { Badge, type BadgeProps } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { JournalEntrySummary } from './accounting-api.ts';

export const entryStates = ['draft', 'posted'] as const;

/** Draft, posted, or posted and reversed. */
export function EntryStateBadge({
  entry,
  ...props
}: { entry: Pick<JournalEntrySummary, 'state' | 'reversedBy'> } & BadgeProps) {
  const { t } = useTranslation('accounting');
  if (entry.state === 'draft')
    return (
      <Badge color="gray" variant="light" {...props}>
        {t('entryState.draft')}
      </Badge>
    );
  return (
    <Badge color={entry.reversedBy ? 'orange' : 'teal'} variant="light" {...props}>
      {entry.reversedBy ? t('entryState.reversed') : t('entryState.posted')}
    </Badge>
  );
}

/** The kinds of document that post entries; their names are the catalog's `entrySource.kind.*`. */
const sourceKinds = [
  'sales_order',
  'stock_operation',
  'stock_adjustment',
  'customer_invoice',
  'credit_note',
  'customer_payment',
  'fiscal_year',
] as const;
const isSourceKind = (type: string): type is (typeof sourceKinds)[number] =>
  (sourceKinds as readonly string[]).includes(type);

/** Where an entry came from, in words: `Manual entry`, `stock operation RCV-2026-00001`. */
export function sourceLabel(
  entry: Pick<JournalEntrySummary, 'sourceType' | 'sourceNumber'>,
  t: TFunction<'accounting'>,
): string {
  if (!entry.sourceType) return t('entrySource.manual');
  const kind = isSourceKind(entry.sourceType)
    ? t(`entrySource.kind.${entry.sourceType}`)
    : entry.sourceType.replaceAll('_', ' ');
  return entry.sourceNumber ? t('entrySource.withNumber', { kind, number: entry.sourceNumber }) : kind;
}
