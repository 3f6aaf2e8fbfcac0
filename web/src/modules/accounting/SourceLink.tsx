import { Anchor } from '@mantine/core';
import { useRouter } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { JournalEntrySummary } from './accounting-api.ts';
import { sourceLabel } from './entry-states.tsx';

/** The page of each kind of document that posts entries. */
const sourcePages: Record<string, (id: string) => string> = {
  sales_order: (id) => `/sales-orders/${id}`,
  stock_operation: (id) => `/inventory/operations/${id}`,
  stock_adjustment: (id) => `/inventory/adjustments/${id}`,
  customer_invoice: (id) => `/invoices/${id}`,
  credit_note: (id) => `/invoices/${id}`,
  customer_payment: (id) => `/payments/${id}`,
  fiscal_year: () => '/accounting/periods',
};

/** The document that caused an entry, as a link when it has a page. */
export function SourceLink({
  entry,
}: {
  entry: Pick<JournalEntrySummary, 'sourceType' | 'sourceId' | 'sourceNumber'>;
}) {
  const { t } = useTranslation('accounting');
  const router = useRouter();
  const page = entry.sourceType && entry.sourceId ? sourcePages[entry.sourceType]?.(entry.sourceId) : undefined;
  if (!page) return <>{sourceLabel(entry, t)}</>;
  return (
    <Anchor
      href={page}
      fz="sm"
      onClick={(event) => {
        event.preventDefault();
        router.history.push(page);
      }}
    >
      {sourceLabel(entry, t)}
    </Anchor>
  );
}
