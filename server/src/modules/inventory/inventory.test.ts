import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCustomer, createOrder, createProduct, stockOf } from '../../test/fixtures.ts';
import { expectingApi } from '../../test/http.ts';
import { addEmployee, type OnboardedCompany, onboardCompany } from '../../test/onboarding.ts';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { inventoryLedgerViolations, stockInvariantViolations } from './index.ts';

let t: TestApp;
let owner: OnboardedCompany;
let customer: { id: string };
let mainWarehouse: { id: string };

beforeAll(async () => {
  t = await createTestApp();
  owner = await onboardCompany(t.api, t.mail, { currency: 'USD' });
  customer = await createCustomer(t.api, owner, { name: 'Toko Maju' });
  mainWarehouse = (await get('/api/warehouses')).items[0];
});
afterAll(async () => {
  expect(await stockInvariantViolations(t.db.orm)).toEqual([]);
  expect(await inventoryLedgerViolations(t.db.orm)).toEqual([]);
  await t.close();
});

const { get, post } = expectingApi(
  () => t.api,
  () => owner,
);

const receive = (lines: unknown[], extra: Record<string, unknown> = {}) =>
  post('/api/inventory/receipts', { vendorName: 'PT Pemasok', lines, ...extra });
const valuationOf = async (productId: string, asOf?: string) =>
  (await get(`/api/inventory/valuation?productId=${productId}${asOf ? `&asOf=${asOf}` : ''}`)) as {
    total: string;
    rows: Array<{ warehouseCode: string; quantity: string; unitCost: string; value: string }>;
  };
async function confirmedOrder(lines: Array<{ productId: string; quantity: string }>) {
  const order = await createOrder(t.api, owner, customer.id, lines);
  await post(`/api/sales-orders/${order.id}/confirm`, undefined, 200);
  return get(`/api/sales-orders/${order.id}`);
}
const deliver = (orderId: string, body?: unknown, status = 201) =>
  post(`/api/sales-orders/${orderId}/deliveries`, body, status);
async function stockByLocation(productId: string) {
  const { items } = await get(`/api/inventory/stock?productId=${productId}`);
  return Object.fromEntries(
    items.map((i: { locationCode: string; onHand: string; reserved: string }) => [
      i.locationCode,
      `${i.onHand}/${i.reserved}`,
    ]),
  );
}
async function locationId(code: string) {
  const { items } = await get('/api/locations');
  const found = items.find((l: { code: string }) => l.code === code);
  if (!found) throw new Error(`No location ${code}`);
  return found.id as string;
}

describe('moving average cost, worked by hand', () => {
  it('values receipts, partial deliveries and a return at the average of the moment', async () => {
    const product = await createProduct(t.api, owner, { costingMethod: 'average', standardCost: '9' });
    // 10 @ 10.00 = 100.00; 5 @ 13.00 = 65.00 → 15 for 165.00, average 11.00
    await receive([{ productId: product.id, quantity: '10', unitCost: '10' }]);
    await receive([{ productId: product.id, quantity: '5', unitCost: '13' }]);
    expect((await valuationOf(product.id)).total).toBe('165');

    const order = await confirmedOrder([{ productId: product.id, quantity: '4' }]);
    const first = await deliver(order.id, { lines: [{ lineId: order.lines[0].id, quantity: '3' }] });
    expect(first.orderState).toBe('partially_delivered');
    // 3 of 15 at 165.00: 33.00, unit cost 11
    expect(first.lines).toEqual([expect.objectContaining({ quantity: '3', unitCost: '11', value: '33' })]);

    // 12 left for 132.00; 3 @ 12.50 = 37.50 → 15 for 169.50, average 11.30
    await receive([{ productId: product.id, quantity: '3', unitCost: '12.50' }]);
    const second = await deliver(order.id);
    expect(second.orderState).toBe('delivered');
    expect(second.lines).toEqual([expect.objectContaining({ quantity: '1', unitCost: '11.3', value: '11.3' })]);
    expect(await valuationOf(product.id)).toMatchObject({
      total: '158.2',
      rows: [{ warehouseCode: 'WH', quantity: '14', unitCost: '11.3', value: '158.2' }],
    });

    // The 4 delivered left at 33.00 + 11.30 = 44.30; 2 come back at 11.075 each = 22.15
    const returned = await post(`/api/sales-orders/${order.id}/returns`, {
      reason: 'wrong size',
      lines: [{ lineId: order.lines[0].id, quantity: '2', condition: 'good' }],
    });
    expect(returned.lines).toEqual([expect.objectContaining({ quantity: '2', unitCost: '11.075', value: '22.15' })]);
    // 16 for 180.35
    expect((await valuationOf(product.id)).total).toBe('180.35');
    expect(await stockOf(t.api, owner, product.id)).toEqual({ onHand: '16', reserved: '0', available: '16' });

    const detail = await get(`/api/sales-orders/${order.id}`);
    expect(detail.lines[0]).toMatchObject({ deliveredQuantity: '4', returnedQuantity: '2' });
    expect(detail.stockOperations.map((o: { type: string }) => o.type)).toEqual(['delivery', 'delivery', 'return']);
  });

  it('takes exactly what is left of the value with the last unit (no rounding residue)', async () => {
    const product = await createProduct(t.api, owner, { costingMethod: 'average' });
    // 3 for 10.00: each third is 3.33, the last one takes 3.34
    await receive([{ productId: product.id, quantity: '3', unitCost: '3.3333' }]);
    expect((await valuationOf(product.id)).total).toBe('10');
    const order = await confirmedOrder([{ productId: product.id, quantity: '3' }]);
    const values: string[] = [];
    for (const _ of [1, 2, 3]) {
      const delivery = await deliver(order.id, { lines: [{ lineId: order.lines[0].id, quantity: '1' }] });
      values.push(delivery.lines[0].value);
    }
    // 10.00 × 1/3 = 3.33; 6.67 × 1/2 = 3.335 → 3.34; the last unit takes the 3.33 left
    expect(values).toEqual(['3.33', '3.34', '3.33']);
    expect(await valuationOf(product.id)).toMatchObject({ total: '0', rows: [] });
  });
});

describe('previewing a stock adjustment', () => {
  it('states each change and its value at the current cost, and posts nothing', async () => {
    const product = await createProduct(t.api, owner, { costingMethod: 'average', standardCost: '9' });
    // 10 @ 10.00 + 10 @ 12.00 = 20 for 220.00, average 11.00
    await receive([{ productId: product.id, quantity: '10', unitCost: '10' }]);
    await receive([{ productId: product.id, quantity: '10', unitCost: '12' }]);
    const lines = [{ productId: product.id, countedQuantity: '17' }];

    const preview = await post('/api/inventory/adjustments/preview', { reason: 'damage', lines }, 200);
    // 3 missing at 11.00: −33.00 to inventory loss
    expect(preview).toEqual({
      lines: [
        expect.objectContaining({ quantityBefore: '20', quantityAfter: '17', quantityChange: '-3', value: '-33' }),
      ],
      total: '-33',
    });
    expect((await stockOf(t.api, owner, product.id)).onHand).toBe('20');
    expect((await valuationOf(product.id)).total).toBe('220');

    const refused = await post(
      '/api/inventory/adjustments/preview',
      { reason: 'damage', lines: [{ productId: product.id, quantityChange: '-21' }] },
      400,
    );
    expect(refused.error.details.fields).toEqual([expect.objectContaining({ path: 'lines.0' })]);

    const posted = await post('/api/inventory/adjustments', { reason: 'damage', lines });
    const entry = await get(`/api/inventory/adjustments/${posted.id}`);
    expect(entry.lines).toEqual([
      expect.objectContaining({ quantityBefore: '20', quantityAfter: '17', unitCost: '11' }),
    ]);
    expect((await valuationOf(product.id)).total).toBe('187');
  });
});

describe('FIFO cost layers, worked by hand', () => {
  it('consumes the oldest layers first; a return opens a layer at the cost the goods left with', async () => {
    const product = await createProduct(t.api, owner, { costingMethod: 'fifo' });
    await receive([{ productId: product.id, quantity: '10', unitCost: '10' }]); // layer 1: 100.00
    await receive([{ productId: product.id, quantity: '10', unitCost: '12' }]); // layer 2: 120.00
    const order = await confirmedOrder([{ productId: product.id, quantity: '15' }]);

    const first = await deliver(order.id, { lines: [{ lineId: order.lines[0].id, quantity: '6' }] });
    expect(first.lines[0]).toMatchObject({ quantity: '6', unitCost: '10', value: '60' });
    // 4 @ 10 from layer 1 (its last 40.00) + 5 @ 12 from layer 2 = 100.00 for 9
    const second = await deliver(order.id);
    expect(second.lines[0]).toMatchObject({ quantity: '9', unitCost: '11.1111', value: '100' });
    expect(await valuationOf(product.id)).toMatchObject({
      total: '60',
      rows: [{ quantity: '5', unitCost: '12', value: '60' }],
    });

    // 15 left at 160.00: 3 come back at 10.6667 (3 × 10.6667 = 32.0001 → 32.00)
    const returned = await post(`/api/sales-orders/${order.id}/returns`, {
      lines: [{ lineId: order.lines[0].id, quantity: '3', condition: 'good' }],
    });
    expect(returned.lines[0]).toMatchObject({ quantity: '3', unitCost: '10.6667', value: '32' });
    expect((await valuationOf(product.id)).total).toBe('92');

    // Next sale of 6: layer 2's 5 @ 12 = 60.00, then 1 of the return's layer @ 10.6667 = 10.67
    const next = await confirmedOrder([{ productId: product.id, quantity: '6' }]);
    const third = await deliver(next.id);
    expect(third.lines[0]).toMatchObject({ quantity: '6', value: '70.67' });
    // 2 left of the return's layer: 32.00 − 10.67 = 21.33
    expect(await valuationOf(product.id)).toMatchObject({ total: '21.33', rows: [{ quantity: '2', value: '21.33' }] });
  });

  it('scraps at the cost of the oldest layer and lowers the value by it', async () => {
    const product = await createProduct(t.api, owner, { costingMethod: 'fifo' });
    await receive([{ productId: product.id, quantity: '2', unitCost: '5' }]);
    await receive([{ productId: product.id, quantity: '2', unitCost: '8' }]);
    const scrap = await post('/api/inventory/scraps', {
      reason: 'damaged',
      lines: [{ productId: product.id, quantity: '3' }],
    });
    expect(scrap).toMatchObject({ type: 'scrap', state: 'done', toLocation: 'VIRTUAL/INVENTORY-LOSS', value: '18' });
    expect(await valuationOf(product.id)).toMatchObject({ total: '8', rows: [{ quantity: '1', value: '8' }] });
  });
});

describe('valuation report', () => {
  it('splits value over warehouses and shows goods in transit; at a past date it is rebuilt from the moves', async () => {
    const product = await createProduct(t.api, owner, { costingMethod: 'average' });
    const receipt = await receive([{ productId: product.id, quantity: '10', unitCost: '4' }]);
    const east = await post('/api/warehouses', { code: `E${Date.now() % 100000}`, name: 'East depot' });
    const transfer = await post('/api/inventory/transfers', {
      fromLocationId: await locationId('WH/STOCK'),
      toLocationId: await locationId(`${east.code}/STOCK`),
      lines: [{ productId: product.id, quantity: '4' }],
    });
    expect(transfer).toMatchObject({ state: 'in_transit', toLocation: `${east.code}/STOCK` });
    const now = await valuationOf(product.id);
    expect(now.total).toBe('40');
    expect(now.rows.map((r) => [r.warehouseCode, r.quantity, r.value])).toEqual(
      expect.arrayContaining([
        ['WH', '6', '24'],
        ['TRANSIT', '4', '16'],
      ]),
    );

    // Move the receipt three days back, as if it had been posted then (the ledger is append-only
    // for the application; this is the test standing in for the passing of time).
    await t.db.orm.execute(
      sql`update stock_moves set posted_at = posted_at - interval '3 days' where source_id = ${receipt.id}`,
    );
    const today = new Date();
    const daysAgo = (n: number) => new Date(today.getTime() - n * 86_400_000).toISOString().slice(0, 10);
    expect(await valuationOf(product.id, daysAgo(4))).toMatchObject({ total: '0', rows: [] });
    expect(await valuationOf(product.id, daysAgo(2))).toMatchObject({
      total: '40',
      rows: [{ warehouseCode: 'WH', quantity: '10', value: '40' }],
    });
    const later = await valuationOf(product.id, daysAgo(-1));
    expect(later.total).toBe(now.total);
    expect(later.rows).toEqual(expect.arrayContaining(now.rows));
  });

  it('counts the moves of documents dated in the past on their dates', async () => {
    const product = await createProduct(t.api, owner, { costingMethod: 'average' });
    const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);
    await receive([{ productId: product.id, quantity: '10', unitCost: '4' }], { receivedOn: daysAgo(5) });
    const order = await confirmedOrder([{ productId: product.id, quantity: '3' }]);
    await deliver(order.id, { deliveryDate: daysAgo(3) });

    expect((await valuationOf(product.id, daysAgo(7))).total).toBe('0');
    expect((await valuationOf(product.id, daysAgo(4))).total).toBe('40');
    expect((await valuationOf(product.id, daysAgo(2))).total).toBe('28');
    const movesOn = async (day: string) =>
      (await get(`/api/inventory/moves?productId=${product.id}&dateFrom=${day}&dateTo=${day}`)).items.map(
        (m: { moveType: string }) => m.moveType,
      );
    expect(await movesOn(daysAgo(5))).toEqual(['receipt']);
    expect(await movesOn(daysAgo(3))).toEqual(['delivery']);
  });

  it('exports as CSV and PDF', async () => {
    const csv = await t.api.get('/api/inventory/valuation/export?format=csv', { token: owner.token });
    expect(csv.status).toBe(200);
    expect(csv.body.split('\n')[0]).toContain('SKU');
    const pdf = await t.api.get('/api/inventory/valuation/export?format=pdf', { token: owner.token });
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(String(pdf.body).startsWith('%PDF')).toBe(true);
  });
});

describe('transfers', () => {
  it('within a warehouse are done at once; a refused transfer changes nothing', async () => {
    const product = await createProduct(t.api, owner, { stock: '10' });
    const shelf = await post('/api/locations', {
      warehouseId: mainWarehouse.id,
      code: `WH/A-${Date.now() % 100000}`,
      name: 'Aisle A',
      kind: 'storage',
    });
    await post('/api/inventory/transfers', {
      fromLocationId: await locationId('WH/STOCK'),
      toLocationId: shelf.id,
      lines: [{ productId: product.id, quantity: '4' }],
    });
    expect(await stockByLocation(product.id)).toEqual({ 'WH/STOCK': '6/0', [shelf.code]: '4/0' });

    const order = await confirmedOrder([{ productId: product.id, quantity: '5' }]);
    expect(order.state).toBe('confirmed');
    // WH/STOCK holds 6 with 5 reserved: only 1 may leave
    const refused = await t.api.post(
      '/api/inventory/transfers',
      {
        fromLocationId: await locationId('WH/STOCK'),
        toLocationId: shelf.id,
        lines: [{ productId: product.id, quantity: '2' }],
      },
      { token: owner.token },
    );
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('insufficient_stock');
    expect(await stockByLocation(product.id)).toEqual({ 'WH/STOCK': '6/5', [shelf.code]: '4/0' });
  });

  it('between warehouses go through transit and may be received in parts', async () => {
    const product = await createProduct(t.api, owner, { stock: '10' });
    const west = await post('/api/warehouses', { code: `W${Date.now() % 100000}`, name: 'West depot' });
    const transfer = await post('/api/inventory/transfers', {
      fromLocationId: await locationId('WH/STOCK'),
      toLocationId: await locationId(`${west.code}/STOCK`),
      lines: [{ productId: product.id, quantity: '7' }],
    });
    expect(await stockByLocation(product.id)).toEqual({ 'WH/STOCK': '3/0', 'VIRTUAL/TRANSIT': '7/0' });
    expect((await get(`/api/inventory/operations/${transfer.id}`)).allowedActions).toEqual(['receive']);

    const line = transfer.lines[0].id;
    const tooMuch = await t.api.post(
      `/api/inventory/transfers/${transfer.id}/receive`,
      { lines: [{ lineId: line, quantity: '8' }] },
      { token: owner.token },
    );
    expect(tooMuch.status).toBe(400);
    expect(tooMuch.body.error.details.fields[0].path).toBe('lines.0.quantity');

    const part = await post(
      `/api/inventory/transfers/${transfer.id}/receive`,
      { lines: [{ lineId: line, quantity: '5' }] },
      200,
    );
    expect(part).toMatchObject({ state: 'in_transit', lines: [{ quantity: '7', quantityReceived: '5' }] });
    expect(await stockByLocation(product.id)).toEqual({
      'WH/STOCK': '3/0',
      'VIRTUAL/TRANSIT': '2/0',
      [`${west.code}/STOCK`]: '5/0',
    });
    const rest = await post(`/api/inventory/transfers/${transfer.id}/receive`, undefined, 200);
    expect(rest).toMatchObject({ state: 'done', lines: [{ quantityReceived: '7' }], allowedActions: [] });
    const again = await t.api.post(`/api/inventory/transfers/${transfer.id}/receive`, undefined, {
      token: owner.token,
    });
    expect(again.status).toBe(409);
    expect(await stockByLocation(product.id)).toEqual({ 'WH/STOCK': '3/0', [`${west.code}/STOCK`]: '7/0' });
  });

  it('lists operations of one warehouse, in a state, between dates', async () => {
    const product = await createProduct(t.api, owner, { stock: '5' });
    const east = await post('/api/warehouses', { code: `E${Date.now() % 100000}`, name: 'East depot' });
    const eastStock = await locationId(`${east.code}/STOCK`);
    const receipt = await receive([{ productId: product.id, quantity: '4', unitCost: '2' }], {
      locationId: eastStock,
      receivedOn: '2026-01-10',
    });
    const transfer = await post('/api/inventory/transfers', {
      fromLocationId: eastStock,
      toLocationId: await locationId('WH/STOCK'),
      transferDate: '2026-01-12',
      lines: [{ productId: product.id, quantity: '1' }],
    });
    const numbers = async (query: string) =>
      (await get(`/api/inventory/operations?${query}`)).items.map((o: { number: string }) => o.number);

    expect(await numbers(`warehouseId=${east.id}`)).toEqual([transfer.number, receipt.number]);
    expect(await numbers(`warehouseId=${east.id}&state=in_transit`)).toEqual([transfer.number]);
    expect(await numbers(`warehouseId=${east.id}&dateFrom=2026-01-11&dateTo=2026-01-31`)).toEqual([transfer.number]);
    expect(await numbers(`warehouseId=${east.id}&dateTo=2026-01-10`)).toEqual([receipt.number]);
    const bad = await t.api.get('/api/inventory/operations?dateFrom=10-01-2026', { token: owner.token });
    expect(bad.status).toBe(400);
  });
});

describe('lots and serial numbers', () => {
  it('reserves and delivers earliest expiry first, and traces a lot from vendor to customer', async () => {
    const product = await createProduct(t.api, owner, { tracking: 'lot' });
    const missing = await t.api.post(
      '/api/inventory/receipts',
      { lines: [{ productId: product.id, quantity: '5', unitCost: '2' }] },
      { token: owner.token },
    );
    expect(missing.status).toBe(400);
    expect(missing.body.error.details.fields[0].path).toMatch(/^lines\.0/);

    await receive([
      { productId: product.id, quantity: '5', unitCost: '2', lotNumber: 'L-LATE', expiryDate: '2027-06-30' },
      { productId: product.id, quantity: '5', unitCost: '2', lotNumber: 'L-SOON', expiryDate: '2027-01-31' },
    ]);
    const lots = (await get(`/api/inventory/lots?productId=${product.id}`)).items;
    expect(lots.map((l: { number: string }) => l.number)).toEqual(['L-SOON', 'L-LATE']);

    const order = await confirmedOrder([{ productId: product.id, quantity: '6' }]);
    const reserved = (await get(`/api/inventory/lots?productId=${product.id}`)).items;
    expect(reserved.map((l: { number: string; available: string }) => [l.number, l.available])).toEqual([
      ['L-SOON', '0'],
      ['L-LATE', '4'],
    ]);
    const delivery = await deliver(order.id);
    const soon = lots[0].lotId;
    expect(delivery.lines).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ lotId: soon, quantity: '5' }),
        expect.objectContaining({ lotId: lots[1].lotId, quantity: '1' }),
      ]),
    );

    const trace = await get(`/api/inventory/lots/${soon}/trace`);
    expect(trace.lot).toMatchObject({ number: 'L-SOON', expiryDate: '2027-01-31' });
    expect(
      trace.moves.map((m: { moveType: string; partnerName: string | null }) => [m.moveType, m.partnerName]),
    ).toEqual(
      expect.arrayContaining([
        ['receipt', 'PT Pemasok'],
        ['delivery', 'Toko Maju'],
      ]),
    );
    expect(trace.stock).toEqual([]);
  });

  it('keeps a serial number unique per product; ten orders for the last serial, one gets it', async () => {
    const product = await createProduct(t.api, owner, { tracking: 'serial' });
    const mismatch = await t.api.post(
      '/api/inventory/receipts',
      { lines: [{ productId: product.id, quantity: '2', unitCost: '100', serialNumbers: ['SN-1'] }] },
      { token: owner.token },
    );
    expect(mismatch.status).toBe(400);
    await receive([{ productId: product.id, quantity: '2', unitCost: '100', serialNumbers: ['SN-1', 'SN-2'] }]);
    const duplicate = await t.api.post(
      '/api/inventory/receipts',
      { lines: [{ productId: product.id, quantity: '1', unitCost: '100', serialNumbers: ['SN-2'] }] },
      { token: owner.token },
    );
    expect(duplicate.status).toBe(409);
    expect(await stockOf(t.api, owner, product.id)).toMatchObject({ onHand: '2' });

    const first = await confirmedOrder([{ productId: product.id, quantity: '1' }]);
    expect(first.state).toBe('confirmed');
    const orders = await Promise.all(
      Array.from({ length: 10 }, () =>
        createOrder(t.api, owner, customer.id, [{ productId: product.id, quantity: '1' }]),
      ),
    );
    const answers = await Promise.all(
      orders.map((o) => t.api.post(`/api/sales-orders/${o.id}/confirm`, undefined, { token: owner.token })),
    );
    expect(answers.filter((a) => a.status === 200)).toHaveLength(1);
    expect(answers.filter((a) => a.status === 409)).toHaveLength(9);
    expect(await stockOf(t.api, owner, product.id)).toEqual({ onHand: '2', reserved: '2', available: '0' });
  });
});

describe('movement history', () => {
  it('filters by product, type and user, and exports with the same filters', async () => {
    const clerk = await addEmployee(t.api, t.mail, owner, { jobRoles: ['warehouse'] });
    const product = await createProduct(t.api, owner, { stock: '5' });
    await post(
      '/api/inventory/scraps',
      { reason: 'expired', lines: [{ productId: product.id, quantity: '1' }] },
      201,
      clerk,
    );
    const all = (await get(`/api/inventory/moves?productId=${product.id}`)).items;
    expect(all.map((m: { moveType: string }) => m.moveType)).toEqual(['scrap', 'opening']);
    const byClerk = (await get(`/api/inventory/moves?productId=${product.id}&actorId=${clerk.userId}`)).items;
    expect(byClerk).toHaveLength(1);
    expect(byClerk[0]).toMatchObject({ moveType: 'scrap', quantity: '1', fromLocation: 'WH/STOCK' });
    const scraps = (await get(`/api/inventory/moves?productId=${product.id}&moveType=scrap`)).items;
    expect(scraps).toHaveLength(1);

    const csv = await t.api.get(`/api/inventory/moves/export?format=csv&productId=${product.id}`, {
      token: owner.token,
    });
    expect(csv.status).toBe(200);
    expect(csv.body.trim().split('\n')).toHaveLength(3);
  });
});

describe('warehouse structure', () => {
  it('shows a warehouse as a tree: zones, the locations in and outside them, and the stock in each', async () => {
    const depot = await post('/api/warehouses', { code: `T${Date.now() % 100000}`, name: 'Tree depot' });
    const zone = await post('/api/zones', {
      warehouseId: depot.id,
      code: 'COLD',
      name: 'Cold room',
      kind: 'chiller',
      minTemperature: '2',
      maxTemperature: '8',
    });
    const rack = await post('/api/locations', {
      warehouseId: depot.id,
      zoneId: zone.id,
      code: `${depot.code}/C-01`,
      name: 'Rack',
      kind: 'storage',
    });
    const product = await createProduct(t.api, owner);
    await receive([{ productId: product.id, quantity: '6', unitCost: '1' }], { locationId: rack.id });

    const tree = await get(`/api/warehouses/${depot.id}/tree`);
    expect(tree.warehouse).toMatchObject({ code: depot.code, name: 'Tree depot' });
    expect(tree.zones).toEqual([
      expect.objectContaining({ code: 'COLD', kind: 'chiller', minTemperature: '2.0', maxTemperature: '8.0' }),
    ]);
    const byCode = Object.fromEntries(
      tree.locations.map((l: { code: string; zoneId: string | null; onHand: string; products: number }) => [
        l.code,
        [l.zoneId, l.onHand, l.products],
      ]),
    );
    expect(byCode).toEqual({
      [`${depot.code}/C-01`]: [zone.id, '6', 1],
      [`${depot.code}/QUARANTINE`]: [null, '0', 0],
      [`${depot.code}/RECEIVING`]: [null, '0', 0],
      [`${depot.code}/STOCK`]: [null, '0', 0],
    });
    const other = await onboardCompany(t.api, t.mail);
    expect((await t.api.get(`/api/warehouses/${depot.id}/tree`, { token: other.token })).status).toBe(404);
  });
});

describe('tenant isolation', () => {
  it('another company sees none of this company’s stock documents, lots or locations', async () => {
    const other = await onboardCompany(t.api, t.mail);
    const product = await createProduct(t.api, owner, { tracking: 'lot' });
    const receipt = await receive([
      { productId: product.id, quantity: '1', unitCost: '1', lotNumber: 'ISO-1', expiryDate: '2030-01-01' },
    ]);
    const lotId = receipt.lines[0].lotId;
    for (const url of [`/api/inventory/operations/${receipt.id}`, `/api/inventory/lots/${lotId}/trace`]) {
      expect((await t.api.get(url, { token: other.token })).status).toBe(404);
    }
    expect((await get('/api/inventory/moves', other)).items).toEqual([]);
    const theirs = await t.api.post(
      '/api/inventory/transfers',
      {
        fromLocationId: await locationId('WH/STOCK'),
        toLocationId: await locationId('WH/QUARANTINE'),
        lines: [{ productId: product.id, quantity: '1', lotId }],
      },
      { token: other.token },
    );
    expect(theirs.status).toBe(400);
    expect(await stockOf(t.api, owner, product.id)).toMatchObject({ onHand: '1' });
  });
});

describe('reorder alerts', () => {
  async function inbox(as: { token: string }, topic = 'inventory.low_stock') {
    const { items } = await get('/api/notifications?limit=200', as);
    return items.filter((n: { topic: string }) => n.topic === topic) as Array<{
      id: string;
      title: string;
      body: string;
    }>;
  }
  async function waitForInbox(as: { token: string }, count: number, sku: string) {
    const deadline = Date.now() + 10_000;
    for (;;) {
      const mine = (await inbox(as)).filter((n) => n.title.includes(sku));
      if (mine.length >= count || Date.now() > deadline) return mine;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  it('a product falling under its reorder point is listed and notifies reordering staff once per fall', async () => {
    const buyer = await addEmployee(t.api, t.mail, owner, { jobRoles: ['purchasing'] });
    const seller = await addEmployee(t.api, t.mail, owner, { jobRoles: ['sales'] });
    const product = await createProduct(t.api, owner, { stock: '10', reorderPoint: '5', reorderQuantity: '20' });

    await confirmedOrder([{ productId: product.id, quantity: '6' }]);
    const [alert] = await waitForInbox(buyer, 1, product.sku);
    expect(alert?.body).toBe('4 pcs available, under the reorder point of 5; reorder 20.');
    expect(await waitForInbox(owner, 1, product.sku)).toHaveLength(1);
    const low = (await get('/api/inventory/low-stock')).items;
    expect(low).toEqual(
      expect.arrayContaining([expect.objectContaining({ productId: product.id, available: '4', reorderPoint: '5' })]),
    );

    // Still under: no second alert. Recovered, then under again: a new one.
    await confirmedOrder([{ productId: product.id, quantity: '1' }]);
    await receive([{ productId: product.id, quantity: '20', unitCost: '6' }]);
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(await inbox(buyer)).toHaveLength(1);
    expect((await get('/api/inventory/low-stock')).items.map((i: { productId: string }) => i.productId)).not.toContain(
      product.id,
    );
    await post('/api/inventory/scraps', { reason: 'damaged', lines: [{ productId: product.id, quantity: '20' }] });
    expect(await waitForInbox(buyer, 2, product.sku)).toHaveLength(2);
    expect(await inbox(seller)).toEqual([]);

    const unread = await get('/api/notifications?unread=true', buyer);
    expect(unread.unread).toBe(2);
    const read = await post(`/api/notifications/${alert!.id}/read`, undefined, 200, buyer);
    expect(read.readAt).not.toBeNull();
    expect((await get('/api/notifications', buyer)).unread).toBe(1);
    expect((await post('/api/notifications/read-all', undefined, 200, buyer)).marked).toBe(1);
    expect((await t.api.post(`/api/notifications/${alert!.id}/read`, undefined, { token: seller.token })).status).toBe(
      404,
    );

    const csv = await t.api.get('/api/inventory/low-stock/export?format=csv', { token: owner.token });
    expect(csv.body).toContain(product.sku);
  });

  it('pushes new notifications to an open event stream', async () => {
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const address = t.app.server.address() as { port: number };
    const controller = new AbortController();
    const response = await fetch(`http://127.0.0.1:${address.port}/api/notifications/stream`, {
      headers: { authorization: `Bearer ${owner.token}` },
      signal: controller.signal,
    });
    expect(response.headers.get('content-type')).toBe('text/event-stream');
    const reader = response.body!.getReader();
    const product = await createProduct(t.api, owner, { stock: '3', reorderPoint: '5' });
    await confirmedOrder([{ productId: product.id, quantity: '1' }]);
    let received = '';
    const decoder = new TextDecoder();
    while (!received.includes('event: notification')) {
      const { value, done } = await reader.read();
      if (done) break;
      received += decoder.decode(value);
    }
    controller.abort();
    const id = /data: \{"id":"([^"]+)"\}/.exec(received)?.[1];
    const pushed = await get(`/api/notifications/${id}`);
    expect(pushed.title).toContain(product.sku);
  });
});
