import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { TenantContext } from '../../../db/database.ts';
import { EXPORT_ROW_LIMIT, type ExportColumn, exportFormat, sendExport } from '../../../platform/export/export.ts';
import { access } from '../../../platform/http/access.ts';
import type { Message } from '../../../platform/i18n/index.ts';
import { decimalOut } from '../../../platform/money.ts';
import { generalLedger } from '../queries/general-ledger.ts';
import { balanceSheet, cashFlow, monthlyProfitAndLoss, profitAndLoss, trialBalance } from '../queries/statements.ts';
import { accountTypes, normalSides } from '../schema.ts';
import { day, SectionOut, StatementRowOut, tags } from './schemas.ts';

/** A query with a date range, `from` on or before `to`. */
function ranged<T extends z.ZodRawShape>(shape: T) {
  return z
    .object({ from: day, to: day, ...shape })
    .refine((q) => (q as { from: string }).from <= (q as { to: string }).to, {
      path: ['to'],
      message: 'Must be on or after `from`',
    });
}
const range = ranged({});
const rangeFile = ranged({ format: exportFormat });
const produces = ['text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'application/pdf'];
const file = { 200: z.string().describe('The file') };
const access_ = access.tenant('accounting.report.read');
const amount = (value: string) => Number(value);

const TrialBalanceOut = z
  .object({
    from: day,
    to: day,
    rows: z.array(
      z.object({
        accountId: z.uuid(),
        code: z.string(),
        name: z.string(),
        type: z.enum(accountTypes),
        openingDebit: decimalOut,
        openingCredit: decimalOut,
        debit: decimalOut,
        credit: decimalOut,
        closingDebit: decimalOut,
        closingCredit: decimalOut,
      }),
    ),
    totals: z.object({
      openingDebit: decimalOut,
      openingCredit: decimalOut,
      debit: decimalOut,
      credit: decimalOut,
      closingDebit: decimalOut,
      closingCredit: decimalOut,
    }),
    balanced: z.boolean(),
  })
  .meta({ id: 'TrialBalance' });

const ProfitAndLossOut = z
  .object({
    from: day,
    to: day,
    sections: z.array(SectionOut),
    totalIncome: decimalOut,
    totalExpense: decimalOut,
    netIncome: decimalOut,
  })
  .meta({ id: 'ProfitAndLoss' });

const BalanceSheetOut = z
  .object({
    asOf: day,
    sections: z.array(SectionOut),
    currentEarnings: decimalOut.describe('Income less expenses not yet closed into retained earnings'),
    totalAssets: decimalOut,
    totalLiabilities: decimalOut,
    totalEquity: decimalOut.describe('Including current earnings'),
    totalLiabilitiesAndEquity: decimalOut,
    balanced: z.boolean(),
  })
  .meta({ id: 'BalanceSheet' });

const CashFlowOut = z
  .object({
    from: day,
    to: day,
    netIncome: decimalOut,
    operating: z.object({ adjustments: z.array(StatementRowOut), total: decimalOut }),
    investing: z.object({ rows: z.array(StatementRowOut), total: decimalOut }),
    financing: z.object({ rows: z.array(StatementRowOut), total: decimalOut }),
    netChange: decimalOut,
    openingCash: decimalOut,
    closingCash: decimalOut,
    reconciled: z.boolean().describe('Net change equals the change of the cash and bank accounts'),
  })
  .meta({ id: 'CashFlow' });

const MonthlyOut = z
  .object({
    from: day,
    to: day,
    months: z.array(z.object({ month: z.string(), income: decimalOut, expense: decimalOut, netIncome: decimalOut })),
  })
  .meta({ id: 'MonthlyProfitAndLoss' });

const LedgerQuery = ranged({
  accountId: z.uuid(),
  cursor: z.string().max(500).optional().describe('`nextCursor` of the previous page'),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
const LedgerFileQuery = ranged({ accountId: z.uuid(), format: exportFormat });

const LedgerOut = z
  .object({
    account: z.object({
      id: z.uuid(),
      code: z.string(),
      name: z.string(),
      type: z.enum(accountTypes),
      normalSide: z.enum(normalSides),
    }),
    from: day,
    to: day,
    openingBalance: decimalOut.describe('Debit − credit before `from`'),
    totalDebit: decimalOut,
    totalCredit: decimalOut,
    closingBalance: decimalOut,
    items: z.array(
      z.object({
        lineId: z.uuid(),
        entryId: z.uuid(),
        entryNumber: z.string(),
        entryDate: day,
        entryMemo: z.string(),
        memo: z.string().nullable(),
        partnerId: z.uuid().nullable(),
        partnerName: z.string().nullable(),
        sourceType: z.string().nullable(),
        sourceId: z.uuid().nullable(),
        sourceNumber: z.string().nullable(),
        debit: decimalOut,
        credit: decimalOut,
        balance: decimalOut.describe('Running balance (debit − credit) after this line'),
      }),
    ),
    nextCursor: z.string().nullable(),
  })
  .meta({ id: 'GeneralLedger' });

type Section = z.infer<typeof SectionOut>;
const sectionRows = (sections: Section[]) =>
  sections.flatMap((s) => [
    ...s.rows.map((r) => ({ group: s.name, code: r.code, name: r.name, amount: r.amount })),
    { group: s.name, code: '', name: `Total ${s.name}`, amount: s.total },
  ]);
interface StatementRow {
  group: string;
  code: string;
  name: string;
  amount: string;
}
const statementColumns: ExportColumn<StatementRow>[] = [
  { header: 'columns.group', value: (r) => r.group, width: 28 },
  { header: 'columns.code', value: (r) => r.code, width: 10 },
  { header: 'columns.account', value: (r) => r.name, width: 36 },
  { header: 'columns.amount', value: (r) => amount(r.amount) },
];
type Balances = z.infer<typeof TrialBalanceOut>['totals'];
const trialBalanceColumns: ExportColumn<Balances & { code: string; name: string }>[] = [
  { header: 'columns.code', value: (x) => x.code, width: 10 },
  { header: 'columns.account', value: (x) => x.name, width: 36 },
  { header: 'columns.openingDebit', value: (x) => amount(x.openingDebit) },
  { header: 'columns.openingCredit', value: (x) => amount(x.openingCredit) },
  { header: 'columns.debit', value: (x) => amount(x.debit) },
  { header: 'columns.credit', value: (x) => amount(x.credit) },
  { header: 'columns.closingDebit', value: (x) => amount(x.closingDebit) },
  { header: 'columns.closingCredit', value: (x) => amount(x.closingCredit) },
];
type LedgerRow = Pick<
  z.infer<typeof LedgerOut>['items'][number],
  'entryDate' | 'entryNumber' | 'entryMemo' | 'memo' | 'partnerName' | 'debit' | 'credit' | 'balance'
>;
const ledgerColumns: ExportColumn<LedgerRow>[] = [
  { header: 'columns.date', value: (x) => x.entryDate, width: 12 },
  { header: 'columns.entry', value: (x) => x.entryNumber, width: 16 },
  { header: 'columns.memo', value: (x) => x.memo ?? x.entryMemo, width: 40 },
  { header: 'columns.partner', value: (x) => x.partnerName, width: 24 },
  { header: 'columns.debit', value: (x) => (x.debit === '' ? null : amount(x.debit)) },
  { header: 'columns.credit', value: (x) => (x.credit === '' ? null : amount(x.credit)) },
  { header: 'columns.balance', value: (x) => amount(x.balance) },
];

const line = (group: string, name: string, value: string, code = '') => ({ group, code, name, amount: value });

/** A report: its JSON route, and `/export` beside it writing the same figures as CSV, XLSX or PDF. */
interface Report<Q extends z.ZodType, F extends FileQuery, R, Row> {
  name: string;
  summary: string;
  /** What the file holds, when it differs from the report (a cap on its rows). */
  fileSummary?: string;
  query: Q;
  fileQuery: F;
  out: z.ZodType;
  load(ctx: TenantContext, query: z.output<Q>): Promise<R>;
  /** The file reads the report its own way: a whole ledger rather than a page. */
  loadFile(ctx: TenantContext, query: z.output<F>): Promise<R>;
  columns: ExportColumn<Row>[];
  rows(result: R): Row[];
  title(result: R): Message;
}

type FileQuery = z.ZodType<{ format: z.output<typeof exportFormat> }>;

function registerReport<Q extends z.ZodType, F extends FileQuery, R, Row>(
  app: FastifyInstance,
  report: Report<Q, F, R, Row>,
): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const path = `/api/accounting/reports/${report.name}`;
  r.get(path, {
    config: { access: access_ },
    schema: { tags, summary: report.summary, querystring: report.query, response: { 200: report.out } },
    handler: (request) => request.withTenant((ctx) => report.load(ctx, request.query as z.output<Q>)),
  });
  r.get(`${path}/export`, {
    config: { access: access_ },
    schema: {
      tags,
      summary: report.fileSummary ?? `${report.summary} (file)`,
      querystring: report.fileQuery,
      produces,
      response: file,
    },
    handler: async (request, reply) => {
      const query = request.query as z.output<F>;
      const result = await request.withTenant((ctx) => report.loadFile(ctx, query));
      return sendExport(reply, query.format, report.name, report.columns, report.rows(result), report.title(result));
    },
  });
}

export function registerReportRoutes(app: FastifyInstance): void {
  registerReport(app, {
    name: 'trial-balance',
    summary: 'Trial balance: opening, movements and closing balance per account',
    query: range,
    fileQuery: rangeFile,
    out: TrialBalanceOut,
    load: trialBalance,
    loadFile: trialBalance,
    columns: trialBalanceColumns,
    rows: (result) => [...result.rows, { code: '', name: 'Total', ...result.totals }],
    title: (result) => ['exports.trialBalance', { from: result.from, to: result.to }],
  });

  registerReport(app, {
    name: 'profit-and-loss',
    summary: 'Profit and loss for a date range (closing entries left out)',
    query: range,
    fileQuery: rangeFile,
    out: ProfitAndLossOut,
    load: profitAndLoss,
    loadFile: profitAndLoss,
    columns: statementColumns,
    rows: (result) => [...sectionRows(result.sections), line('', 'Net income', result.netIncome)],
    title: (result) => ['exports.profitAndLoss', { from: result.from, to: result.to }],
  });

  app.withTypeProvider<ZodTypeProvider>().get('/api/accounting/reports/profit-and-loss/monthly', {
    config: { access: access_ },
    schema: {
      tags,
      summary: 'Income, expense and net income per month (whole months of the range)',
      querystring: range,
      response: { 200: MonthlyOut },
    },
    handler: (request) => request.withTenant((ctx) => monthlyProfitAndLoss(ctx, request.query)),
  });

  const asOf = z.object({ asOf: day });
  registerReport(app, {
    name: 'balance-sheet',
    summary: 'Balance sheet as of a day',
    query: asOf,
    fileQuery: asOf.extend({ format: exportFormat }),
    out: BalanceSheetOut,
    load: (ctx, query) => balanceSheet(ctx, query.asOf),
    loadFile: (ctx, query) => balanceSheet(ctx, query.asOf),
    columns: statementColumns,
    rows: (result) => [
      ...sectionRows(result.sections),
      line('', 'Current earnings (not yet closed)', result.currentEarnings),
      line('', 'Total assets', result.totalAssets),
      line('', 'Total liabilities and equity', result.totalLiabilitiesAndEquity),
    ],
    title: (result) => ['exports.balanceSheet', { asOf: result.asOf }],
  });

  registerReport(app, {
    name: 'cash-flow',
    summary: 'Cash flow statement (indirect method) for a date range',
    query: range,
    fileQuery: rangeFile,
    out: CashFlowOut,
    load: cashFlow,
    loadFile: cashFlow,
    columns: statementColumns,
    rows: (result) => [
      line('Operating', 'Net income', result.netIncome),
      ...result.operating.adjustments.map((a) => line('Operating', a.name, a.amount, a.code)),
      line('Operating', 'Net cash from operating activities', result.operating.total),
      ...result.investing.rows.map((a) => line('Investing', a.name, a.amount, a.code)),
      line('Investing', 'Net cash from investing activities', result.investing.total),
      ...result.financing.rows.map((a) => line('Financing', a.name, a.amount, a.code)),
      line('Financing', 'Net cash from financing activities', result.financing.total),
      line('', 'Net change in cash', result.netChange),
      line('', 'Cash at the beginning', result.openingCash),
      line('', 'Cash at the end', result.closingCash),
    ],
    title: (result) => ['exports.cashFlow', { from: result.from, to: result.to }],
  });

  registerReport(app, {
    name: 'general-ledger',
    summary: 'General ledger of one account: opening balance, lines, running balance',
    fileSummary: `General ledger of one account: opening balance, lines, running balance (file, at most ${EXPORT_ROW_LIMIT} lines)`,
    query: LedgerQuery,
    fileQuery: LedgerFileQuery,
    out: LedgerOut,
    load: generalLedger,
    loadFile: (ctx, query) => generalLedger(ctx, { ...query, limit: EXPORT_ROW_LIMIT }),
    columns: ledgerColumns,
    rows: (result) => [
      {
        entryDate: result.from,
        entryNumber: '',
        entryMemo: 'Opening balance',
        debit: '',
        credit: '',
        balance: result.openingBalance,
        partnerName: null,
        memo: null,
      },
      ...result.items,
    ],
    title: (result) => [
      'exports.generalLedger',
      { account: `${result.account.code} ${result.account.name}`, from: result.from, to: result.to },
    ],
  });
}
