import { Exact } from '../../../platform/money.ts';
import type { JournalLineInput } from '../../accounting/index.ts';
import type { InvoiceLine } from './lock-invoice.ts';

/**
 * The invoice's journal lines (SPEC §5): receivable from the customer for the total, revenue per
 * revenue account and output VAT. `sign` −1 mirrors them for a credit note, whose revenue side
 * goes to sales returns.
 */
export function invoiceJournalLines(
  invoice: { customerId: string; total: string; taxTotal: string },
  lines: readonly InvoiceLine[],
  sign: 1 | -1,
): JournalLineInput[] {
  const revenue = new Map<string, Exact>();
  for (const line of lines) {
    const account = sign === 1 ? line.revenueAccount : 'sales_returns';
    revenue.set(account, (revenue.get(account) ?? new Exact(0)).plus(line.netAmount));
  }
  return [
    {
      account: 'accounts_receivable',
      debit: new Exact(invoice.total).times(sign).toFixed(),
      partnerId: invoice.customerId,
    },
    ...[...revenue].map(([account, amount]) => ({
      account: account as 'sales_revenue' | 'service_revenue' | 'sales_returns',
      credit: amount.times(sign).toFixed(),
    })),
    { account: 'output_vat', credit: new Exact(invoice.taxTotal).times(sign).toFixed() },
  ];
}
