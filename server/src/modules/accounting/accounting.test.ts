import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCustomer } from '../../test/fixtures.ts';
import { expectingApi } from '../../test/http.ts';
import { addEmployee, type OnboardedCompany, onboardCompany } from '../../test/onboarding.ts';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { ledgerInvariantViolations, openReceivable, postJournalEntry } from './index.ts';

let t: TestApp;
let owner: OnboardedCompany;
let other: OnboardedCompany;
let customer: { id: string };
const accounts = new Map<string, string>();

beforeAll(async () => {
  t = await createTestApp();
  owner = await onboardCompany(t.api, t.mail, { currency: 'IDR' });
  other = await onboardCompany(t.api, t.mail);
  customer = await createCustomer(t.api, owner, { name: 'Toko Maju' });
  for (const a of (await get('/api/accounting/accounts')).items) accounts.set(a.code, a.id);
});
afterAll(async () => {
  expect(await ledgerInvariantViolations(t.db.orm)).toEqual([]);
  await t.close();
});

const { call, get, post } = expectingApi(
  () => t.api,
  () => owner,
);

const line = (code: string, debit: string | null, credit: string | null, extra: Record<string, unknown> = {}) => ({
  accountId: accounts.get(code)!,
  ...(debit ? { debit } : {}),
  ...(credit ? { credit } : {}),
  ...extra,
});
async function draft(entryDate: string, memo: string, lines: unknown[]) {
  return post('/api/accounting/journal-entries', { entryDate, memo, lines });
}
async function posted(entryDate: string, memo: string, lines: unknown[]) {
  const entry = await draft(entryDate, memo, lines);
  return post(`/api/accounting/journal-entries/${entry.id}/post`, undefined, 200);
}
const trialBalance = (from: string, to: string) =>
  get(`/api/accounting/reports/trial-balance?from=${from}&to=${to}`) as Promise<{
    rows: Array<Record<string, string>>;
    totals: Record<string, string>;
    balanced: boolean;
  }>;
/** Closing balance per account code: positive debit, negative credit. */
async function balances(from: string, to: string) {
  const tb = await trialBalance(from, to);
  return Object.fromEntries(
    tb.rows
      .filter((r) => r.closingDebit !== '0' || r.closingCredit !== '0')
      .map((r) => [r.code, r.closingDebit !== '0' ? r.closingDebit : `-${r.closingCredit}`]),
  );
}
async function periodId(year: number, periodNo: number) {
  const { items } = await get('/api/accounting/fiscal-years');
  const found = items.find((y: { year: number }) => y.year === year);
  return found.periods.find((p: { periodNo: number }) => p.periodNo === periodNo).id as string;
}
async function fiscalYearId(year: number) {
  const { items } = await get('/api/accounting/fiscal-years');
  return items.find((y: { year: number }) => y.year === year).id as string;
}

describe('chart of accounts', () => {
  it('is seeded for a new company as a tree, with a default account for every posting purpose', async () => {
    const { items } = await get('/api/accounting/accounts');
    const bank = items.find((a: { code: string }) => a.code === '1-1200');
    const currentAssets = items.find((a: { code: string }) => a.code === '1-1000');
    expect(bank).toMatchObject({
      name: 'Bank',
      type: 'asset',
      normalSide: 'debit',
      isGroup: false,
      purposes: ['bank'],
    });
    expect(bank.parentId).toBe(currentAssets.id);
    expect(currentAssets.isGroup).toBe(true);
    const defaults = (await get('/api/accounting/default-accounts')).items;
    expect(defaults).toHaveLength(28);
    expect(defaults.find((d: { purpose: string }) => d.purpose === 'accumulated_depreciation')).toMatchObject({
      code: '1-2900',
    });
  });

  it('refuses a duplicate code with the field named, and a parent that is not a group', async () => {
    const dup = await post('/api/accounting/accounts', { code: '1-1200', name: 'Bank 2', type: 'asset' }, 409);
    expect(dup.error).toMatchObject({ code: 'duplicate', details: { fields: [{ path: 'code' }] } });
    const badParent = await post(
      '/api/accounting/accounts',
      { code: '1-1250', name: 'Bank 2', type: 'asset', parentId: accounts.get('1-1200') },
      400,
    );
    expect(badParent.error.details.fields[0].path).toBe('parentId');
  });

  it('creates and edits an account, and will not deactivate a default account', async () => {
    const created = await post('/api/accounting/accounts', {
      code: '1-1210',
      name: 'Bank BCA',
      type: 'asset',
      parentId: accounts.get('1-1000'),
      cashFlowActivity: 'cash',
    });
    expect(created).toMatchObject({ normalSide: 'debit', cashFlowActivity: 'cash', active: true });
    accounts.set('1-1210', created.id);
    const renamed = await call('PATCH', `/api/accounting/accounts/${created.id}`, { name: 'Bank BCA 123' });
    expect(renamed.name).toBe('Bank BCA 123');
    const refused = await call('PATCH', `/api/accounting/accounts/${accounts.get('1-1200')}`, { active: false }, 422);
    expect(refused.error).toMatchObject({ code: 'default_account_in_use', details: { purposes: ['bank'] } });
  });
});

describe('a year of manual entries, worked by hand', () => {
  it('posts balanced entries with gap-free numbers and updates the trial balance', async () => {
    const first = await posted('2025-01-05', 'Owner pays in capital', [
      line('1-1200', '10000', null),
      line('3-1000', null, '10000'),
    ]);
    expect(first).toMatchObject({
      state: 'posted',
      number: 'JE-2025-00001',
      total: '10000',
      allowedActions: ['reverse'],
    });
    await posted('2025-01-20', 'Buy a machine', [line('1-2100', '4000', null), line('1-1200', null, '4000')]);
    await posted('2025-02-10', 'Sale on credit', [
      line('1-1300', '1110', null, { partnerId: customer.id }),
      line('4-1000', null, '1000'),
      line('2-1400', null, '110'),
    ]);
    await posted('2025-02-15', 'Customer pays part', [
      line('1-1200', '600', null),
      line('1-1300', null, '600', { partnerId: customer.id }),
    ]);
    await posted('2025-02-28', 'Rent for February', [line('6-3000', '300', null), line('1-1200', null, '300')]);
    const last = await posted('2025-03-31', 'Depreciation for Q1', [
      line('6-2000', '100', null),
      line('1-2900', null, '100'),
    ]);
    expect(last.number).toBe('JE-2025-00006');

    const tb = await trialBalance('2025-01-01', '2025-12-31');
    expect(tb.balanced).toBe(true);
    expect(tb.totals).toMatchObject({ debit: '16110', credit: '16110', closingDebit: '11210', closingCredit: '11210' });
    expect(await balances('2025-01-01', '2025-12-31')).toEqual({
      '1-1200': '6300',
      '1-1300': '510',
      '1-2100': '4000',
      '1-2900': '-100',
      '2-1400': '-110',
      '3-1000': '-10000',
      '4-1000': '-1000',
      '6-2000': '100',
      '6-3000': '300',
    });
  });

  it('cuts a trial balance mid-month: opening balances before the range, movements inside it', async () => {
    const tb = await trialBalance('2025-01-10', '2025-02-14');
    const bank = tb.rows.find((r) => r.code === '1-1200')!;
    expect(bank).toMatchObject({ openingDebit: '10000', debit: '0', credit: '4000', closingDebit: '6000' });
    const receivable = tb.rows.find((r) => r.code === '1-1300')!;
    expect(receivable).toMatchObject({ openingDebit: '0', debit: '1110', closingDebit: '1110' });
    expect(tb.totals.closingDebit).toBe(tb.totals.closingCredit);
  });

  it('keeps the customer’s open receivable on the control account', async () => {
    const open = await t.db.withTenant(owner.tenantId, { userId: owner.userId }, (ctx) =>
      openReceivable(ctx, customer.id),
    );
    expect(open).toBe('510');
  });

  it('shows the general ledger of an account with its opening and running balance, page by page', async () => {
    const url = `/api/accounting/reports/general-ledger?accountId=${accounts.get('1-1200')}&from=2025-01-10&to=2025-12-31&limit=2`;
    const page1 = await get(url);
    expect(page1).toMatchObject({
      openingBalance: '10000',
      totalDebit: '600',
      totalCredit: '4300',
      closingBalance: '6300',
    });
    expect(page1.items.map((l: Record<string, string>) => [l.entryDate, l.debit, l.credit, l.balance])).toEqual([
      ['2025-01-20', '0', '4000', '6000'],
      ['2025-02-15', '600', '0', '6600'],
    ]);
    const page2 = await get(`${url}&cursor=${page1.nextCursor}`);
    expect(page2.items.map((l: Record<string, string>) => [l.entryMemo, l.balance])).toEqual([
      ['Rent for February', '6300'],
    ]);
    expect(page2.nextCursor).toBeNull();
  });

  it('reports profit and loss, by month too', async () => {
    const pl = await get('/api/accounting/reports/profit-and-loss?from=2025-01-01&to=2025-12-31');
    expect(pl).toMatchObject({ totalIncome: '1000', totalExpense: '400', netIncome: '600' });
    expect(pl.sections.map((s: { code: string; total: string }) => [s.code, s.total])).toEqual([
      ['4-0000', '1000'],
      ['6-0000', '400'],
    ]);
    const monthly = await get('/api/accounting/reports/profit-and-loss/monthly?from=2025-01-01&to=2025-04-30');
    expect(monthly.months).toEqual([
      { month: '2025-01', income: '0', expense: '0', netIncome: '0' },
      { month: '2025-02', income: '1000', expense: '300', netIncome: '700' },
      { month: '2025-03', income: '0', expense: '100', netIncome: '-100' },
      { month: '2025-04', income: '0', expense: '0', netIncome: '0' },
    ]);
  });

  it('balances the balance sheet: assets = liabilities + equity including current earnings', async () => {
    const bs = await get('/api/accounting/reports/balance-sheet?asOf=2025-12-31');
    expect(bs).toMatchObject({
      totalAssets: '10710',
      totalLiabilities: '110',
      currentEarnings: '600',
      totalEquity: '10600',
      totalLiabilitiesAndEquity: '10710',
      balanced: true,
    });
    const fixed = bs.sections.find((s: { code: string }) => s.code === '1-0000');
    expect(fixed.rows.find((r: { code: string }) => r.code === '1-2900').amount).toBe('-100');
  });

  it('derives the cash flow by the indirect method and reconciles it with cash and bank', async () => {
    const cf = await get('/api/accounting/reports/cash-flow?from=2025-01-01&to=2025-12-31');
    expect(cf).toMatchObject({
      netIncome: '600',
      operating: { total: '300' },
      investing: { total: '-4000' },
      financing: { total: '10000' },
      netChange: '6300',
      openingCash: '0',
      closingCash: '6300',
      reconciled: true,
    });
    expect(cf.operating.adjustments.map((a: { code: string; amount: string }) => [a.code, a.amount])).toEqual([
      ['1-1300', '-510'],
      ['1-2900', '100'],
      ['2-1400', '110'],
    ]);
  });

  it('exports the reports as CSV, XLSX and PDF', async () => {
    const csv = await t.api.get(
      '/api/accounting/reports/trial-balance/export?from=2025-01-01&to=2025-12-31&format=csv',
      {
        token: owner.token,
      },
    );
    expect(csv.status).toBe(200);
    expect(csv.body).toContain('1-1200,Bank,0,0,10600,4300,6300,0');
    expect(csv.body).toContain(',Total,0,0,16110,16110,11210,11210');
    const ledger = await t.api.get(
      `/api/accounting/reports/general-ledger/export?accountId=${accounts.get('1-1200')}&from=2025-01-10&to=2025-12-31&format=csv`,
      { token: owner.token },
    );
    expect(ledger.body).toContain('Opening balance');
    expect(ledger.body).toMatch(/Rent for February,,0,300,6300/);
    const xlsx = await t.api.get('/api/accounting/reports/balance-sheet/export?asOf=2025-12-31&format=xlsx', {
      token: owner.token,
    });
    expect(String(xlsx.body).slice(0, 2)).toBe('PK');
    const pdf = await t.api.get(
      '/api/accounting/reports/profit-and-loss/export?from=2025-01-01&to=2025-12-31&format=pdf',
      {
        token: owner.token,
      },
    );
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(String(pdf.body).slice(0, 4)).toBe('%PDF');
    const cf = await t.api.get('/api/accounting/reports/cash-flow/export?from=2025-01-01&to=2025-12-31&format=csv', {
      token: owner.token,
    });
    expect(cf.body).toContain('Net cash from investing activities,-4000');
  });
});

describe('drafts, posting and reversal', () => {
  it('refuses to post an unbalanced draft with the difference, and writes nothing', async () => {
    const before = await trialBalance('2025-01-01', '2025-12-31');
    const entry = await draft('2025-04-01', 'Cash sale', [line('1-1100', '50', null), line('4-1000', null, '40')]);
    expect(entry).toMatchObject({ state: 'draft', number: null, allowedActions: ['edit', 'delete', 'post'] });
    const refused = await post(`/api/accounting/journal-entries/${entry.id}/post`, undefined, 422);
    expect(refused.error).toMatchObject({
      code: 'unbalanced_entry',
      details: { debit: '50', credit: '40', difference: '10' },
    });
    expect((await get(`/api/accounting/journal-entries/${entry.id}`)).state).toBe('draft');
    expect(await trialBalance('2025-01-01', '2025-12-31')).toEqual(before);

    const fixed = await call('PUT', `/api/accounting/journal-entries/${entry.id}`, {
      entryDate: '2025-04-01',
      memo: 'Cash sale',
      lines: [line('1-1100', '50', null), line('4-1000', null, '50')],
    });
    expect(fixed.total).toBe('50');
    const done = await post(`/api/accounting/journal-entries/${entry.id}/post`, undefined, 200);
    expect(done).toMatchObject({ state: 'posted', number: 'JE-2025-00007' });
  });

  it('never changes or deletes a posted entry: 409, and the entry stays as it was', async () => {
    const { items } = await get('/api/accounting/journal-entries?state=posted&from=2025-04-01&to=2025-04-01');
    const id = items[0].id;
    const edit = await call(
      'PUT',
      `/api/accounting/journal-entries/${id}`,
      { entryDate: '2025-04-01', memo: 'x', lines: [] },
      409,
    );
    expect(edit.error.code).toBe('entry_posted');
    expect((await call('DELETE', `/api/accounting/journal-entries/${id}`, undefined, 409)).error.code).toBe(
      'entry_posted',
    );
    expect((await post(`/api/accounting/journal-entries/${id}/post`, undefined, 409)).error.code).toBe('entry_posted');
    const entry = await get(`/api/accounting/journal-entries/${id}`);
    expect(entry).toMatchObject({ memo: 'Cash sale', total: '50' });
    expect(entry.lines).toHaveLength(2);
  });

  it('reverses a posted entry once, with a linked mirror entry', async () => {
    const { items } = await get('/api/accounting/journal-entries?state=posted&from=2025-04-01&to=2025-04-01');
    const original = items[0];
    const reversal = await post(`/api/accounting/journal-entries/${original.id}/reverse`, { entryDate: '2025-04-02' });
    expect(reversal).toMatchObject({
      number: 'JE-2025-00008',
      reversalOf: original.id,
      reversalOfNumber: original.number,
      memo: 'Reversal of JE-2025-00007: Cash sale',
    });
    expect(reversal.lines.map((l: Record<string, string>) => [l.accountCode, l.debit, l.credit])).toEqual([
      ['1-1100', '0', '50'],
      ['4-1000', '50', '0'],
    ]);
    const after = await get(`/api/accounting/journal-entries/${original.id}`);
    expect(after).toMatchObject({ reversedBy: reversal.id, reversedByNumber: 'JE-2025-00008', allowedActions: [] });
    const again = await post(
      `/api/accounting/journal-entries/${original.id}/reverse`,
      { entryDate: '2025-04-02' },
      409,
    );
    expect(again.error.code).toBe('already_reversed');
    const bal = await balances('2025-01-01', '2025-12-31');
    expect(bal['1-1100']).toBeUndefined();
    expect(bal['4-1000']).toBe('-1000');
  });

  it('lists entries by account and by state, newest first, keyset-paged', async () => {
    const byAccount = await get(`/api/accounting/journal-entries?accountId=${accounts.get('1-1100')}`);
    expect(byAccount.items.map((e: { number: string }) => e.number)).toEqual(['JE-2025-00008', 'JE-2025-00007']);
    const page1 = await get('/api/accounting/journal-entries?state=posted&limit=3');
    const page2 = await get(`/api/accounting/journal-entries?state=posted&limit=3&cursor=${page1.nextCursor}`);
    expect([...page1.items, ...page2.items].map((e: { number: string }) => e.number)).toEqual([
      'JE-2025-00008',
      'JE-2025-00007',
      'JE-2025-00006',
      'JE-2025-00005',
      'JE-2025-00004',
      'JE-2025-00003',
    ]);
    const csv = await t.api.get('/api/accounting/journal-entries/export?state=posted&format=csv', {
      token: owner.token,
    });
    expect(csv.body).toContain('JE-2025-00001,2025-01-05,Owner pays in capital,manual,posted,10000');
  });
});

describe('periods and the year-end close', () => {
  it('refuses postings into a closed month with 409 and writes nothing; reopening lets them through', async () => {
    const march = await periodId(2025, 3);
    await post(`/api/accounting/periods/${march}/close`, undefined, 200);
    const before = await trialBalance('2025-01-01', '2025-12-31');
    const entry = await draft('2025-03-15', 'Late invoice', [line('6-5000', '20', null), line('1-1200', null, '20')]);
    const refused = await post(`/api/accounting/journal-entries/${entry.id}/post`, undefined, 409);
    expect(refused.error).toMatchObject({ code: 'period_closed', details: { year: 2025, periodNo: 3 } });
    const direct = t.db.withTenant(owner.tenantId, { userId: owner.userId }, (ctx) =>
      postJournalEntry(ctx, {
        entryDate: '2025-03-20',
        memo: 'From a document',
        lines: [
          { account: 'inventory_loss', debit: '5' },
          { account: 'inventory', credit: '5' },
        ],
      }),
    );
    await expect(direct).rejects.toMatchObject({ code: 'period_closed' });
    expect(await trialBalance('2025-01-01', '2025-12-31')).toEqual(before);
    expect((await get('/api/accounting/journal-entries?state=posted&limit=1')).items[0].number).toBe('JE-2025-00008');

    await post(`/api/accounting/periods/${march}/reopen`, undefined, 200);
    await call('DELETE', `/api/accounting/journal-entries/${entry.id}`, undefined, 204);
  });

  it('closes the year: income and expense go to retained earnings, the year’s P&L stays readable', async () => {
    const closed = await post(`/api/accounting/fiscal-years/${await fiscalYearId(2025)}/close`, undefined, 200);
    expect(closed.entry.number).toBe('JE-2025-00009');
    const closing = await get(`/api/accounting/journal-entries/${closed.entry.id}`);
    expect(closing.lines.map((l: Record<string, string>) => [l.accountCode, l.debit, l.credit])).toEqual([
      ['4-1000', '1000', '0'],
      ['6-2000', '0', '100'],
      ['6-3000', '0', '300'],
      ['3-2000', '0', '600'],
    ]);
    const year = closed.items.find((y: { year: number }) => y.year === 2025);
    expect(year.state).toBe('closed');
    expect(year.periods.every((p: { state: string }) => p.state === 'closed')).toBe(true);

    expect((await get('/api/accounting/reports/profit-and-loss?from=2025-01-01&to=2025-12-31')).netIncome).toBe('600');
    const bs = await get('/api/accounting/reports/balance-sheet?asOf=2025-12-31');
    expect(bs).toMatchObject({ currentEarnings: '0', totalEquity: '10600', balanced: true });
    const january = await trialBalance('2026-01-01', '2026-01-31');
    expect(january.rows.find((r) => r.code === '3-2000')).toMatchObject({ openingCredit: '600' });
    expect(january.rows.find((r) => r.code === '4-1000')).toBeUndefined();
    expect(january.balanced).toBe(true);

    const late = await draft('2025-06-01', 'Too late', [line('6-5000', '1', null), line('1-1200', null, '1')]);
    expect((await post(`/api/accounting/journal-entries/${late.id}/post`, undefined, 409)).error.code).toBe(
      'period_closed',
    );
    const june = await periodId(2025, 6);
    expect((await post(`/api/accounting/periods/${june}/reopen`, undefined, 409)).error.code).toBe('year_closed');
    await call('DELETE', `/api/accounting/journal-entries/${late.id}`, undefined, 204);
  });

  it('reopens the year by reversing the closing entry', async () => {
    const reopened = await post(`/api/accounting/fiscal-years/${await fiscalYearId(2025)}/reopen`, undefined, 200);
    expect(reopened.entry.number).toBe('JE-2025-00010');
    const bs = await get('/api/accounting/reports/balance-sheet?asOf=2025-12-31');
    expect(bs).toMatchObject({ currentEarnings: '600', balanced: true });
    const again = await post(`/api/accounting/fiscal-years/${await fiscalYearId(2025)}/close`, undefined, 200);
    expect(again.entry.number).toBe('JE-2025-00011');
  });
});

describe('default accounts', () => {
  it('routes later automatic postings to the newly chosen account', async () => {
    await call('PUT', '/api/accounting/default-accounts', {
      accounts: [{ purpose: 'cash', accountId: accounts.get('1-1210') }],
    });
    const defaults = (await get('/api/accounting/default-accounts')).items;
    expect(defaults.find((d: { purpose: string }) => d.purpose === 'cash')).toMatchObject({ code: '1-1210' });
    const entry = await t.db.withTenant(owner.tenantId, { userId: owner.userId }, (ctx) =>
      postJournalEntry(ctx, {
        entryDate: '2026-01-10',
        memo: 'Float for the shop',
        source: { type: 'test_document', id: customer.id, number: 'T-1' },
        lines: [
          { account: 'cash', debit: '25' },
          { account: 'bank', credit: '25' },
          { account: 'sales_revenue', debit: '0' },
        ],
      }),
    );
    expect(entry!.number).toBe('JE-2026-00001');
    const detail = await get(`/api/accounting/journal-entries/${entry!.id}`);
    expect(detail).toMatchObject({ sourceType: 'test_document', sourceNumber: 'T-1' });
    expect(detail.lines.map((l: { accountCode: string }) => l.accountCode)).toEqual(['1-1210', '1-1200']);
    const nothing = await t.db.withTenant(owner.tenantId, { userId: owner.userId }, (ctx) =>
      postJournalEntry(ctx, { entryDate: '2026-01-10', memo: 'Zero', lines: [{ account: 'cash', debit: '0' }] }),
    );
    expect(nothing).toBeNull();
  });
});

describe('access', () => {
  it('shows another company nothing and answers 404 for this company’s records', async () => {
    const { items } = await get('/api/accounting/journal-entries?limit=1');
    const id = items[0].id;
    const bank = accounts.get('1-1200');
    for (const [method, url, body] of [
      ['GET', `/api/accounting/journal-entries/${id}`, undefined],
      ['POST', `/api/accounting/journal-entries/${id}/reverse`, { entryDate: '2026-01-11' }],
      ['DELETE', `/api/accounting/journal-entries/${id}`, undefined],
      ['PATCH', `/api/accounting/accounts/${bank}`, { name: 'Mine now' }],
      ['GET', `/api/accounting/reports/general-ledger?accountId=${bank}&from=2025-01-01&to=2025-12-31`, undefined],
      ['POST', `/api/accounting/fiscal-years/${await fiscalYearId(2025)}/reopen`, undefined],
      ['POST', `/api/accounting/periods/${await periodId(2026, 1)}/close`, undefined],
    ] as const) {
      const r = await t.api.request(method, url, body, { token: other.token });
      expect(r.status, `${method} ${url}`).toBe(404);
    }
    expect((await get('/api/accounting/journal-entries', other)).items).toEqual([]);
    expect((await get('/api/accounting/reports/trial-balance?from=2025-01-01&to=2026-12-31', other)).rows).toEqual([]);
    expect((await get('/api/accounting/fiscal-years', other)).items).toEqual([]);
    expect((await get(`/api/accounting/journal-entries/${id}`)).reversedBy).toBeNull();
  });

  it('needs the accounting permissions', async () => {
    const clerk = await addEmployee(t.api, t.mail, owner, { jobRoles: ['sales'] });
    const r = await t.api.get('/api/accounting/reports/trial-balance?from=2025-01-01&to=2025-12-31', {
      token: clerk.token,
    });
    expect(r.status).toBe(403);
    const finance = await addEmployee(t.api, t.mail, owner, { jobRoles: ['finance'] });
    await get('/api/accounting/reports/trial-balance?from=2025-01-01&to=2025-12-31', finance);
  });

  it('refuses a range that ends before it starts, naming the field', async () => {
    const r = await t.api.get('/api/accounting/reports/profit-and-loss?from=2025-02-01&to=2025-01-01', {
      token: owner.token,
    });
    expect(r.status).toBe(400);
    expect(r.body.error.details.fields[0].path).toBe('query.to');
  });
});
