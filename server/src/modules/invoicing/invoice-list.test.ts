import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCustomer } from '../../test/fixtures.ts';
import { csvRows, idsOfEveryPage, idsSortedBy } from '../../test/lists.ts';
import { type OnboardedCompany, onboardCompany } from '../../test/onboarding.ts';
import { createTestApp, type TestApp } from '../../test/test-app.ts';

let t: TestApp;
let owner: OnboardedCompany;
let other: OnboardedCompany;
const invoices: Array<{ id: string; customerId: string; customerName: string; total: string; invoiceDate: string }> =
  [];

beforeAll(async () => {
  t = await createTestApp();
  owner = await onboardCompany(t.api, t.mail);
  other = await onboardCompany(t.api, t.mail);
  const buyers = [
    await createCustomer(t.api, owner, { name: 'Zaki Motor' }),
    await createCustomer(t.api, owner, { name: 'Adi Jaya' }),
  ];
  // Equal totals and equal customers on several invoices: sorts must break ties by id.
  for (const [index, price] of ['300', '100', '20', '100', '300'].entries()) {
    const draft = await t.api.post(
      '/api/customer-invoices',
      {
        customerId: buyers[index % 2]!.id,
        lines: [{ description: `Service ${index}`, quantity: '1', unitPrice: price }],
      },
      { token: owner.token },
    );
    expect(draft.status, JSON.stringify(draft.body)).toBe(201);
    invoices.push(draft.body);
  }
});
afterAll(async () => {
  await t.close();
});

const walk = (sort: string) => idsOfEveryPage(t.api, owner.token, `/api/customer-invoices?sort=${sort}`);
const byKeyThenId = (key: (row: (typeof invoices)[number]) => string | number, descending: boolean) =>
  idsSortedBy(invoices, key, descending);

describe('the invoice list sorts by customer and total, pages staying complete', () => {
  it('by customer name both ways', async () => {
    expect(await walk('customerName')).toEqual(byKeyThenId((i) => i.customerName, false));
    expect(await walk('-customerName')).toEqual(byKeyThenId((i) => i.customerName, true));
  });

  it('by total as a number both ways (20 before 100 before 300)', async () => {
    expect(await walk('total')).toEqual(byKeyThenId((i) => Number(i.total), false));
    expect(await walk('-total')).toEqual(byKeyThenId((i) => Number(i.total), true));
  });

  it('newest first unless told otherwise', async () => {
    expect(await walk('-invoiceDate')).toEqual(
      (await t.api.get('/api/customer-invoices?limit=50', { token: owner.token })).body.items.map(
        (i: { id: string }) => i.id,
      ),
    );
  });
});

describe('invoices per state, for the kanban', () => {
  const countsOf = async (query: string, as = owner) => {
    const r = await t.api.get(`/api/customer-invoices/state-counts${query}`, { token: as.token });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    return r.body.counts;
  };

  it('counts within the other filters, and never another company’s', async () => {
    const posted = await t.api.post(`/api/customer-invoices/${invoices[1]!.id}/post`, {}, { token: owner.token });
    expect(posted.status, JSON.stringify(posted.body)).toBe(200);
    expect(await countsOf('')).toEqual(
      expect.arrayContaining([
        { state: 'draft', count: 4 },
        { state: 'posted', count: 1 },
      ]),
    );
    expect(await countsOf(`?customerId=${invoices[0]!.customerId}`)).toEqual([{ state: 'draft', count: 3 }]);
    expect(await countsOf('', other)).toEqual([]);
    const refused = await t.api.get('/api/customer-invoices/state-counts?sort=total', { token: owner.token });
    expect(refused.status).toBe(400);
  });
});

describe('exporting the selected invoices', () => {
  const rows = csvRows;

  it('holds exactly the selected rows', async () => {
    const chosen = [invoices[0]!, invoices[3]!];
    const csv = await t.api.get(
      `/api/customer-invoices/export?format=csv&${chosen.map((i) => `ids=${i.id}`).join('&')}`,
      {
        token: owner.token,
      },
    );
    expect(csv.status).toBe(200);
    expect(rows(csv.body)).toHaveLength(2);
    expect(
      rows(csv.body)
        .map((row) => row.split(',')[4])
        .sort(),
    ).toEqual(chosen.map((i) => i.customerName).sort());
  });

  it('never another company’s invoices', async () => {
    const theirs = await t.api.get(`/api/customer-invoices/export?format=csv&ids=${invoices[0]!.id}`, {
      token: other.token,
    });
    expect(theirs.status).toBe(200);
    expect(rows(theirs.body)).toEqual([]);
  });
});
