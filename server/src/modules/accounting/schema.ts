import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  customType,
  date,
  foreignKey,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  createdAtColumn,
  idColumn,
  moneyColumn,
  normalizeDecimal,
  tenantIdColumn,
  tenantIsolation,
  timestampColumn,
} from '../../db/columns.ts';
import { literalList } from '../../db/sql-fragments.ts';

export const accountTypes = ['asset', 'liability', 'equity', 'income', 'expense'] as const;
export type AccountType = (typeof accountTypes)[number];
export const normalSides = ['debit', 'credit'] as const;
export type NormalSide = (typeof normalSides)[number];
/** Where a balance-sheet account's change lands in the cash flow statement (indirect method). */
export const cashFlowActivities = ['cash', 'operating', 'investing', 'financing'] as const;
export type CashFlowActivity = (typeof cashFlowActivities)[number];
export const periodStates = ['open', 'closed'] as const;
export type PeriodState = (typeof periodStates)[number];
export const entryStates = ['draft', 'posted'] as const;
export type EntryState = (typeof entryStates)[number];

/** Sums of many lines outgrow a line's numeric(18, 4). */
const totalColumn = customType<{ data: string; driverData: string }>({
  dataType: () => 'numeric(24, 4)',
  fromDriver: (value) => normalizeDecimal(String(value)),
});

/** The chart of accounts: a tree; only leaf (non-group) accounts take postings. */
export const accounts = pgTable(
  'accounts',
  {
    tenantId: tenantIdColumn(),
    id: idColumn(),
    code: text().notNull(),
    name: text().notNull(),
    type: text().$type<AccountType>().notNull(),
    normalSide: text().$type<NormalSide>().notNull(),
    parentId: uuid(),
    isGroup: boolean().notNull().default(false),
    active: boolean().notNull().default(true),
    /** Balance-sheet accounts only; income and expense accounts reach the cash flow through net income. */
    cashFlowActivity: text().$type<CashFlowActivity>(),
    description: text(),
    createdAt: createdAtColumn(),
    updatedAt: timestampColumn().notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex('accounts_code_unique').on(t.tenantId, t.code),
    index().on(t.tenantId, t.parentId),
    foreignKey({ name: 'accounts_parent_fk', columns: [t.tenantId, t.parentId], foreignColumns: [t.tenantId, t.id] }),
    check('accounts_type_valid', sql`${t.type} in ('asset', 'liability', 'equity', 'income', 'expense')`),
    check('accounts_normal_side_valid', sql`${t.normalSide} in ('debit', 'credit')`),
    check(
      'accounts_cash_flow_activity_valid',
      sql`${t.cashFlowActivity} is null or (${t.cashFlowActivity} in ('cash', 'operating', 'investing', 'financing') and ${t.type} in ('asset', 'liability', 'equity'))`,
    ),
    tenantIsolation(),
  ],
);

/** Which account each automatic posting uses (SPEC §5), editable per company. */
export const defaultAccounts = pgTable(
  'default_accounts',
  {
    tenantId: tenantIdColumn(),
    purpose: text().notNull(),
    accountId: uuid().notNull(),
    updatedAt: timestampColumn().notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.purpose] }),
    foreignKey({
      name: 'default_accounts_account_fk',
      columns: [t.tenantId, t.accountId],
      foreignColumns: [accounts.tenantId, accounts.id],
    }),
    tenantIsolation(),
  ],
);

/** Calendar years; closing one carries its income and expense into retained earnings. */
export const fiscalYears = pgTable(
  'fiscal_years',
  {
    tenantId: tenantIdColumn(),
    id: idColumn(),
    year: integer().notNull(),
    startDate: date({ mode: 'string' }).notNull(),
    endDate: date({ mode: 'string' }).notNull(),
    state: text().$type<PeriodState>().notNull().default('open'),
    closingEntryId: uuid(),
    closedAt: timestampColumn(),
    closedBy: uuid(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    unique('fiscal_years_year_unique').on(t.tenantId, t.year),
    check('fiscal_years_state_valid', sql`${t.state} in (${literalList(periodStates)})`),
    tenantIsolation(),
  ],
);

/**
 * Months 1–12 of a fiscal year, created open on first use, and period 13: the year-end closing
 * period (dated the last day of the year) that holds only the closing entry, so profit and loss
 * over the year's months never sees it while balances as of the year end do.
 */
export const accountingPeriods = pgTable(
  'accounting_periods',
  {
    tenantId: tenantIdColumn(),
    id: idColumn(),
    fiscalYearId: uuid().notNull(),
    year: integer().notNull(),
    periodNo: integer().notNull(),
    startDate: date({ mode: 'string' }).notNull(),
    endDate: date({ mode: 'string' }).notNull(),
    state: text().$type<PeriodState>().notNull().default('open'),
    closedAt: timestampColumn(),
    closedBy: uuid(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    unique('accounting_periods_year_no_unique').on(t.tenantId, t.year, t.periodNo),
    index().on(t.tenantId, t.endDate),
    foreignKey({
      name: 'accounting_periods_fiscal_year_fk',
      columns: [t.tenantId, t.fiscalYearId],
      foreignColumns: [fiscalYears.tenantId, fiscalYears.id],
    }),
    check('accounting_periods_no_valid', sql`${t.periodNo} between 1 and 13`),
    check('accounting_periods_state_valid', sql`${t.state} in (${literalList(periodStates)})`),
    tenantIsolation(),
  ],
);

/**
 * A journal entry. Drafts keep their lines in `journal_draft_lines`; posting writes the ledger
 * (`journal_lines`) and the balances. Posted entries are never changed (see migrations), only
 * reversed; `reversed_by` is the one column stamped later.
 */
export const journalEntries = pgTable(
  'journal_entries',
  {
    tenantId: tenantIdColumn(),
    id: idColumn(),
    /** Allocated at posting: gap-free over posted entries. */
    number: text(),
    entryDate: date({ mode: 'string' }).notNull(),
    periodId: uuid(),
    memo: text().notNull(),
    sourceType: text(),
    sourceId: uuid(),
    sourceNumber: text(),
    state: text().$type<EntryState>().notNull().default('draft'),
    /** Σ debit (= Σ credit once posted). */
    total: totalColumn().notNull().default('0'),
    reversalOf: uuid(),
    reversedBy: uuid(),
    createdBy: uuid(),
    createdAt: createdAtColumn(),
    updatedAt: timestampColumn().notNull().defaultNow(),
    postedBy: uuid(),
    postedAt: timestampColumn(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    unique('journal_entries_number_unique').on(t.tenantId, t.number),
    uniqueIndex('journal_entries_one_reversal').on(t.tenantId, t.reversalOf).where(sql`reversal_of is not null`),
    index('journal_entries_by_date').on(t.tenantId, t.entryDate, t.id),
    index('journal_entries_by_source').on(t.tenantId, t.sourceType, t.sourceId),
    foreignKey({
      name: 'journal_entries_period_fk',
      columns: [t.tenantId, t.periodId],
      foreignColumns: [accountingPeriods.tenantId, accountingPeriods.id],
    }),
    foreignKey({
      name: 'journal_entries_reversal_of_fk',
      columns: [t.tenantId, t.reversalOf],
      foreignColumns: [t.tenantId, t.id],
    }),
    check('journal_entries_state_valid', sql`${t.state} in (${literalList(entryStates)})`),
    check(
      'journal_entries_posted_complete',
      sql`${t.state} = 'draft' or (${t.number} is not null and ${t.periodId} is not null and ${t.postedAt} is not null)`,
    ),
    tenantIsolation(),
  ],
);

/** The lines of a draft entry, freely edited until it is posted. */
export const journalDraftLines = pgTable(
  'journal_draft_lines',
  {
    tenantId: tenantIdColumn(),
    entryId: uuid().notNull(),
    lineNo: integer().notNull(),
    accountId: uuid().notNull(),
    debit: moneyColumn().notNull().default('0'),
    credit: moneyColumn().notNull().default('0'),
    partnerId: uuid(),
    memo: text(),
    costCenter: text(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.entryId, t.lineNo] }),
    foreignKey({
      name: 'journal_draft_lines_entry_fk',
      columns: [t.tenantId, t.entryId],
      foreignColumns: [journalEntries.tenantId, journalEntries.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'journal_draft_lines_account_fk',
      columns: [t.tenantId, t.accountId],
      foreignColumns: [accounts.tenantId, accounts.id],
    }),
    check('journal_draft_lines_amounts_valid', sql`${t.debit} >= 0 and ${t.credit} >= 0`),
    tenantIsolation(),
  ],
);

/**
 * The general ledger: posted lines only, append-only. Date and period are copied from the entry
 * so reports read an account's lines by date on one index. `partner_id` names a customer or a
 * vendor (two tables), hence no foreign key.
 */
export const journalLines = pgTable(
  'journal_lines',
  {
    tenantId: tenantIdColumn(),
    id: idColumn(),
    entryId: uuid().notNull(),
    lineNo: integer().notNull(),
    accountId: uuid().notNull(),
    entryDate: date({ mode: 'string' }).notNull(),
    periodId: uuid().notNull(),
    debit: moneyColumn().notNull().default('0'),
    credit: moneyColumn().notNull().default('0'),
    partnerId: uuid(),
    memo: text(),
    costCenter: text(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    unique('journal_lines_entry_line_unique').on(t.tenantId, t.entryId, t.lineNo),
    index('journal_lines_by_account_date').on(t.tenantId, t.accountId, t.entryDate, t.id),
    index('journal_lines_by_partner')
      .on(t.tenantId, t.partnerId, t.accountId, t.entryDate)
      .where(sql`partner_id is not null`),
    foreignKey({
      name: 'journal_lines_entry_fk',
      columns: [t.tenantId, t.entryId],
      foreignColumns: [journalEntries.tenantId, journalEntries.id],
    }),
    foreignKey({
      name: 'journal_lines_account_fk',
      columns: [t.tenantId, t.accountId],
      foreignColumns: [accounts.tenantId, accounts.id],
    }),
    foreignKey({
      name: 'journal_lines_period_fk',
      columns: [t.tenantId, t.periodId],
      foreignColumns: [accountingPeriods.tenantId, accountingPeriods.id],
    }),
    check(
      'journal_lines_one_side',
      sql`${t.debit} >= 0 and ${t.credit} >= 0 and (${t.debit} = 0) <> (${t.credit} = 0)`,
    ),
    tenantIsolation(),
  ],
);

/** Σ debit and Σ credit per account and period, kept in step with the ledger at posting. */
export const accountPeriodBalances = pgTable(
  'account_period_balances',
  {
    tenantId: tenantIdColumn(),
    accountId: uuid().notNull(),
    periodId: uuid().notNull(),
    debit: totalColumn().notNull().default('0'),
    credit: totalColumn().notNull().default('0'),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.accountId, t.periodId] }),
    index().on(t.tenantId, t.periodId),
    foreignKey({
      name: 'account_period_balances_account_fk',
      columns: [t.tenantId, t.accountId],
      foreignColumns: [accounts.tenantId, accounts.id],
    }),
    foreignKey({
      name: 'account_period_balances_period_fk',
      columns: [t.tenantId, t.periodId],
      foreignColumns: [accountingPeriods.tenantId, accountingPeriods.id],
    }),
    tenantIsolation(),
  ],
);

/** Σ debit and Σ credit per account and partner: a customer's open receivable is one row. */
export const partnerAccountBalances = pgTable(
  'partner_account_balances',
  {
    tenantId: tenantIdColumn(),
    accountId: uuid().notNull(),
    partnerId: uuid().notNull(),
    debit: totalColumn().notNull().default('0'),
    credit: totalColumn().notNull().default('0'),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.accountId, t.partnerId] }),
    index().on(t.tenantId, t.partnerId),
    foreignKey({
      name: 'partner_account_balances_account_fk',
      columns: [t.tenantId, t.accountId],
      foreignColumns: [accounts.tenantId, accounts.id],
    }),
    tenantIsolation(),
  ],
);
