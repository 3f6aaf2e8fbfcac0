import type { Account, Purpose } from './accounting-api.ts';

/** The kinds of account; their names are the catalog's `accountType.*`. */
export const accountTypes: Account['type'][] = ['asset', 'liability', 'equity', 'income', 'expense'];

/** Cash flow activities; their names are the catalog's `cashFlowActivity.*`. */
export const cashFlowActivities: NonNullable<Account['cashFlowActivity']>[] = [
  'cash',
  'operating',
  'investing',
  'financing',
];

/** What each automatic posting uses its default account for (SPEC §5); named by the catalog's `purpose.*`. */
const purposes = new Set<string>([
  'cash',
  'bank',
  'accounts_receivable',
  'customer_advances',
  'inventory',
  'grni',
  'input_vat',
  'output_vat',
  'accounts_payable',
  'work_in_progress',
  'accumulated_depreciation',
  'opening_balance_equity',
  'retained_earnings',
  'sales_revenue',
  'service_revenue',
  'sales_returns',
  'cost_of_goods_sold',
  'inventory_loss',
  'inventory_gain',
  'scrap_expense',
  'purchase_price_variance',
  'production_variance',
  'applied_labour',
  'applied_overhead',
  'salary_expense',
  'salaries_payable',
  'depreciation_expense',
  'fx_difference',
] satisfies Purpose[]);

export const isPurpose = (value: string): value is Purpose => purposes.has(value);

export const accountLabel = (account: Pick<Account, 'code' | 'name'>) => `${account.code} · ${account.name}`;
