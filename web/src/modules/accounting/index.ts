/** What other modules use of the accounting module: they import it from here, never its files. */
export { useAccounts } from './accounting-api.ts';
export { JournalEffect } from './EntryLines.tsx';
export { accountLabel } from './labels.ts';
