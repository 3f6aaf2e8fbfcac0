import type { TenantContext } from '../../db/database.ts';
import { postJournalEntry } from './commands/post-journal-entry.ts';
import { listAccounts } from './queries/accounts.ts';

const shift = (day: string, months: number, dayOfMonth: number) => {
  const date = new Date(`${day.slice(0, 7)}-01T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() + months);
  const last = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
  date.setUTCDate(Math.min(dayOfMonth, last));
  return date.toISOString().slice(0, 10);
};

/**
 * The demo company's own bookkeeping, so its statements read like a business: the owner's capital
 * and a roasting machine three months ago, then rent, utilities, salaries and depreciation each
 * month up to today. Documents (stock, invoices, payments) post their own entries.
 */
export async function seedAccountingDemo(ctx: TenantContext, today: string): Promise<void> {
  const start = shift(today, -3, 1);
  const entries: Array<{ date: string; memo: string; debit: string; credit: string; amount: string }> = [
    { date: start, memo: 'Owner pays in capital', debit: '1-1200', credit: '3-1000', amount: '250000000' },
    {
      date: shift(today, -3, 3),
      memo: 'Coffee roasting machine',
      debit: '1-2100',
      credit: '1-1200',
      amount: '60000000',
    },
    { date: shift(today, -3, 3), memo: 'Petty cash float', debit: '1-1100', credit: '1-1200', amount: '5000000' },
  ];
  for (const month of [-3, -2, -1, 0]) {
    entries.push(
      { date: shift(today, month, 1), memo: 'Warehouse rent', debit: '6-3000', credit: '1-1200', amount: '2500000' },
      {
        date: shift(today, month, 15),
        memo: 'Electricity and water',
        debit: '6-4000',
        credit: '1-1200',
        amount: '650000',
      },
      { date: shift(today, month, 25), memo: 'Salaries', debit: '6-1000', credit: '1-1200', amount: '9000000' },
      {
        date: shift(today, month, 31),
        memo: 'Depreciation of the roasting machine',
        debit: '6-2000',
        credit: '1-2900',
        amount: '1000000',
      },
    );
  }
  const ids = new Map((await listAccounts(ctx)).map((a) => [a.code, a.id]));
  for (const entry of entries.filter((e) => e.date <= today)) {
    await postJournalEntry(ctx, {
      entryDate: entry.date,
      memo: entry.memo,
      lines: [
        { account: { accountId: ids.get(entry.debit)! }, debit: entry.amount },
        { account: { accountId: ids.get(entry.credit)! }, credit: entry.amount },
      ],
    });
  }
}
