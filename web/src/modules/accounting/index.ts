/** What other modules use of the accounting module: they import it from here, never its files. */
export { useAccounts } from './accounting-api.ts';
export { accountLabel } from './labels.ts';
