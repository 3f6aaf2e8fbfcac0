import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCustomer } from '../../test/fixtures.ts';
import { type OnboardedCompany, onboardCompany } from '../../test/onboarding.ts';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { onServer } from '../../test/test-database.ts';
import { type AccountPurpose, ledgerInvariantViolations, postJournalEntry } from './index.ts';

/** Real races need real connections: these run on the PostgreSQL server (25 pooled connections). */
describe.runIf(onServer)('posting under concurrency', () => {
  let t: TestApp;
  let owner: OnboardedCompany;
  let second: OnboardedCompany;
  const customers: string[] = [];
  beforeAll(async () => {
    t = await createTestApp();
    owner = await onboardCompany(t.api, t.mail);
    second = await onboardCompany(t.api, t.mail);
    for (let i = 0; i < 3; i++) customers.push((await createCustomer(t.api, owner)).id);
  });
  afterAll(() => t.close());

  const purposes: AccountPurpose[] = [
    'bank',
    'cash',
    'accounts_receivable',
    'sales_revenue',
    'output_vat',
    'inventory',
  ];
  /** A balanced entry over the same hot accounts, its lines in a random order. */
  function entry(i: number, date: string) {
    const lines = purposes.slice(0, 3 + (i % 4)).map((account, k) => ({
      account,
      debit: k % 2 === 0 ? `${(i % 7) + 1}.25` : undefined,
      credit: k % 2 === 1 ? `${(i % 7) + 1}.25` : undefined,
      partnerId: account === 'accounts_receivable' ? customers[i % customers.length] : null,
    }));
    if (lines.length % 2 === 1)
      lines.push({ account: 'cash', credit: `${(i % 7) + 1}.25`, debit: undefined, partnerId: null });
    return { entryDate: date, memo: `Race ${i}`, lines: lines.sort(() => Math.random() - 0.5) };
  }
  const postAs = (company: OnboardedCompany, i: number, date: string) =>
    t.db.withTenant(company.tenantId, { userId: company.userId }, (ctx) => postJournalEntry(ctx, entry(i, date)));

  it('posts 200 entries at once over the same accounts: no deadlock, gap-free numbers, balances = Σ lines', async () => {
    const results = await Promise.allSettled(
      Array.from({ length: 200 }, (_, i) => postAs(i % 4 === 0 ? second : owner, i, `2026-0${(i % 3) + 1}-1${i % 9}`)),
    );
    const failures = results.filter((r) => r.status === 'rejected');
    expect(failures.map((f) => String((f as PromiseRejectedResult).reason))).toEqual([]);
    const numbers = results
      .filter((_, i) => i % 4 !== 0)
      .map((r) => (r as PromiseFulfilledResult<{ number: string }>).value.number)
      .sort();
    expect(numbers).toEqual(Array.from({ length: 150 }, (_, i) => `JE-2026-${String(i + 1).padStart(5, '0')}`));
    const tb = await t.api.get('/api/accounting/reports/trial-balance?from=2026-01-01&to=2026-12-31', {
      token: owner.token,
    });
    expect(tb.body.balanced).toBe(true);
    expect(tb.body.totals.debit).toBe(tb.body.totals.credit);
    expect(await ledgerInvariantViolations(t.db.orm)).toEqual([]);
  });

  it('lets a period close race postings: each posting lands before the close or gets 409, never half', async () => {
    const fiscal = await t.api.post('/api/accounting/fiscal-years', { year: 2027 }, { token: owner.token });
    const may = fiscal.body.items
      .find((y: { year: number }) => y.year === 2027)
      .periods.find((p: { periodNo: number }) => p.periodNo === 5).id;
    const posts = Array.from({ length: 40 }, (_, i) => postAs(owner, i, '2027-05-15'));
    const close = t.api.post(`/api/accounting/periods/${may}/close`, undefined, { token: owner.token });
    const [closed, ...results] = await Promise.allSettled([close, ...posts]);
    expect((closed as PromiseFulfilledResult<{ status: number }>).value.status).toBe(200);
    const refused = results.filter((r) => r.status === 'rejected');
    for (const r of refused) expect((r as PromiseRejectedResult).reason).toMatchObject({ code: 'period_closed' });
    const listed = await t.api.get('/api/accounting/journal-entries?from=2027-05-01&to=2027-05-31&limit=200', {
      token: owner.token,
    });
    expect(listed.body.items).toHaveLength(40 - refused.length);
    await expect(postAs(owner, 99, '2027-05-20')).rejects.toMatchObject({ code: 'period_closed' });
    expect(await ledgerInvariantViolations(t.db.orm)).toEqual([]);
  });
});
