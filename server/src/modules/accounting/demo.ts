import type { TenantContext } from '../../db/database.ts';
import { addDays, type DemoHistory, dayOfMonth, demoCommands, isLastDayOfMonth } from '../demo-history.ts';
import { postJournalEntry } from './commands/post-journal-entry.ts';
import { listAccounts } from './queries/accounts.ts';

const command = demoCommands({ postJournalEntry, listAccounts });
interface DemoEntry {
  memo: string;
  debit: string;
  credit: string;
  amount: string;
}

/**
 * What the demo company books by hand on `day`: the owner's capital and a roasting machine on the
 * first days, then rent, utilities, salaries and depreciation each month. Documents (stock,
 * invoices, payments) post their own entries.
 */
function entriesOn(day: string, start: string): DemoEntry[] {
  const entries: DemoEntry[] = [];
  if (day === start)
    entries.push({ memo: 'Owner pays in capital', debit: '1-1200', credit: '3-1000', amount: '250000000' });
  if (day === addDays(start, 2)) {
    entries.push(
      { memo: 'Coffee roasting machine', debit: '1-2100', credit: '1-1200', amount: '60000000' },
      { memo: 'Petty cash float', debit: '1-1100', credit: '1-1200', amount: '5000000' },
    );
  }
  if (dayOfMonth(day) === 1)
    entries.push({ memo: 'Warehouse rent', debit: '6-3000', credit: '1-1200', amount: '2500000' });
  if (dayOfMonth(day) === 15) {
    entries.push({ memo: 'Electricity and water', debit: '6-4000', credit: '1-1200', amount: '650000' });
  }
  if (dayOfMonth(day) === 25) entries.push({ memo: 'Salaries', debit: '6-1000', credit: '1-1200', amount: '9000000' });
  if (isLastDayOfMonth(day)) {
    entries.push({
      memo: 'Depreciation of the roasting machine',
      debit: '6-2000',
      credit: '1-2900',
      amount: '1000000',
    });
  }
  return entries;
}

async function bookDay(ctx: TenantContext, day: string, start: string): Promise<void> {
  const entries = entriesOn(day, start);
  if (entries.length === 0) return;
  const ids = new Map((await command.listAccounts(ctx)).map((a) => [a.code, a.id]));
  for (const entry of entries) {
    await command.postJournalEntry(ctx, {
      entryDate: day,
      memo: entry.memo,
      lines: [
        { account: { accountId: ids.get(entry.debit)! }, debit: entry.amount },
        { account: { accountId: ids.get(entry.credit)! }, credit: entry.amount },
      ],
    });
  }
}

/** The demo company's own bookkeeping, so its statements read like a business. */
export const accountingDemoHistory: DemoHistory = {
  day: (ctx, demo, day) => bookDay(ctx, day, demo.start),
};
