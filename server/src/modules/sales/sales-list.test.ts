import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCustomer, createOrder, createProduct } from '../../test/fixtures.ts';
import { csvRows, idsOfEveryPage, idsSortedBy } from '../../test/lists.ts';
import { type OnboardedCompany, onboardCompany } from '../../test/onboarding.ts';
import { createTestApp, type TestApp } from '../../test/test-app.ts';

let t: TestApp;
let owner: OnboardedCompany;
let other: OnboardedCompany;
const orders: Array<{ id: string; number: string; customerName: string; total: string; state: string }> = [];

beforeAll(async () => {
  t = await createTestApp();
  owner = await onboardCompany(t.api, t.mail);
  other = await onboardCompany(t.api, t.mail);
  const product = await createProduct(t.api, owner, { salePrice: '10', stock: '100' });
  const zaki = await createCustomer(t.api, owner, { name: 'Zaki Motor' });
  const adi = await createCustomer(t.api, owner, { name: 'Adi Jaya' });
  // Two customers with three orders each, and equal totals across them: sorts must break ties.
  for (const [customer, quantity] of [
    [zaki, '3'],
    [adi, '1'],
    [zaki, '1'],
    [adi, '3'],
    [zaki, '2'],
    [adi, '2'],
  ] as const) {
    orders.push(await createOrder(t.api, owner, customer.id, [{ productId: product.id, quantity }]));
  }
  await t.api.post(`/api/sales-orders/${orders[0]!.id}/confirm`, undefined, { token: owner.token });
  await t.api.post(`/api/sales-orders/${orders[1]!.id}/cancel`, { reason: 'duplicate' }, { token: owner.token });
});
afterAll(async () => {
  await t.close();
});

const walk = (sort: string) => idsOfEveryPage(t.api, owner.token, `/api/sales-orders?sort=${sort}`);
const byKeyThenId = (key: (row: (typeof orders)[number]) => string | number, descending: boolean) =>
  idsSortedBy(orders, key, descending);

describe('the order list sorts by every column the list shows, and keyset pages stay complete', () => {
  it('by customer name, both ways, every order once', async () => {
    expect(await walk('customerName')).toEqual(byKeyThenId((o) => o.customerName, false));
    expect(await walk('-customerName')).toEqual(byKeyThenId((o) => o.customerName, true));
  });

  it('by total as a number, not as text, both ways', async () => {
    expect(await walk('total')).toEqual(byKeyThenId((o) => Number(o.total), false));
    expect(await walk('-total')).toEqual(byKeyThenId((o) => Number(o.total), true));
  });

  it('by state', async () => {
    const states = new Map(
      (await t.api.get('/api/sales-orders?limit=50', { token: owner.token })).body.items.map(
        (o: { id: string; state: string }) => [o.id, o.state],
      ),
    );
    const walked = await walk('state');
    expect(walked).toHaveLength(orders.length);
    expect(walked.map((id) => states.get(id))).toEqual([...walked.map((id) => states.get(id))].sort());
  });

  it('refuses a sort it does not know with 400 naming the field', async () => {
    const refused = await t.api.get('/api/sales-orders?sort=customerId', { token: owner.token });
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.body)).toContain('sort');
  });

  it('refuses a cursor of one sort used with another', async () => {
    const first = await t.api.get('/api/sales-orders?sort=total&limit=2', { token: owner.token });
    const mixed = await t.api.get(`/api/sales-orders?sort=orderDate&limit=2&cursor=${first.body.nextCursor}`, {
      token: owner.token,
    });
    expect(mixed.status).toBe(400);
    expect(mixed.body.error.code).toBe('invalid_cursor');
  });
});

describe('exporting the selected orders', () => {
  const csvNumbers = (body: unknown) =>
    csvRows(body)
      .map((line) => line.split(',')[0])
      .sort();

  it('holds exactly the selected rows', async () => {
    const chosen = [orders[1]!, orders[4]!];
    const ids = chosen.map((o) => `ids=${o.id}`).join('&');
    const csv = await t.api.get(`/api/sales-orders/export?format=csv&${ids}`, { token: owner.token });
    expect(csv.status).toBe(200);
    expect(csvNumbers(csv.body)).toEqual(chosen.map((o) => o.number).sort());
  });

  it('takes a single id as well, and still applies the other filters', async () => {
    const one = await t.api.get(`/api/sales-orders/export?format=csv&ids=${orders[2]!.id}`, { token: owner.token });
    expect(csvNumbers(one.body)).toEqual([orders[2]!.number]);
    const outside = await t.api.get(`/api/sales-orders/export?format=csv&state=cancelled&ids=${orders[2]!.id}`, {
      token: owner.token,
    });
    expect(csvNumbers(outside.body)).toEqual([]);
  });

  it('never exports another company’s orders, even by id', async () => {
    const theirs = await t.api.get(`/api/sales-orders/export?format=csv&ids=${orders[0]!.id}`, { token: other.token });
    expect(theirs.status).toBe(200);
    expect(csvNumbers(theirs.body)).toEqual([]);
  });

  it('refuses an id that is not one with 400 naming the field', async () => {
    const refused = await t.api.get('/api/sales-orders/export?format=csv&ids=SO-1', { token: owner.token });
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.body)).toContain('ids');
  });
});

describe('grouping the order list', () => {
  it('counts and sums the orders of each state, biggest group first', async () => {
    const grouped = await t.api.get('/api/sales-orders/groups?by=state', { token: owner.token });
    expect(grouped.status).toBe(200);
    expect(grouped.body.groups).toEqual([
      { key: 'draft', label: 'draft', count: 4, total: '80' },
      { key: 'cancelled', label: 'cancelled', count: 1, total: '10' },
      { key: 'confirmed', label: 'confirmed', count: 1, total: '30' },
    ]);
  });

  it('groups by customer within the other filters', async () => {
    const drafts = await t.api.get('/api/sales-orders/groups?by=customer&state=draft', { token: owner.token });
    expect(
      drafts.body.groups.map((g: { label: string; count: number; total: string }) => [g.label, g.count, g.total]),
    ).toEqual(
      expect.arrayContaining([
        ['Zaki Motor', 2, '30'],
        ['Adi Jaya', 2, '50'],
      ]),
    );
    expect(drafts.body.groups).toHaveLength(2);
  });

  it('shows another company nothing of these orders, and refuses an unknown grouping', async () => {
    expect((await t.api.get('/api/sales-orders/groups?by=state', { token: other.token })).body.groups).toEqual([]);
    const refused = await t.api.get('/api/sales-orders/groups?by=warehouse', { token: owner.token });
    expect(refused.status).toBe(400);
  });
});
