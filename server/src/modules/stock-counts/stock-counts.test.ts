import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCustomer, createOrder, createProduct, stockOf } from '../../test/fixtures.ts';
import { expectingApi } from '../../test/http.ts';
import { addEmployee, type OnboardedCompany, onboardCompany, type Session } from '../../test/onboarding.ts';
import { pdfText } from '../../test/pdf-text.ts';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { inventoryLedgerViolations, stockInvariantViolations } from '../inventory/index.ts';

let t: TestApp;
let owner: OnboardedCompany;
let clerk: Session;
let manager: Session;
let helper: Session;
let customer: { id: string };
let warehouseId: string;
const today = new Date().toISOString().slice(0, 10);

beforeAll(async () => {
  t = await createTestApp();
  owner = await onboardCompany(t.api, t.mail, { currency: 'USD' });
  clerk = await addEmployee(t.api, t.mail, owner, { jobRoles: ['warehouse'] });
  manager = await addEmployee(t.api, t.mail, owner, { jobRoles: ['manager'] });
  helper = await addEmployee(t.api, t.mail, owner, { jobRoles: ['production'] });
  customer = await createCustomer(t.api, owner, { name: 'Toko Maju' });
  warehouseId = (await call('GET', '/api/warehouses')).items[0].id;
});
afterAll(async () => {
  expect(await stockInvariantViolations(t.db.orm)).toEqual([]);
  expect(await inventoryLedgerViolations(t.db.orm)).toEqual([]);
  await t.close();
});

/** Creating a count answers 201; every other request here, 200. */
const { call, post } = expectingApi(
  () => t.api,
  () => owner,
  (method, url) => (method === 'POST' && url === '/api/stock-counts' ? 201 : 200),
);

/** A category of its own, so each test counts only the products it made. */
async function category() {
  return call('POST', '/api/product-categories', { name: `Count ${Math.random().toString(36).slice(2)}` }, 201);
}
const product = (categoryId: string, fields: Record<string, unknown>) =>
  createProduct(t.api, owner, { categoryId, ...fields });
const schedule = (fields: Record<string, unknown>, as: { token: string } = owner) =>
  post('/api/stock-counts', { warehouseId, plannedDate: today, ...fields }, 201, as);
const save = (id: string, lines: unknown[], status = 200, as: { token: string } = owner) =>
  post(`/api/stock-counts/${id}/counts`, { lines }, status, as);
const lineOf = (count: { lines: Array<{ sku: string; [key: string]: any }> }, sku: string) =>
  count.lines.find((l) => l.sku === sku)!;
const movesOf = async (sourceId: string) => (await call('GET', `/api/inventory/moves?sourceId=${sourceId}`)).items;

/** A counting count of a fresh category with one product of `stock` units at `cost`. */
async function countingOne(stock: string, cost = '5', extra: Record<string, unknown> = {}) {
  const cat = await category();
  const item = await product(cat.id, { standardCost: cost, stock });
  const count = await schedule({ categoryIds: [cat.id], ...extra });
  await post(`/api/stock-counts/${count.id}/start`);
  return { cat, item, count };
}

describe('count to adjust', () => {
  it('counts against a snapshot, keeps a sale made while counting, and posts the variances once, after approval', async () => {
    // Schedule: a monthly count of one category of the main warehouse, by the warehouse team
    const cat = await category();
    const bolts = await product(cat.id, { sku: `BOLT-${cat.id.slice(0, 6)}`, standardCost: '50', stock: '20' });
    const nuts = await product(cat.id, { standardCost: '2', stock: '5' });
    const washers = await product(cat.id, { standardCost: '50', barcode: `899${Date.now()}` });
    const scheduled = await schedule(
      { categoryIds: [cat.id], frequency: 'monthly', teamUserIds: [clerk.userId] },
      clerk,
    );
    expect(scheduled).toMatchObject({
      number: expect.stringMatching(/^SC-\d{4}-\d{5}$/),
      state: 'scheduled',
      allowedActions: ['start', 'cancel'],
      team: [{ userId: clerk.userId, name: 'Eddie Employee' }],
      lines: [],
    });
    const id = scheduled.id;

    // Start: the snapshot holds what the system has, at today's unit cost
    const started = await post(`/api/stock-counts/${id}/start`, undefined, 200, clerk);
    expect(started.state).toBe('counting');
    expect(started.lines).toHaveLength(2);
    expect(lineOf(started, bolts.sku)).toMatchObject({
      locationCode: 'WH/STOCK',
      systemQuantity: '20',
      unitCost: '50',
      countedQuantity: null,
    });
    expect(lineOf(started, nuts.sku)).toMatchObject({ systemQuantity: '5', unitCost: '2' });
    expect(started.history.map((h: { action: string; byName: string }) => [h.action, h.byName])).toEqual([
      ['start', 'Eddie Employee'],
    ]);

    // Count: 18 bolts on the shelf (2 missing), nuts by SKU, washers nobody knew about by barcode
    const progress = await save(id, [{ lineId: lineOf(started, bolts.sku).id, countedQuantity: '18' }], 200, clerk);
    expect(lineOf(progress, bolts.sku)).toMatchObject({
      countedQuantity: '18',
      variance: '-2',
      variancePercent: '-10',
    });
    expect(lineOf(progress, nuts.sku).countedQuantity).toBeNull();
    const scanned = await save(
      id,
      [
        { code: nuts.sku.toLowerCase(), countedQuantity: '5' },
        { code: washers.barcode, countedQuantity: '25' },
      ],
      200,
      clerk,
    );
    expect(scanned.touchedLineIds).toEqual([lineOf(scanned, nuts.sku).id, lineOf(scanned, washers.sku).id]);
    expect(lineOf(scanned, washers.sku)).toMatchObject({
      lineNo: 3,
      addedWhileCounting: true,
      locationCode: 'WH/STOCK',
      systemQuantity: '0',
      unitCost: '50',
      variance: '25',
      variancePercent: null,
      varianceValue: '1250',
    });

    // A sale while counting: 4 bolts leave after the snapshot
    const order = await createOrder(t.api, owner, customer.id, [{ productId: bolts.id, quantity: '4' }]);
    await post(`/api/sales-orders/${order.id}/confirm`);
    await post(`/api/sales-orders/${order.id}/deliveries`, undefined, 201);
    expect((await stockOf(t.api, owner, bolts.id)).onHand).toBe('16');

    // Matching: a variance needs a reason before counting can finish
    const refused = await post(`/api/stock-counts/${id}/finish`, undefined, 400, clerk);
    expect(refused.error.details.fields).toEqual([
      { path: 'lines.0.reason', message: expect.stringContaining(bolts.sku) },
      { path: 'lines.2.reason', message: expect.stringContaining(washers.sku) },
    ]);
    await save(
      id,
      [
        { lineId: lineOf(started, bolts.sku).id, reason: 'theft' },
        { productId: washers.id, reason: 'receiving_error', note: 'delivery of last week not booked' },
      ],
      200,
      clerk,
    );
    const counted = await post(`/api/stock-counts/${id}/finish`, undefined, 200, clerk);
    expect(counted.state).toBe('counted');
    expect(counted.totals).toEqual({
      lines: 3,
      countedLines: 3,
      linesWithVariance: 2,
      linesMissingReason: 0,
      systemValue: '1010',
      netVarianceValue: '1150',
      absoluteVarianceValue: '1350',
      needsManagerApproval: true,
    });

    // Approval cannot be skipped
    const early = await post(`/api/stock-counts/${id}/post`, undefined, 409, clerk);
    expect(early.error).toMatchObject({
      code: 'invalid_transition',
      details: { current: 'counted', attempted: 'post' },
    });
    await post(`/api/stock-counts/${id}/approve`, undefined, 409, manager);

    // Review, then approval: above the threshold a warehouse clerk may not approve, a manager may
    const reviewed = await post(`/api/stock-counts/${id}/review`, undefined, 200, clerk);
    expect(reviewed).toMatchObject({ state: 'reviewed', allowedActions: ['approve', 'reject', 'cancel'] });
    const notClerk = await post(`/api/stock-counts/${id}/approve`, undefined, 403, clerk);
    expect(notClerk.error).toMatchObject({
      code: 'approval_needs_manager',
      details: { varianceValue: '1350', threshold: '1000', currency: 'USD' },
    });
    await post(`/api/stock-counts/${id}/post`, undefined, 409, clerk);
    expect(await stockOf(t.api, owner, bolts.id)).toMatchObject({ onHand: '16' });
    expect(await stockOf(t.api, owner, washers.id)).toMatchObject({ onHand: '0' });
    const approved = await post(`/api/stock-counts/${id}/approve`, undefined, 200, manager);
    expect(approved.state).toBe('approved');
    expect(approved.history.at(-1)).toMatchObject({ action: 'approve', by: manager.userId });

    // Post: each variance relative to the snapshot, so the sale is kept
    const posted = await post(`/api/stock-counts/${id}/post`, undefined, 200, clerk);
    expect(posted).toMatchObject({ state: 'posted', allowedActions: [], adjustmentId: expect.any(String) });
    expect(await stockOf(t.api, owner, bolts.id)).toMatchObject({ onHand: '14' }); // 18 counted − 4 sold
    expect(await stockOf(t.api, owner, nuts.id)).toMatchObject({ onHand: '5' });
    expect(await stockOf(t.api, owner, washers.id)).toMatchObject({ onHand: '25' });
    const moves = await movesOf(posted.adjustmentId);
    expect(
      moves
        .map((m: Record<string, string>) => [m.sku, m.quantity, m.fromLocation, m.toLocation, m.moveType, m.reason])
        .sort(),
    ).toEqual(
      [
        [bolts.sku, '2', 'WH/STOCK', 'VIRTUAL/INVENTORY-LOSS', 'count', 'theft'],
        [washers.sku, '25', 'VIRTUAL/INVENTORY-LOSS', 'WH/STOCK', 'count', 'receiving_error'],
      ].sort(),
    );
    expect(moves.find((m: { sku: string }) => m.sku === washers.sku)).toMatchObject({ unitCost: '50', value: '1250' });
    const adjustment = await call('GET', `/api/inventory/adjustments/${posted.adjustmentId}`);
    expect(adjustment.reason).toBe('stock_count');

    // Posting twice changes nothing
    const twice = await post(`/api/stock-counts/${id}/post`, undefined, 409, clerk);
    expect(twice.error.details).toMatchObject({ current: 'posted', allowed: [] });
    expect(await movesOf(posted.adjustmentId)).toHaveLength(2);
    expect(await stockOf(t.api, owner, bolts.id)).toMatchObject({ onHand: '14' });
    await post(`/api/stock-counts/${id}/cancel`, undefined, 409);

    // A monthly count schedules the next one a month on
    const next = await call('GET', `/api/stock-counts/${posted.nextCountId}`);
    const month = new Date(`${today}T00:00:00Z`);
    month.setUTCMonth(month.getUTCMonth() + 1);
    expect(next).toMatchObject({
      state: 'scheduled',
      plannedDate: month.toISOString().slice(0, 10),
      categoryIds: [cat.id],
      frequency: 'monthly',
    });

    // The trail names each step
    const audit = await call('GET', `/api/audit?entity=stock_count&id=${id}`);
    expect(audit.items.map((a: { action: string }) => a.action)).toEqual(
      expect.arrayContaining([
        'stock_count.scheduled',
        'stock_count.started',
        'stock_count.approved',
        'stock_count.posted',
      ]),
    );
  });

  it('refuses a posting that would take stock delivered while counting, and changes nothing', async () => {
    const { item, count } = await countingOne('10');
    await save(count.id, [{ productId: item.id, countedQuantity: '2', reason: 'damage' }]);
    const order = await createOrder(t.api, owner, customer.id, [{ productId: item.id, quantity: '5' }]);
    await post(`/api/sales-orders/${order.id}/confirm`);
    await post(`/api/sales-orders/${order.id}/deliveries`, undefined, 201);
    for (const step of ['finish', 'review', 'approve']) await post(`/api/stock-counts/${count.id}/${step}`);

    const refused = await post(`/api/stock-counts/${count.id}/post`, undefined, 409);
    expect(refused.error).toMatchObject({
      code: 'count_exceeds_stock',
      details: { lines: [{ lineNo: 1, sku: item.sku, available: '5', change: '-8' }] },
    });
    expect((await call('GET', `/api/stock-counts/${count.id}`)).state).toBe('approved');
    expect(await stockOf(t.api, owner, item.id)).toMatchObject({ onHand: '5' });
    expect((await call('GET', `/api/inventory/moves?productId=${item.id}`)).items).toHaveLength(2);
  });

  it('posts once when two people press post at the same moment', async () => {
    const { item, count } = await countingOne('10');
    await save(count.id, [{ productId: item.id, countedQuantity: '7', reason: 'shrinkage' }]);
    for (const step of ['finish', 'review', 'approve']) await post(`/api/stock-counts/${count.id}/${step}`);
    const results = await Promise.all(
      [owner, clerk].map((as) => t.api.post(`/api/stock-counts/${count.id}/post`, undefined, { token: as.token })),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(await stockOf(t.api, owner, item.id)).toMatchObject({ onHand: '7' });
    expect((await call('GET', `/api/inventory/moves?productId=${item.id}`)).items).toHaveLength(2);
  });

  it('posts a count without variances without an adjustment', async () => {
    const { item, count } = await countingOne('3');
    await save(count.id, [{ productId: item.id, countedQuantity: '3' }]);
    for (const step of ['finish', 'review', 'approve'])
      await post(`/api/stock-counts/${count.id}/${step}`, undefined, 200, clerk);
    const posted = await post(`/api/stock-counts/${count.id}/post`);
    expect(posted).toMatchObject({ state: 'posted', adjustmentId: null, nextCountId: null });
    expect(await stockOf(t.api, owner, item.id)).toMatchObject({ onHand: '3' });
  });
});

describe('counting', () => {
  it('wants every line counted, no recount pending and a reason for each variance, naming the lines', async () => {
    const cat = await category();
    const a = await product(cat.id, { stock: '4' });
    const b = await product(cat.id, { stock: '6' });
    const count = await schedule({ categoryIds: [cat.id] });
    const started = await post(`/api/stock-counts/${count.id}/start`);
    const [first, second] = started.lines;
    const missing = await post(`/api/stock-counts/${count.id}/finish`, undefined, 400);
    expect(missing.error.details.fields.map((f: { path: string }) => f.path)).toEqual([
      'lines.0.countedQuantity',
      'lines.1.countedQuantity',
    ]);
    await save(count.id, [
      { lineId: first.id, countedQuantity: first.sku === a.sku ? '4' : '6', recount: true },
      { lineId: second.id, countedQuantity: '1' },
    ]);
    const flagged = await post(`/api/stock-counts/${count.id}/finish`, undefined, 400);
    expect(flagged.error.details.fields.map((f: { path: string }) => f.path)).toEqual([
      'lines.0.recount',
      'lines.1.reason',
    ]);
    expect(b.sku).toBeTruthy();

    // Bad entries answer with the path of the entry, and save nothing
    const bad = await save(
      count.id,
      [
        { lineId: first.id, recount: false },
        { code: 'NO-SUCH-CODE', countedQuantity: '1' },
      ],
      400,
    );
    expect(bad.error.details.fields).toEqual([
      { path: 'lines.1.code', message: expect.stringContaining('NO-SUCH-CODE') },
    ]);
    expect((await call('GET', `/api/stock-counts/${count.id}`)).lines[0].recount).toBe(true);
    const fraction = await save(count.id, [{ lineId: first.id, countedQuantity: '1.5' }], 400);
    expect(fraction.error.details.fields[0].path).toBe('lines.0.countedQuantity');
    const service = await createProduct(t.api, owner, { categoryId: cat.id, type: 'service' });
    const noStock = await save(count.id, [{ productId: service.id, countedQuantity: '1' }], 400);
    expect(noStock.error.details.fields[0].path).toBe('lines.0.productId');
    const outside = await createProduct(t.api, owner, {});
    const notInScope = await save(count.id, [{ productId: outside.id, countedQuantity: '1' }], 400);
    expect(notInScope.error.message).toMatch(/not in the count’s product categories/);

    await save(count.id, [
      { lineId: first.id, recount: false },
      { lineId: second.id, reason: 'input_error' },
    ]);
    expect((await post(`/api/stock-counts/${count.id}/finish`)).state).toBe('counted');
    const late = await save(count.id, [{ lineId: first.id, countedQuantity: '2' }], 409);
    expect(late.error.details).toMatchObject({ current: 'counted', attempted: 'record' });
  });

  it('sends a rejected count back to counting with its reason and the lines to recount', async () => {
    const { count } = await countingOne('8');
    const started = await call('GET', `/api/stock-counts/${count.id}`);
    await save(count.id, [{ lineId: started.lines[0].id, countedQuantity: '6', reason: 'unknown' }]);
    await post(`/api/stock-counts/${count.id}/finish`);
    await post(`/api/stock-counts/${count.id}/review`);
    await post(`/api/stock-counts/${count.id}/reject`, { reason: '' }, 400);
    const rejected = await post(`/api/stock-counts/${count.id}/reject`, {
      reason: 'Shelf B was not counted',
      recountLineIds: [started.lines[0].id],
    });
    expect(rejected).toMatchObject({
      state: 'counting',
      rejectReason: 'Shelf B was not counted',
      lines: [{ recount: true, countedQuantity: '6' }],
    });
    expect(rejected.history.map((h: { action: string }) => h.action)).toEqual(['start', 'reject']);
    await post(`/api/stock-counts/${count.id}/finish`, undefined, 400);
    await save(count.id, [{ lineId: started.lines[0].id, countedQuantity: '8', recount: false, reason: null }]);
    expect((await post(`/api/stock-counts/${count.id}/finish`)).state).toBe('counted');
  });

  it('cancels a count before posting, and then allows nothing more', async () => {
    const scheduled = await schedule({});
    expect((await post(`/api/stock-counts/${scheduled.id}/cancel`, { reason: 'Moved to next week' })).state).toBe(
      'cancelled',
    );
    const { count } = await countingOne('2');
    const cancelled = await post(`/api/stock-counts/${count.id}/cancel`);
    expect(cancelled).toMatchObject({ state: 'cancelled', allowedActions: [] });
    await post(`/api/stock-counts/${count.id}/start`, undefined, 409);
    await post(`/api/stock-counts/${count.id}/finish`, undefined, 409);
    await post(`/api/stock-counts/${count.id}/cancel`, undefined, 409);
    const refused = await post(`/api/stock-counts/${count.id}/post`, undefined, 409);
    expect(refused.error.message).toBe('Only approved counts can be posted; this count is cancelled');
  });

  it('hides system quantities and variances of a blind count from counters while they count', async () => {
    const { item, count } = await countingOne('9', '5', { blind: true });
    const seenByHelper = await call('GET', `/api/stock-counts/${count.id}`, undefined, 200, helper);
    expect(seenByHelper.systemQuantitiesHidden).toBe(true);
    expect(seenByHelper.lines[0]).toMatchObject({
      sku: item.sku,
      systemQuantity: null,
      unitCost: null,
      variance: null,
      varianceValue: null,
    });
    expect(seenByHelper.totals.absoluteVarianceValue).toBeNull();
    const saved = await save(count.id, [{ productId: item.id, countedQuantity: '7' }], 200, helper);
    expect(saved.lines[0]).toMatchObject({ countedQuantity: '7', systemQuantity: null, variance: null });
    const report = await t.api.get(`/api/stock-counts/${count.id}/variance-report?format=csv`, { token: helper.token });
    expect(report.status).toBe(403);
    expect(report.body.error.code).toBe('blind_count');
    const sheet = await t.api.get(`/api/stock-counts/${count.id}/sheet`, { token: helper.token });
    expect(sheet.status).toBe(200);

    const seenByReviewer = await call('GET', `/api/stock-counts/${count.id}`, undefined, 200, clerk);
    expect(seenByReviewer.lines[0]).toMatchObject({ systemQuantity: '9', variance: '-2', varianceValue: '-10' });
    await post(`/api/stock-counts/${count.id}/review`, undefined, 403, helper);
    await post(`/api/stock-counts/${count.id}/start`, undefined, 403, helper);

    await save(count.id, [{ productId: item.id, reason: 'shrinkage' }], 200, helper);
    await post(`/api/stock-counts/${count.id}/finish`, undefined, 200, helper);
    const afterwards = await call('GET', `/api/stock-counts/${count.id}`, undefined, 200, helper);
    expect(afterwards.lines[0]).toMatchObject({ systemQuantity: '9', variance: '-2' });
  });

  it('lets only its team, and those who manage counts, count a count with a team', async () => {
    const { item, count } = await countingOne('4', '5', { teamUserIds: [clerk.userId] });
    const refused = await save(count.id, [{ productId: item.id, countedQuantity: '3' }], 403, helper);
    expect(refused.error).toMatchObject({
      code: 'not_on_count_team',
      details: { permission: 'inventory.count.manage' },
    });
    expect(refused.error.message).toContain(count.number);
    await post(`/api/stock-counts/${count.id}/finish`, undefined, 403, helper);
    const unchanged = await call('GET', `/api/stock-counts/${count.id}`);
    expect(unchanged.lines[0]).toMatchObject({ countedQuantity: null, countedAt: null });
    expect(unchanged.state).toBe('counting');

    const byTeam = await save(count.id, [{ productId: item.id, countedQuantity: '3', reason: 'damage' }], 200, clerk);
    expect(byTeam.lines[0]).toMatchObject({ countedQuantity: '3', variance: '-1' });
    const byOwner = await save(count.id, [{ productId: item.id, countedQuantity: '4' }]);
    expect(byOwner.lines[0]).toMatchObject({ countedQuantity: '4', variance: '0' });
    expect((await post(`/api/stock-counts/${count.id}/finish`, undefined, 200, clerk)).state).toBe('counted');
  });
});

describe('approval threshold', () => {
  it('is a company setting, changed only by those who approve above it', async () => {
    expect(await call('GET', '/api/stock-counts/settings', undefined, 200, clerk)).toEqual({
      approvalThreshold: '1000',
    });
    await call('PUT', '/api/stock-counts/settings', { approvalThreshold: '10' }, 403, clerk);
    await call('PUT', '/api/stock-counts/settings', { approvalThreshold: 10 }, 400);
    expect(await call('PUT', '/api/stock-counts/settings', { approvalThreshold: '10.50' }, 200, manager)).toEqual({
      approvalThreshold: '10.5',
    });
    try {
      // 3 short at 5.00 = 15.00, above 10.50: the clerk may not approve; at 2 short (10.00) they may
      const { item, count } = await countingOne('10');
      await save(count.id, [{ productId: item.id, countedQuantity: '7', reason: 'theft' }]);
      await post(`/api/stock-counts/${count.id}/finish`);
      await post(`/api/stock-counts/${count.id}/review`, undefined, 200, clerk);
      await post(`/api/stock-counts/${count.id}/approve`, undefined, 403, clerk);
      await post(`/api/stock-counts/${count.id}/reject`, { reason: 'Count again' }, 200, clerk);
      await save(count.id, [{ productId: item.id, countedQuantity: '8' }]);
      await post(`/api/stock-counts/${count.id}/finish`);
      await post(`/api/stock-counts/${count.id}/review`, undefined, 200, clerk);
      expect((await post(`/api/stock-counts/${count.id}/approve`, undefined, 200, clerk)).state).toBe('approved');
    } finally {
      await call('PUT', '/api/stock-counts/settings', { approvalThreshold: '1000' });
    }
  });
});

describe('scope', () => {
  it('counts only the locations and zones named, and adds what is found at another covered location', async () => {
    const zone = await post(
      '/api/zones',
      {
        warehouseId,
        code: `Z${Date.now() % 100000}`,
        name: 'Cold',
        kind: 'chiller',
        minTemperature: '2',
        maxTemperature: '8',
        capacity: null,
        capacityUnit: null,
      },
      201,
    );
    const shelf = await post(
      '/api/locations',
      { warehouseId, zoneId: zone.id, code: `WH/COLD-${Date.now() % 100000}`, name: 'Cold shelf', kind: 'storage' },
      201,
    );
    const cat = await category();
    const milk = await product(cat.id, { stock: '3' });
    await post(
      '/api/inventory/receipts',
      { locationId: shelf.id, lines: [{ productId: milk.id, quantity: '12', unitCost: '1.25' }] },
      201,
    );
    const count = await schedule({ zoneIds: [zone.id] });
    const started = await post(`/api/stock-counts/${count.id}/start`);
    expect(
      started.lines.map((l: { sku: string; locationCode: string; systemQuantity: string }) => [
        l.sku,
        l.locationCode,
        l.systemQuantity,
      ]),
    ).toEqual([[milk.sku, shelf.code, '12']]);
    const badLocation = await save(
      count.id,
      [
        {
          productId: milk.id,
          locationId: (await call('GET', '/api/locations')).items.find((l: { code: string }) => l.code === 'WH/STOCK')
            .id,
          countedQuantity: '1',
        },
      ],
      400,
    );
    expect(badLocation.error.details.fields[0].path).toBe('lines.0.locationId');
    await post(`/api/stock-counts/${count.id}/cancel`);

    const unknownZone = await post('/api/stock-counts', { warehouseId, plannedDate: today, zoneIds: [shelf.id] }, 400);
    expect(unknownZone.error.details.fields[0].path).toBe('zoneIds.0');
    const unknownMember = await post(
      '/api/stock-counts',
      { warehouseId, plannedDate: today, teamUserIds: [crypto.randomUUID()] },
      400,
    );
    expect(unknownMember.error.details.fields[0].path).toBe('teamUserIds.0');
    await post('/api/stock-counts', { warehouseId, plannedDate: today, frequency: 'hourly' }, 400);
  });
});

describe('outputs', () => {
  let countId: string;
  let sku: string;

  beforeAll(async () => {
    const { item, count } = await countingOne('10', '5');
    await save(count.id, [{ productId: item.id, countedQuantity: '12', reason: 'return_not_recorded' }]);
    await post(`/api/stock-counts/${count.id}/finish`);
    countId = count.id;
    sku = item.sku;
  });

  it('prints the count sheet and exports the variance report as CSV, XLSX and PDF', async () => {
    const sheet = await t.app.inject({
      url: `/api/stock-counts/${countId}/sheet`,
      headers: { authorization: `Bearer ${owner.token}` },
    });
    expect(sheet.statusCode).toBe(200);
    expect(sheet.headers['content-type']).toBe('application/pdf');
    // The company's name, and the print time on its clocks (Asia/Jakarta), in its language (id-ID by default).
    const sheetText = pdfText(sheet.rawPayload);
    expect(sheetText).toContain(owner.companyName);
    expect(sheetText).toMatch(/Dicetak \d{1,2} \p{L}+ \d{4} pukul \d{2}\.\d{2} WIB/u);
    expect(sheetText).toContain('Lembar stock opname');
    expect(sheetText).toContain('Status: Selesai dihitung');
    expect(sheetText).toContain('Lokasi SKU Produk Lot Satuan Sistem Hasil hitung Catatan');
    expect(sheetText).toContain('Halaman 1 dari 1');
    expect(sheetText).not.toContain('counted');

    const csv = await t.api.get(`/api/stock-counts/${countId}/variance-report?format=csv`, { token: owner.token });
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    const rows = String(csv.body)
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n');
    expect(rows).toEqual([
      'Baris,Lokasi,SKU,Produk,Lot,Sistem,Terhitung,Selisih,Selisih %,Biaya satuan,Nilai (USD),Alasan',
      expect.stringMatching(new RegExp(`^1,WH/STOCK,${sku},Product \\w+,,10,12,2,20,5,10,return_not_recorded$`)),
    ]);

    const xlsx = await t.app.inject({
      method: 'GET',
      url: `/api/stock-counts/${countId}/variance-report?format=xlsx`,
      headers: { authorization: `Bearer ${owner.token}` },
    });
    expect(xlsx.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheetRows = book.worksheets[0]!.getSheetValues().filter(Boolean) as unknown[][];
    expect(sheetRows).toHaveLength(2);
    expect(sheetRows[1]!.slice(1, 4)).toEqual([1, 'WH/STOCK', sku]);
    expect(sheetRows[1]![8]).toBe(2);

    const pdf = await t.app.inject({
      url: `/api/stock-counts/${countId}/variance-report?format=pdf`,
      headers: { authorization: `Bearer ${owner.token}` },
    });
    expect(pdf.headers['content-type']).toBe('application/pdf');
    // People read the reason's name where the file for machines keeps its code.
    const report = pdfText(pdf.rawPayload);
    expect(report).toContain('Retur tidak tercatat');
    expect(report).not.toContain('return_not_recorded');
    expect(report).toMatch(/Laporan selisih \S+: .+, Selesai dihitung, selisih bersih US\$10,00/u);
  });

  it('refuses the sheet of a count not started yet', async () => {
    const scheduled = await schedule({});
    const r = await t.api.get(`/api/stock-counts/${scheduled.id}/sheet`, { token: owner.token });
    expect(r.status).toBe(409);
    await post(`/api/stock-counts/${scheduled.id}/cancel`);
  });

  it('lists counts with filters and keyset pages, and exports the list', async () => {
    const counted = await call('GET', `/api/stock-counts?state=counted&warehouseId=${warehouseId}`);
    expect(counted.items.map((c: { id: string }) => c.id)).toContain(countId);
    expect(counted.items.every((c: { state: string }) => c.state === 'counted')).toBe(true);
    const detail = await call('GET', `/api/stock-counts/${countId}`);
    expect(counted.items.find((c: { id: string }) => c.id === countId)).toMatchObject({
      lineCount: detail.lines.length,
      countedLines: detail.totals.countedLines,
    });
    expect(detail.lines.length).toBeGreaterThan(0);
    const first = await call('GET', '/api/stock-counts?limit=2');
    const second = await call('GET', `/api/stock-counts?limit=2&cursor=${first.nextCursor}`);
    expect(first.items).toHaveLength(2);
    expect(second.items.map((c: { id: string }) => c.id)).not.toContain(first.items[0].id);
    expect((await call('GET', '/api/stock-counts?dateFrom=2000-01-01&dateTo=2000-12-31')).items).toEqual([]);
    await call('GET', '/api/stock-counts?cursor=not-a-cursor', undefined, 400);

    const csv = await t.api.get('/api/stock-counts/export?format=csv&state=counted', { token: owner.token });
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    const lines = String(csv.body).trim().split('\n');
    expect(lines[0]).toContain('Nomor,Rencana,Gudang');
    expect(lines.slice(1).every((line) => line.includes(',counted,'))).toBe(true);
  });

  it('counts the listed counts per state, within the other filters', async () => {
    const listed: Array<{ state: string }> = (
      await call('GET', `/api/stock-counts?warehouseId=${warehouseId}&limit=100`)
    ).items;
    const perState = new Map<string, number>();
    for (const c of listed) perState.set(c.state, (perState.get(c.state) ?? 0) + 1);
    const { counts } = await call('GET', `/api/stock-counts/state-counts?warehouseId=${warehouseId}`);
    expect(new Map(counts.map((c: { state: string; count: number }) => [c.state, c.count]))).toEqual(perState);
    expect(perState.get('counted')).toBeGreaterThan(0);
    const none = await call('GET', '/api/stock-counts/state-counts?dateFrom=2000-01-01&dateTo=2000-12-31');
    expect(none.counts).toEqual([]);
    await call('GET', '/api/stock-counts/state-counts?state=lost', undefined, 400);
  });

  it('evaluates counts per month, variance value per reason and accuracy', async () => {
    const code = `E${Date.now() % 1000000}`;
    const store = await post('/api/warehouses', { code, name: 'Evaluation store' }, 201);
    const cat = await category();
    const item = await product(cat.id, { standardCost: '4' });
    await post(
      '/api/inventory/receipts',
      { warehouseId: store.id, lines: [{ productId: item.id, quantity: '10', unitCost: '4' }] },
      201,
    );
    const count = await schedule({ warehouseId: store.id });
    await post(`/api/stock-counts/${count.id}/start`);
    await save(count.id, [{ productId: item.id, countedQuantity: '7', reason: 'damage' }]);
    for (const step of ['finish', 'review', 'approve', 'post']) await post(`/api/stock-counts/${count.id}/${step}`);
    await post(`/api/stock-counts/${(await schedule({ warehouseId: store.id })).id}/cancel`);
    expect(await stockOf(t.api, owner, item.id)).toMatchObject({ onHand: '7' });

    const evaluation = await call(
      'GET',
      `/api/stock-counts/evaluation?dateFrom=${today.slice(0, 8)}01&dateTo=${today}&warehouseId=${store.id}`,
    );
    expect(evaluation).toEqual({
      currency: 'USD',
      dateFrom: `${today.slice(0, 8)}01`,
      dateTo: today,
      months: [
        {
          month: today.slice(0, 7),
          counts: 2,
          posted: 1,
          cancelled: 1,
          open: 0,
          netVarianceValue: '-12',
          absoluteVarianceValue: '12',
        },
      ],
      reasons: [{ reason: 'damage', lines: 1, netVarianceValue: '-12', absoluteVarianceValue: '12' }],
      accuracy: {
        postedCounts: 1,
        lines: 1,
        accurateLines: 0,
        lineAccuracyPercent: '0',
        systemValue: '40',
        absoluteVarianceValue: '12',
        valueAccuracyPercent: '70',
      },
    });
    await call('GET', '/api/stock-counts/evaluation?dateFrom=2026-13-01&dateTo=2026-12-31', undefined, 400);
  });
});

describe('tenant isolation', () => {
  it('answers 404 to another company for every endpoint, changes nothing, and lists none of it', async () => {
    const other = await onboardCompany(t.api, t.mail);
    const { count } = await countingOne('5');
    const id = count.id;
    for (const url of [
      `/api/stock-counts/${id}`,
      `/api/stock-counts/${id}/sheet`,
      `/api/stock-counts/${id}/variance-report?format=csv`,
    ]) {
      expect((await t.api.get(url, { token: other.token })).status, url).toBe(404);
    }
    const writes: Array<[string, unknown]> = [
      ['start', undefined],
      ['counts', { lines: [{ productId: count.lines[0]?.productId ?? crypto.randomUUID(), countedQuantity: '1' }] }],
      ['finish', undefined],
      ['review', undefined],
      ['approve', undefined],
      ['reject', { reason: 'no' }],
      ['post', undefined],
      ['cancel', undefined],
    ];
    for (const [action, body] of writes) {
      const r = await t.api.post(`/api/stock-counts/${id}/${action}`, body, { token: other.token });
      expect(r.status, action).toBe(404);
    }
    const mine = await call('GET', `/api/stock-counts/${id}`);
    expect(mine.state).toBe('counting');
    expect(mine.lines[0].countedQuantity).toBeNull();
    const theirs = await t.api.get('/api/stock-counts', { token: other.token });
    expect(theirs.body.items).toEqual([]);
    expect((await t.api.get('/api/stock-counts/state-counts', { token: other.token })).body.counts).toEqual([]);
    const evaluation = await t.api.get(`/api/stock-counts/evaluation?dateFrom=2000-01-01&dateTo=2100-01-01`, {
      token: other.token,
    });
    expect(evaluation.body.months).toEqual([]);
    const foreignWarehouse = await t.api.post(
      '/api/stock-counts',
      { warehouseId, plannedDate: today },
      { token: other.token },
    );
    expect(foreignWarehouse.status).toBe(400);
    expect(foreignWarehouse.body.error.details.fields[0].path).toBe('warehouseId');
  });
});
