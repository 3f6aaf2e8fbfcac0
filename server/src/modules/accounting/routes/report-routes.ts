import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { EXPORT_ROW_LIMIT, exportFormat, sendExport } from '../../../platform/export/export.ts';
import { access } from '../../../platform/http/access.ts';
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
const statementColumns = [
  { header: 'Group', value: (r: { group: string }) => r.group, width: 28 },
  { header: 'Code', value: (r: { code: string }) => r.code, width: 10 },
  { header: 'Account', value: (r: { name: string }) => r.name, width: 36 },
  { header: 'Amount', value: (r: { amount: string }) => amount(r.amount) },
];

export function registerReportRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const report = (path: string, summary: string) => ({ path: `/api/accounting/reports/${path}`, summary });

  const tb = report('trial-balance', 'Trial balance: opening, movements and closing balance per account');
  r.get(tb.path, {
    config: { access: access_ },
    schema: { tags, summary: tb.summary, querystring: range, response: { 200: TrialBalanceOut } },
    handler: (request) => request.withTenant((ctx) => trialBalance(ctx, request.query)),
  });
  r.get(`${tb.path}/export`, {
    config: { access: access_ },
    schema: { tags, summary: `${tb.summary} (file)`, querystring: rangeFile, produces, response: file },
    handler: async (request, reply) => {
      const result = await request.withTenant((ctx) => trialBalance(ctx, request.query));
      const rows = [...result.rows, { code: '', name: 'Total', ...result.totals }];
      return sendExport(
        reply,
        request.query.format,
        'trial-balance',
        [
          { header: 'Code', value: (x) => x.code, width: 10 },
          { header: 'Account', value: (x) => x.name, width: 36 },
          { header: 'Opening debit', value: (x) => amount(x.openingDebit) },
          { header: 'Opening credit', value: (x) => amount(x.openingCredit) },
          { header: 'Debit', value: (x) => amount(x.debit) },
          { header: 'Credit', value: (x) => amount(x.credit) },
          { header: 'Closing debit', value: (x) => amount(x.closingDebit) },
          { header: 'Closing credit', value: (x) => amount(x.closingCredit) },
        ],
        rows,
        `Trial balance ${result.from} – ${result.to}`,
      );
    },
  });

  const pl = report('profit-and-loss', 'Profit and loss for a date range (closing entries left out)');
  r.get(pl.path, {
    config: { access: access_ },
    schema: { tags, summary: pl.summary, querystring: range, response: { 200: ProfitAndLossOut } },
    handler: (request) => request.withTenant((ctx) => profitAndLoss(ctx, request.query)),
  });
  r.get(`${pl.path}/export`, {
    config: { access: access_ },
    schema: { tags, summary: `${pl.summary} (file)`, querystring: rangeFile, produces, response: file },
    handler: async (request, reply) => {
      const result = await request.withTenant((ctx) => profitAndLoss(ctx, request.query));
      const rows = [
        ...sectionRows(result.sections),
        { group: '', code: '', name: 'Net income', amount: result.netIncome },
      ];
      return sendExport(
        reply,
        request.query.format,
        'profit-and-loss',
        statementColumns,
        rows,
        `Profit and loss ${result.from} – ${result.to}`,
      );
    },
  });

  r.get('/api/accounting/reports/profit-and-loss/monthly', {
    config: { access: access_ },
    schema: {
      tags,
      summary: 'Income, expense and net income per month (whole months of the range)',
      querystring: range,
      response: { 200: MonthlyOut },
    },
    handler: (request) => request.withTenant((ctx) => monthlyProfitAndLoss(ctx, request.query)),
  });

  const bs = report('balance-sheet', 'Balance sheet as of a day');
  const asOf = z.object({ asOf: day });
  r.get(bs.path, {
    config: { access: access_ },
    schema: { tags, summary: bs.summary, querystring: asOf, response: { 200: BalanceSheetOut } },
    handler: (request) => request.withTenant((ctx) => balanceSheet(ctx, request.query.asOf)),
  });
  r.get(`${bs.path}/export`, {
    config: { access: access_ },
    schema: {
      tags,
      summary: `${bs.summary} (file)`,
      querystring: asOf.extend({ format: exportFormat }),
      produces,
      response: file,
    },
    handler: async (request, reply) => {
      const result = await request.withTenant((ctx) => balanceSheet(ctx, request.query.asOf));
      const rows = [
        ...sectionRows(result.sections),
        { group: '', code: '', name: 'Current earnings (not yet closed)', amount: result.currentEarnings },
        { group: '', code: '', name: 'Total assets', amount: result.totalAssets },
        { group: '', code: '', name: 'Total liabilities and equity', amount: result.totalLiabilitiesAndEquity },
      ];
      return sendExport(
        reply,
        request.query.format,
        'balance-sheet',
        statementColumns,
        rows,
        `Balance sheet as of ${result.asOf}`,
      );
    },
  });

  const cf = report('cash-flow', 'Cash flow statement (indirect method) for a date range');
  r.get(cf.path, {
    config: { access: access_ },
    schema: { tags, summary: cf.summary, querystring: range, response: { 200: CashFlowOut } },
    handler: (request) => request.withTenant((ctx) => cashFlow(ctx, request.query)),
  });
  r.get(`${cf.path}/export`, {
    config: { access: access_ },
    schema: { tags, summary: `${cf.summary} (file)`, querystring: rangeFile, produces, response: file },
    handler: async (request, reply) => {
      const result = await request.withTenant((ctx) => cashFlow(ctx, request.query));
      const line = (group: string, name: string, value: string, code = '') => ({ group, code, name, amount: value });
      const rows = [
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
      ];
      return sendExport(
        reply,
        request.query.format,
        'cash-flow',
        statementColumns,
        rows,
        `Cash flow ${result.from} – ${result.to}`,
      );
    },
  });

  const gl = report('general-ledger', 'General ledger of one account: opening balance, lines, running balance');
  r.get(gl.path, {
    config: { access: access_ },
    schema: { tags, summary: gl.summary, querystring: LedgerQuery, response: { 200: LedgerOut } },
    handler: (request) => request.withTenant((ctx) => generalLedger(ctx, request.query)),
  });
  r.get(`${gl.path}/export`, {
    config: { access: access_ },
    schema: {
      tags,
      summary: `${gl.summary} (file, at most ${EXPORT_ROW_LIMIT} lines)`,
      querystring: LedgerFileQuery,
      produces,
      response: file,
    },
    handler: async (request, reply) => {
      const result = await request.withTenant((ctx) =>
        generalLedger(ctx, { ...request.query, limit: EXPORT_ROW_LIMIT }),
      );
      const rows = [
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
      ];
      return sendExport(
        reply,
        request.query.format,
        'general-ledger',
        [
          { header: 'Date', value: (x) => x.entryDate, width: 12 },
          { header: 'Entry', value: (x) => x.entryNumber, width: 16 },
          { header: 'Memo', value: (x) => x.memo ?? x.entryMemo, width: 40 },
          { header: 'Partner', value: (x) => x.partnerName, width: 24 },
          { header: 'Debit', value: (x) => (x.debit === '' ? null : amount(x.debit)) },
          { header: 'Credit', value: (x) => (x.credit === '' ? null : amount(x.credit)) },
          { header: 'Balance', value: (x) => amount(x.balance) },
        ],
        rows,
        `General ledger ${result.account.code} ${result.account.name}, ${result.from} – ${result.to}`,
      );
    },
  });
}
