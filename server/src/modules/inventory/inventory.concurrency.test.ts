import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCustomer, createOrder, createProduct, stockOf } from '../../test/fixtures.ts';
import { type OnboardedCompany, onboardCompany } from '../../test/onboarding.ts';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { onServer } from '../../test/test-database.ts';
import { inventoryLedgerViolations, stockInvariantViolations } from './index.ts';

/** Real races need real connections: these run on the PostgreSQL server (25 pooled connections). */
describe.runIf(onServer)('stock operations under concurrency', () => {
  let t: TestApp;
  let owner: OnboardedCompany;
  let customer: { id: string };
  let stock: string;
  let east: { id: string; code: string };
  beforeAll(async () => {
    t = await createTestApp();
    owner = await onboardCompany(t.api, t.mail);
    customer = await createCustomer(t.api, owner);
    const locations = (await t.api.get('/api/locations', { token: owner.token })).body.items;
    stock = locations.find((l: { code: string }) => l.code === 'WH/STOCK').id;
    east = (await t.api.post('/api/warehouses', { code: 'EAST', name: 'East' }, { token: owner.token })).body;
  });
  afterAll(() => t.close());

  const post = (url: string, body?: unknown) => t.api.post(url, body, { token: owner.token });
  const rounds = [1, 2, 3, 4, 5];
  async function shelf() {
    const created = await post('/api/locations', {
      warehouseId: (await t.api.get('/api/warehouses', { token: owner.token })).body.items.find(
        (w: { isDefault: boolean }) => w.isDefault,
      ).id,
      code: `WH/S-${Math.random().toString(36).slice(2, 8)}`,
      name: 'Shelf',
      kind: 'storage',
    });
    return created.body.id as string;
  }
  async function confirmedOrders(productId: string, count: number, quantity: string) {
    const orders = await Promise.all(
      Array.from({ length: count }, () => createOrder(t.api, owner, customer.id, [{ productId, quantity }])),
    );
    for (const order of orders) expect((await post(`/api/sales-orders/${order.id}/confirm`)).status).toBe(200);
    return orders;
  }

  it.each(rounds)('round %i: transfers racing deliveries never take reserved stock or go negative', async () => {
    const product = await createProduct(t.api, owner, { stock: '30' });
    const orders = await confirmedOrders(product.id, 5, '3');
    const to = await shelf();
    const answers = await Promise.all([
      ...orders.map((o) => post(`/api/sales-orders/${o.id}/deliveries`)),
      ...Array.from({ length: 10 }, () =>
        post('/api/inventory/transfers', {
          fromLocationId: stock,
          toLocationId: to,
          lines: [{ productId: product.id, quantity: '3' }],
        }),
      ),
    ]);
    const deliveries = answers.slice(0, 5);
    const transfers = answers.slice(5);
    expect(deliveries.map((d) => d.status)).toEqual(Array(5).fill(201));
    // 30 on hand, 15 reserved: five transfers of 3 fit in what is free, the other five are refused
    expect(transfers.filter((a) => a.status === 201)).toHaveLength(5);
    expect(transfers.filter((a) => a.status === 409).every((a) => a.body.error.code === 'insufficient_stock')).toBe(
      true,
    );
    expect(await stockOf(t.api, owner, product.id)).toEqual({ onHand: '15', reserved: '0', available: '15' });
    const byLocation = (await t.api.get(`/api/inventory/stock?productId=${product.id}`, { token: owner.token })).body
      .items;
    expect(byLocation).toEqual([expect.objectContaining({ locationId: to, onHand: '15', reserved: '0' })]);
  });

  it.each(rounds)('round %i: ten clients taking the last serial number, one succeeds', async () => {
    const product = await createProduct(t.api, owner, { tracking: 'serial' });
    const receipt = await post('/api/inventory/receipts', {
      lines: [{ productId: product.id, quantity: '1', unitCost: '500', serialNumbers: [`SN-${Date.now()}`] }],
    });
    const lotId = receipt.body.lines[0].lotId;
    const orders = await Promise.all(
      Array.from({ length: 10 }, () =>
        createOrder(t.api, owner, customer.id, [{ productId: product.id, quantity: '1' }]),
      ),
    );
    const to = await shelf();
    const answers = await Promise.all([
      ...orders.map((o) => post(`/api/sales-orders/${o.id}/confirm`)),
      ...Array.from({ length: 10 }, () =>
        post('/api/inventory/transfers', {
          fromLocationId: stock,
          toLocationId: to,
          lines: [{ productId: product.id, quantity: '1', lotId }],
        }),
      ),
    ]);
    const winners = answers.filter((a) => a.status === 200 || a.status === 201);
    expect(winners).toHaveLength(1);
    expect(answers.filter((a) => a.status === 409)).toHaveLength(19);
    expect((await stockOf(t.api, owner, product.id)).onHand).toBe('1');
  });

  it('on hand equals the sum of the moves for every product, location and lot after a mixed run', async () => {
    const plain = await createProduct(t.api, owner, { stock: '200', costingMethod: 'fifo' });
    const lotted = await createProduct(t.api, owner, { tracking: 'lot' });
    await post('/api/inventory/receipts', {
      lines: [
        { productId: lotted.id, quantity: '50', unitCost: '7', lotNumber: 'MIX-A', expiryDate: '2030-01-01' },
        { productId: lotted.id, quantity: '50', unitCost: '9', lotNumber: 'MIX-B', expiryDate: '2029-01-01' },
      ],
    });
    const orders = await confirmedOrders(plain.id, 6, '5');
    const lotOrders = await confirmedOrders(lotted.id, 6, '4');
    const eastStock = (
      await t.api.get(`/api/locations?warehouseId=${east.id}`, { token: owner.token })
    ).body.items.find((l: { code: string }) => l.code === 'EAST/STOCK').id;
    const work = [
      ...orders.map((o) => post(`/api/sales-orders/${o.id}/deliveries`)),
      ...lotOrders.map((o) => post(`/api/sales-orders/${o.id}/deliveries`)),
      ...Array.from({ length: 6 }, (_, i) =>
        post('/api/inventory/receipts', { lines: [{ productId: plain.id, quantity: '3', unitCost: String(10 + i) }] }),
      ),
      ...Array.from({ length: 6 }, () =>
        post('/api/inventory/transfers', {
          fromLocationId: stock,
          toLocationId: eastStock,
          lines: [{ productId: plain.id, quantity: '4' }],
        }),
      ),
      ...Array.from({ length: 4 }, () =>
        post('/api/inventory/scraps', { reason: 'damaged', lines: [{ productId: plain.id, quantity: '2' }] }),
      ),
      ...Array.from({ length: 4 }, () =>
        post('/api/inventory/adjustments', {
          reason: 'found',
          lines: [{ productId: plain.id, quantityChange: '1', unitCost: '11' }],
        }),
      ),
    ];
    const answers = await Promise.all(work);
    expect(answers.filter((a) => a.status >= 500)).toEqual([]);
    expect(answers.every((a) => a.status === 201)).toBe(true);
    const transfers = (
      await t.api.get('/api/inventory/operations?type=transfer&state=in_transit', { token: owner.token })
    ).body.items;
    const receipts = await Promise.all(
      transfers.map((tr: { id: string }) => post(`/api/inventory/transfers/${tr.id}/receive`)),
    );
    expect(receipts.map((r) => r.status)).toEqual(Array(transfers.length).fill(200));
    // 200 − 30 delivered + 18 received − 8 scrapped + 4 found = 184, 24 of them in EAST
    expect(await stockOf(t.api, owner, plain.id)).toEqual({ onHand: '184', reserved: '0', available: '184' });
    expect(await stockOf(t.api, owner, lotted.id)).toEqual({ onHand: '76', reserved: '0', available: '76' });
    expect(await stockInvariantViolations(t.db.orm)).toEqual([]);
    expect(await inventoryLedgerViolations(t.db.orm)).toEqual([]);
  });
});
