import type { Account, Purpose } from './accounting-api.ts';

export const accountTypeLabels: Record<Account['type'], string> = {
  asset: 'Asset',
  liability: 'Liability',
  equity: 'Equity',
  income: 'Income',
  expense: 'Expense',
};

export const cashFlowLabels: Record<NonNullable<Account['cashFlowActivity']>, string> = {
  cash: 'Cash and bank',
  operating: 'Operating',
  investing: 'Investing',
  financing: 'Financing',
};

/** What each automatic posting uses its default account for, in the words of SPEC §5. */
export const purposeLabels: Record<Purpose, string> = {
  cash: 'Cash',
  bank: 'Bank',
  accounts_receivable: 'Accounts receivable',
  customer_advances: 'Customer advances',
  inventory: 'Inventory',
  grni: 'Goods received not invoiced',
  input_vat: 'Input VAT',
  output_vat: 'Output VAT',
  accounts_payable: 'Accounts payable',
  work_in_progress: 'Work in progress',
  accumulated_depreciation: 'Accumulated depreciation',
  opening_balance_equity: 'Opening balance equity',
  retained_earnings: 'Retained earnings',
  sales_revenue: 'Sales revenue',
  service_revenue: 'Service revenue',
  sales_returns: 'Sales returns',
  cost_of_goods_sold: 'Cost of goods sold',
  inventory_loss: 'Inventory loss',
  inventory_gain: 'Inventory gain',
  scrap_expense: 'Scrap expense',
  purchase_price_variance: 'Purchase price variance',
  production_variance: 'Production variance',
  applied_labour: 'Applied labour',
  applied_overhead: 'Applied overhead',
  salary_expense: 'Salary expense',
  salaries_payable: 'Salaries payable',
  depreciation_expense: 'Depreciation expense',
  fx_difference: 'Exchange differences',
};

export const accountLabel = (account: Pick<Account, 'code' | 'name'>) => `${account.code} · ${account.name}`;
