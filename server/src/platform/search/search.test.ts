import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCustomer, createOrder, createProduct } from '../../test/fixtures.ts';
import { addEmployee, type OnboardedCompany, onboardCompany } from '../../test/onboarding.ts';
import { createTestApp, type TestApp } from '../../test/test-app.ts';

let t: TestApp;
let owner: OnboardedCompany;
let other: OnboardedCompany;
const tag = randomBytes(3).toString('hex').toUpperCase();
let customer: { id: string; name: string };
let order: { id: string; number: string };
let product: { id: string; sku: string };

const search = (as: { token: string }, q: string, perKind?: number) =>
  t.api.get(`/api/search?${new URLSearchParams({ q, ...(perKind ? { perKind: String(perKind) } : {}) })}`, {
    token: as.token,
  });

beforeAll(async () => {
  t = await createTestApp();
  owner = await onboardCompany(t.api, t.mail);
  other = await onboardCompany(t.api, t.mail);
  customer = await createCustomer(t.api, owner, { name: `Toko Sinar ${tag}` });
  product = await createProduct(t.api, owner, { sku: `SINAR-${tag}`, name: `Lampu ${tag}` });
  order = await createOrder(t.api, owner, customer.id, [{ productId: product.id, quantity: '1' }]);
  await createOrder(t.api, owner, customer.id, [{ productId: product.id, quantity: '2' }]);
  await createCustomer(t.api, other, { name: `Toko Sinar ${tag} (other company)` });
});

afterAll(async () => {
  await t?.close();
});

describe('global search', () => {
  it('finds an order by its number, exact match first, with the customer as detail', async () => {
    const found = await search(owner, order.number.toLowerCase());
    expect(found.status).toBe(200);
    expect(found.body.items[0]).toEqual({
      kind: 'sales_order',
      id: order.id,
      label: order.number,
      detail: customer.name,
    });
  });

  it('finds master data and documents by name across modules, only in the own company', async () => {
    const found = await search(owner, `sinar ${tag}`);
    expect(found.status).toBe(200);
    const kinds = found.body.items.map((item: { kind: string }) => item.kind);
    expect(kinds.filter((k: string) => k === 'customer')).toHaveLength(1);
    expect(kinds.filter((k: string) => k === 'sales_order')).toHaveLength(2);
    expect(found.body.items.find((item: { kind: string }) => item.kind === 'customer')).toMatchObject({
      id: customer.id,
      label: customer.name,
    });
    const byProduct = await search(owner, `SINAR-${tag}`);
    expect(byProduct.body.items[0]).toMatchObject({ kind: 'product', id: product.id, detail: `Lampu ${tag}` });
  });

  it('puts records whose own number starts with the text before those that only mention it', async () => {
    // A receipt whose reference is the order number (stock operations are declared before sales).
    const receipt = await t.api.post(
      '/api/inventory/receipts',
      {
        vendorName: 'PT Pemasok',
        reference: order.number,
        lines: [{ productId: product.id, quantity: '1', unitCost: '2' }],
      },
      { token: owner.token },
    );
    expect(receipt.status, JSON.stringify(receipt.body)).toBe(201);
    const found = await search(owner, order.number.slice(0, -1));
    const kinds = found.body.items.map((item: { kind: string }) => item.kind);
    expect(kinds).toContain('stock_operation');
    expect(kinds[0]).toBe('sales_order');
  });

  it('limits each kind and matches % and _ literally', async () => {
    const limited = await search(owner, `sinar ${tag}`, 1);
    expect(limited.body.items.filter((item: { kind: string }) => item.kind === 'sales_order')).toHaveLength(1);
    expect((await search(owner, '%')).body.items).toEqual([]);
    expect((await search(owner, '_')).body.items).toEqual([]);
  });

  it('searches only the kinds the user may open', async () => {
    const buyer = await addEmployee(t.api, t.mail, owner, { jobRoles: ['purchasing'] });
    const found = await search(buyer, `sinar ${tag}`);
    expect(found.status).toBe(200);
    const kinds = new Set(found.body.items.map((item: { kind: string }) => item.kind));
    expect(kinds.has('sales_order')).toBe(false);
    expect(kinds.has('customer')).toBe(false);
    expect((await search(buyer, `SINAR-${tag}`)).body.items[0]).toMatchObject({ kind: 'product', id: product.id });
  });

  it('refuses an empty or overlong search with the field', async () => {
    const empty = await search(owner, '  ');
    expect(empty.status).toBe(400);
    expect(empty.body.error.details.fields).toEqual([expect.objectContaining({ path: 'query.q' })]);
    expect((await search(owner, 'x'.repeat(101))).status).toBe(400);
  });
});
