import { definePermissions } from '../../platform/permissions/permissions.ts';

export const accountingPermissions = definePermissions('accounting', {
  'accounting.journal.read': 'See journal entries and the general ledger',
  'accounting.journal.create': 'Write and edit draft journal entries',
  'accounting.journal.post': 'Post and reverse journal entries',
  'accounting.period.manage': 'Close and reopen periods, close fiscal years',
  'accounting.account.manage': 'Change the chart of accounts and the default accounts',
  'accounting.report.read': 'See financial reports: trial balance, balance sheet, profit and loss, cash flow',
});
