import { sql } from 'drizzle-orm';
import { newId } from '../../db/columns.ts';
import { queryOne, queryRows, type TenantContext } from '../../db/database.ts';
import { type AccountType, accounts, type CashFlowActivity, defaultAccounts, type NormalSide } from './schema.ts';

/** What an automatic posting uses an account for (SPEC §5); each purpose has a default account. */
export const accountPurposes = [
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
] as const;
export type AccountPurpose = (typeof accountPurposes)[number];

interface TemplateAccount {
  code: string;
  name: string;
  type: AccountType;
  /** Defaults to the type's usual side; contra accounts say otherwise. */
  side?: NormalSide;
  group?: true;
  parent?: string;
  cashFlow?: CashFlowActivity;
  purpose?: AccountPurpose;
}

const usualSide = (type: AccountType): NormalSide => (type === 'asset' || type === 'expense' ? 'debit' : 'credit');

/**
 * The chart every company starts with, in the 1-xxxx … 7-xxxx style of Indonesian small and
 * medium businesses (PSAK order: assets, liabilities, equity, income, cost of sales, expenses,
 * other income and expense). Companies rename and extend it.
 */
export const chartTemplate: readonly TemplateAccount[] = [
  { code: '1-0000', name: 'Assets', type: 'asset', group: true },
  { code: '1-1000', name: 'Current assets', type: 'asset', group: true, parent: '1-0000' },
  { code: '1-1100', name: 'Cash on hand', type: 'asset', parent: '1-1000', cashFlow: 'cash', purpose: 'cash' },
  { code: '1-1200', name: 'Bank', type: 'asset', parent: '1-1000', cashFlow: 'cash', purpose: 'bank' },
  {
    code: '1-1300',
    name: 'Accounts receivable',
    type: 'asset',
    parent: '1-1000',
    cashFlow: 'operating',
    purpose: 'accounts_receivable',
  },
  { code: '1-1400', name: 'Inventory', type: 'asset', parent: '1-1000', cashFlow: 'operating', purpose: 'inventory' },
  {
    code: '1-1500',
    name: 'Work in progress',
    type: 'asset',
    parent: '1-1000',
    cashFlow: 'operating',
    purpose: 'work_in_progress',
  },
  {
    code: '1-1600',
    name: 'Input VAT (PPN Masukan)',
    type: 'asset',
    parent: '1-1000',
    cashFlow: 'operating',
    purpose: 'input_vat',
  },
  { code: '1-1700', name: 'Prepaid expenses', type: 'asset', parent: '1-1000', cashFlow: 'operating' },
  { code: '1-2000', name: 'Fixed assets', type: 'asset', group: true, parent: '1-0000' },
  { code: '1-2100', name: 'Machinery and equipment', type: 'asset', parent: '1-2000', cashFlow: 'investing' },
  { code: '1-2200', name: 'Vehicles', type: 'asset', parent: '1-2000', cashFlow: 'investing' },
  { code: '1-2300', name: 'Buildings', type: 'asset', parent: '1-2000', cashFlow: 'investing' },
  {
    code: '1-2900',
    name: 'Accumulated depreciation',
    type: 'asset',
    side: 'credit',
    parent: '1-2000',
    cashFlow: 'operating',
    purpose: 'accumulated_depreciation',
  },
  { code: '2-0000', name: 'Liabilities', type: 'liability', group: true },
  { code: '2-1000', name: 'Current liabilities', type: 'liability', group: true, parent: '2-0000' },
  {
    code: '2-1100',
    name: 'Accounts payable',
    type: 'liability',
    parent: '2-1000',
    cashFlow: 'operating',
    purpose: 'accounts_payable',
  },
  {
    code: '2-1200',
    name: 'Goods received not invoiced',
    type: 'liability',
    parent: '2-1000',
    cashFlow: 'operating',
    purpose: 'grni',
  },
  {
    code: '2-1300',
    name: 'Customer advances',
    type: 'liability',
    parent: '2-1000',
    cashFlow: 'operating',
    purpose: 'customer_advances',
  },
  {
    code: '2-1400',
    name: 'Output VAT (PPN Keluaran)',
    type: 'liability',
    parent: '2-1000',
    cashFlow: 'operating',
    purpose: 'output_vat',
  },
  {
    code: '2-1500',
    name: 'Salaries payable',
    type: 'liability',
    parent: '2-1000',
    cashFlow: 'operating',
    purpose: 'salaries_payable',
  },
  { code: '2-1600', name: 'Income tax payable (PPh 21)', type: 'liability', parent: '2-1000', cashFlow: 'operating' },
  { code: '2-1700', name: 'BPJS payable', type: 'liability', parent: '2-1000', cashFlow: 'operating' },
  { code: '2-2000', name: 'Long-term liabilities', type: 'liability', group: true, parent: '2-0000' },
  { code: '2-2100', name: 'Bank loans', type: 'liability', parent: '2-2000', cashFlow: 'financing' },
  { code: '3-0000', name: 'Equity', type: 'equity', group: true },
  { code: '3-1000', name: 'Paid-in capital', type: 'equity', parent: '3-0000', cashFlow: 'financing' },
  {
    code: '3-2000',
    name: 'Retained earnings',
    type: 'equity',
    parent: '3-0000',
    cashFlow: 'financing',
    purpose: 'retained_earnings',
  },
  {
    code: '3-3000',
    name: 'Opening balance equity',
    type: 'equity',
    parent: '3-0000',
    cashFlow: 'financing',
    purpose: 'opening_balance_equity',
  },
  { code: '4-0000', name: 'Income', type: 'income', group: true },
  { code: '4-1000', name: 'Sales revenue', type: 'income', parent: '4-0000', purpose: 'sales_revenue' },
  { code: '4-2000', name: 'Service revenue', type: 'income', parent: '4-0000', purpose: 'service_revenue' },
  { code: '4-3000', name: 'Sales returns', type: 'income', side: 'debit', parent: '4-0000', purpose: 'sales_returns' },
  { code: '5-0000', name: 'Cost of sales', type: 'expense', group: true },
  { code: '5-1000', name: 'Cost of goods sold', type: 'expense', parent: '5-0000', purpose: 'cost_of_goods_sold' },
  {
    code: '5-2000',
    name: 'Purchase price variance',
    type: 'expense',
    parent: '5-0000',
    purpose: 'purchase_price_variance',
  },
  { code: '5-3000', name: 'Production variance', type: 'expense', parent: '5-0000', purpose: 'production_variance' },
  {
    code: '5-4000',
    name: 'Applied labour',
    type: 'expense',
    side: 'credit',
    parent: '5-0000',
    purpose: 'applied_labour',
  },
  {
    code: '5-5000',
    name: 'Applied overhead',
    type: 'expense',
    side: 'credit',
    parent: '5-0000',
    purpose: 'applied_overhead',
  },
  { code: '5-6000', name: 'Inventory loss', type: 'expense', parent: '5-0000', purpose: 'inventory_loss' },
  {
    code: '5-6100',
    name: 'Inventory gain',
    type: 'expense',
    side: 'credit',
    parent: '5-0000',
    purpose: 'inventory_gain',
  },
  { code: '5-7000', name: 'Scrap expense', type: 'expense', parent: '5-0000', purpose: 'scrap_expense' },
  { code: '6-0000', name: 'Operating expenses', type: 'expense', group: true },
  { code: '6-1000', name: 'Salaries and wages', type: 'expense', parent: '6-0000', purpose: 'salary_expense' },
  { code: '6-1100', name: 'Employer BPJS contributions', type: 'expense', parent: '6-0000' },
  { code: '6-2000', name: 'Depreciation expense', type: 'expense', parent: '6-0000', purpose: 'depreciation_expense' },
  { code: '6-3000', name: 'Rent', type: 'expense', parent: '6-0000' },
  { code: '6-4000', name: 'Electricity, water and telephone', type: 'expense', parent: '6-0000' },
  { code: '6-5000', name: 'General and administrative expenses', type: 'expense', parent: '6-0000' },
  { code: '7-0000', name: 'Other income and expenses', type: 'income', group: true },
  { code: '7-1000', name: 'Interest income', type: 'income', parent: '7-0000' },
  { code: '7-2000', name: 'Foreign exchange difference', type: 'income', parent: '7-0000', purpose: 'fx_difference' },
  { code: '7-3000', name: 'Bank charges', type: 'income', side: 'debit', parent: '7-0000' },
];

/** Seeds the template chart and default accounts; a company that already has a chart keeps it. */
export async function seedChartOfAccounts(ctx: TenantContext): Promise<void> {
  // Two first postings of an old company may race to seed: the second waits and finds the chart.
  await ctx.tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`chart:${ctx.tenantId}`}, 0))`);
  const existing = await queryOne<{ found: boolean }>(
    ctx.tx,
    sql`select exists (select 1 from default_accounts where tenant_id = ${ctx.tenantId}) as found`,
  );
  if (existing?.found) return;
  const ids = new Map(chartTemplate.map((a) => [a.code, newId()]));
  const present = await queryRows<{ code: string; id: string }>(
    ctx.tx,
    sql`select code, id from accounts where tenant_id = ${ctx.tenantId}`,
  );
  for (const row of present) ids.set(row.code, row.id);
  const missing = chartTemplate.filter((a) => !present.some((p) => p.code === a.code));
  if (missing.length > 0) {
    await ctx.tx.insert(accounts).values(
      missing.map((a) => ({
        tenantId: ctx.tenantId,
        id: ids.get(a.code)!,
        code: a.code,
        name: a.name,
        type: a.type,
        normalSide: a.side ?? usualSide(a.type),
        parentId: a.parent ? ids.get(a.parent)! : null,
        isGroup: a.group ?? false,
        cashFlowActivity: a.group ? null : (a.cashFlow ?? null),
      })),
    );
  }
  await ctx.tx
    .insert(defaultAccounts)
    .values(
      chartTemplate
        .filter((a) => a.purpose)
        .map((a) => ({ tenantId: ctx.tenantId, purpose: a.purpose!, accountId: ids.get(a.code)! })),
    )
    .onConflictDoNothing();
}
