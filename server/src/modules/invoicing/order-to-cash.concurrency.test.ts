import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCustomer, createOrder, createProduct } from '../../test/fixtures.ts';
import { type OnboardedCompany, onboardCompany } from '../../test/onboarding.ts';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { onServer } from '../../test/test-database.ts';
import { ledgerInvariantViolations } from '../accounting/index.ts';
import { inventoryLedgerViolations, stockInvariantViolations } from '../inventory/index.ts';
import { receivableInvariantViolations } from './index.ts';

/**
 * Deliveries, invoices, payments and credit notes of one customer raced on real connections;
 * afterwards every SPEC §6 ledger invariant still holds.
 */
describe.runIf(onServer)('order to cash under concurrency', () => {
  let t: TestApp;
  let owner: OnboardedCompany;
  let customer: { id: string };
  let product: { id: string };

  beforeAll(async () => {
    t = await createTestApp();
    owner = await onboardCompany(t.api, t.mail, { currency: 'USD' });
    customer = await createCustomer(t.api, owner, { paymentTermsDays: 14 });
    product = await createProduct(t.api, owner, { salePrice: '20', stock: '500' });
  });
  afterAll(() => t.close());

  const post = (url: string, body?: unknown) => t.api.post(url, body, { token: owner.token });
  const statuses = (answers: Array<{ status: number }>) => answers.map((a) => a.status).sort();

  it('the same draft invoice posted ten times at once is posted once', async () => {
    const order = await createOrder(t.api, owner, customer.id, [{ productId: product.id, quantity: '2' }]);
    expect((await post(`/api/sales-orders/${order.id}/confirm`)).status).toBe(200);
    expect((await post(`/api/sales-orders/${order.id}/deliveries`)).status).toBe(201);
    const draft = (await post('/api/customer-invoices', { salesOrderId: order.id })).body;
    const answers = await Promise.all(
      Array.from({ length: 10 }, () => post(`/api/customer-invoices/${draft.id}/post`)),
    );
    expect(statuses(answers)).toEqual([200, ...Array(9).fill(409)]);
    const { items } = (await t.api.get(`/api/accounting/journal-entries?sourceId=${draft.id}`, { token: owner.token }))
      .body;
    expect(items).toHaveLength(1);
  });

  it('two drafts for the same delivered goods: only one can be posted', async () => {
    const order = await createOrder(t.api, owner, customer.id, [{ productId: product.id, quantity: '3' }]);
    await post(`/api/sales-orders/${order.id}/confirm`);
    await post(`/api/sales-orders/${order.id}/deliveries`);
    const drafts = await Promise.all([1, 2].map(() => post('/api/customer-invoices', { salesOrderId: order.id })));
    const answers = await Promise.all(drafts.map((d) => post(`/api/customer-invoices/${d.body.id}/post`)));
    // The first makes the order fully invoiced; the second finds nothing left to invoice.
    expect(statuses(answers)).toEqual([200, 409]);
    expect(answers.find((a) => a.status === 409)!.body.error.message).toMatch(/this order is invoiced/);
  });

  it('a mixed run of deliveries, invoices, payments and credit notes keeps every ledger invariant', async () => {
    const all = await Promise.all(
      Array.from({ length: 16 }, () =>
        createOrder(t.api, owner, customer.id, [{ productId: product.id, quantity: '4' }]),
      ),
    );
    await Promise.all(all.map((o) => post(`/api/sales-orders/${o.id}/confirm`)));
    const orders = all.slice(0, 12);
    await Promise.all(orders.map((o) => post(`/api/sales-orders/${o.id}/deliveries`)));
    const invoices = await Promise.all(
      orders.map(async (o) => {
        const draft = await post('/api/customer-invoices', { salesOrderId: o.id });
        return (await post(`/api/customer-invoices/${draft.body.id}/post`)).body;
      }),
    );
    expect(invoices.every((i) => i.state === 'posted')).toBe(true);
    const answers = await Promise.all([
      ...Array.from({ length: 8 }, () =>
        post('/api/customer-payments', { customerId: customer.id, amount: '50', method: 'bank' }),
      ),
      ...invoices.slice(8).map((i) => post(`/api/customer-invoices/${i.id}/cancel`, { reason: 'Raced' })),
      ...all.slice(12).map((o) => post(`/api/sales-orders/${o.id}/deliveries`)),
    ]);
    expect(
      answers.every((a) => a.status < 500),
      JSON.stringify(answers.filter((a) => a.status >= 500)),
    ).toBe(true);

    expect(await ledgerInvariantViolations(t.db.orm)).toEqual([]);
    expect(await stockInvariantViolations(t.db.orm)).toEqual([]);
    expect(await inventoryLedgerViolations(t.db.orm)).toEqual([]);
    expect(await receivableInvariantViolations(t.db.orm)).toEqual([]);
    const tb = (
      await t.api.get('/api/accounting/reports/trial-balance?from=2000-01-01&to=2999-12-31', { token: owner.token })
    ).body;
    expect(tb.balanced).toBe(true);
  });
});
