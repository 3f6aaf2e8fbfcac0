import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectingApi } from '../../test/http.ts';
import { addEmployee, type OnboardedCompany, onboardCompany, type Session } from '../../test/onboarding.ts';
import { createTestApp, type TestApp } from '../../test/test-app.ts';

let t: TestApp;
let owner: OnboardedCompany;
let colleague: Session;
let stranger: OnboardedCompany;
const { call, get, post } = expectingApi(
  () => t.api,
  () => owner,
  (method) => (method === 'POST' ? 201 : method === 'DELETE' ? 204 : 200),
);
const names = async (list: string, who: { token: string } = owner) =>
  (await get(`/api/saved-filters?list=${list}`, who)).items.map((f: { name: string }) => f.name);

beforeAll(async () => {
  t = await createTestApp();
  owner = await onboardCompany(t.api, t.mail);
  colleague = await addEmployee(t.api, t.mail, owner, { jobRoles: ['sales'] });
  stranger = await onboardCompany(t.api, t.mail);
});
afterAll(() => t.close());

describe('saved filters', () => {
  it('keeps the search parameters of a list under a name, listed by name for that list only', async () => {
    const filters = { state: 'draft', dateFrom: '2026-01-01', sort: '-total', group: 'state', overdue: true };
    const saved = await post('/api/saved-filters', { list: 'sales-orders', name: 'Open drafts', filters });
    expect(saved).toMatchObject({ list: 'sales-orders', name: 'Open drafts', filters });
    await post('/api/saved-filters', { list: 'sales-orders', name: 'Big ones', filters: { sort: '-total' } });
    await post('/api/saved-filters', { list: 'invoices', name: 'Open drafts', filters: { state: 'draft' } });

    const { items } = await get('/api/saved-filters?list=sales-orders');
    expect(items.map((f: { name: string }) => f.name)).toEqual(['Big ones', 'Open drafts']);
    expect(items[1].filters).toEqual(filters);
    expect(await names('invoices')).toEqual(['Open drafts']);
  });

  it('refuses a name already used on the list, whatever its case, and writes nothing', async () => {
    await post('/api/saved-filters', { list: 'stock-counts', name: 'Due this week', filters: { state: 'open' } });
    const refused = await post(
      '/api/saved-filters',
      { list: 'stock-counts', name: 'due this WEEK', filters: { state: 'draft' } },
      409,
    );
    expect(refused.error.code).toBe('duplicate_saved_filter');
    expect(refused.error.details.fields).toEqual([expect.objectContaining({ path: 'name' })]);
    const { items } = await get('/api/saved-filters?list=stock-counts');
    expect(items).toEqual([expect.objectContaining({ name: 'Due this week', filters: { state: 'open' } })]);
  });

  it('answers 400 with field paths for a bad list, a blank name or filters that are not parameters', async () => {
    const bad = await post('/api/saved-filters', { list: 'customers', name: '  ', filters: { state: { a: 1 } } }, 400);
    expect(bad.error.details.fields.map((f: { path: string }) => f.path)).toEqual(['name', 'filters.state']);
    const badList = await post('/api/saved-filters', { list: 'Customers!', name: 'Mine', filters: {} }, 400);
    expect(badList.error.details.fields).toEqual([expect.objectContaining({ path: 'list' })]);
    expect((await call('GET', '/api/saved-filters', undefined, 400)).error.details.fields).toEqual([
      expect.objectContaining({ path: 'query.list' }),
    ]);
    expect(await names('customers')).toEqual([]);
  });

  it("shows and deletes only my own filters: a colleague's or another company's is not found", async () => {
    const mine = await post('/api/saved-filters', { list: 'payments', name: 'This month', filters: { q: 'x' } });
    // The colleague may use the same name on the same list: names are per member.
    await post('/api/saved-filters', { list: 'payments', name: 'This month', filters: {} }, 201, colleague);
    expect(await names('payments', colleague)).toEqual(['This month']);
    expect(await names('payments', stranger)).toEqual([]);

    await call('DELETE', `/api/saved-filters/${mine.id}`, undefined, 404, colleague);
    await call('DELETE', `/api/saved-filters/${mine.id}`, undefined, 404, stranger);
    expect(await names('payments')).toEqual(['This month']);

    await call('DELETE', `/api/saved-filters/${mine.id}`);
    expect(await names('payments')).toEqual([]);
    expect(await names('payments', colleague)).toEqual(['This month']);
    await call('DELETE', `/api/saved-filters/${mine.id}`, undefined, 404);
  });
});
