import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCustomer, createOrder, createProduct } from '../../test/fixtures.ts';
import { expectingApi } from '../../test/http.ts';
import { type OnboardedCompany, onboardCompany } from '../../test/onboarding.ts';
import { createTestApp, type TestApp } from '../../test/test-app.ts';

let t: TestApp;
let owner: OnboardedCompany;
let other: OnboardedCompany;

beforeAll(async () => {
  t = await createTestApp();
  owner = await onboardCompany(t.api, t.mail, { currency: 'IDR', locale: 'id-ID' });
  other = await onboardCompany(t.api, t.mail, { currency: 'IDR', locale: 'id-ID' });
});
afterAll(async () => {
  await t.close();
});

const { get, post } = expectingApi(
  () => t.api,
  () => owner,
);

const trail = (entity: string, id: string) => get(`/api/audit?entity=${entity}&id=${id}`);

describe('the history of a record names the records it mentions', () => {
  it('an invoice’s history gives the number of its sales order and of its journal entry, with their kinds', async () => {
    const product = await createProduct(t.api, owner, { salePrice: '1490200', stock: '5' });
    const customer = await createCustomer(t.api, owner);
    const order = await createOrder(t.api, owner, customer.id, [{ productId: product.id, quantity: '1' }]);
    await post(`/api/sales-orders/${order.id}/confirm`, undefined, 200);
    await post(`/api/sales-orders/${order.id}/deliveries`, {});
    const draft = await post('/api/customer-invoices', { salesOrderId: order.id });
    await post(`/api/customer-invoices/${draft.id}/post`, undefined, 200);

    const { items, references } = await trail('customer_invoice', draft.id);
    const created = items.find((e: { action: string }) => e.action === 'customer_invoice.created');
    const postedEntry = items.find((e: { action: string }) => e.action === 'customer_invoice.posted');
    expect(created.after.salesOrderId).toBe(order.id);
    expect(references[order.id]).toEqual({ kind: 'sales_order', id: order.id, label: order.number });

    const entryNumber = postedEntry.after.journalEntry;
    expect(entryNumber).toMatch(/^JE-/);
    expect(references[entryNumber]).toMatchObject({ kind: 'journal_entry', label: entryNumber });
  });

  it('ids of another company’s records stay unnamed', async () => {
    const theirs = await createCustomer(t.api, other, { name: 'Their secret customer' });
    const product = await createProduct(t.api, owner, { salePrice: '10' });
    const updated = await t.api.patch(
      `/api/products/${product.id}`,
      { name: `Renamed after ${theirs.id}` },
      { token: owner.token },
    );
    expect(updated.status, JSON.stringify(updated.body)).toBe(200);
    const { references } = await trail('product', product.id);
    expect(references[theirs.id]).toBeUndefined();
    expect(JSON.stringify(references)).not.toContain('Their secret customer');
  });
});
