import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCustomer, createOrder, createProduct, stockOf } from '../../test/fixtures.ts';
import { addEmployee, type OnboardedCompany, onboardCompany } from '../../test/onboarding.ts';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { inventoryLedgerViolations, stockInvariantViolations } from '../inventory/index.ts';

let t: TestApp;
let owner: OnboardedCompany;
let customer: { id: string };
beforeAll(async () => {
  t = await createTestApp();
  owner = await onboardCompany(t.api, t.mail);
  customer = await createCustomer(t.api, owner, { name: 'Toko Sumber Rejeki', type: 'wholesale' });
});
afterAll(async () => {
  expect(await stockInvariantViolations(t.db.orm)).toEqual([]);
  expect(await inventoryLedgerViolations(t.db.orm)).toEqual([]);
  await t.close();
});

const confirm = (id: string, body?: unknown, as = owner) =>
  t.api.post(`/api/sales-orders/${id}/confirm`, body, { token: as.token });
const cancel = (id: string, as = owner) =>
  t.api.post(`/api/sales-orders/${id}/cancel`, { reason: 'customer changed mind' }, { token: as.token });

describe('the three scenarios of the original request', () => {
  it('1. stock 10, order 5: confirm leaves 5 available; cancel restores 10', async () => {
    const product = await createProduct(t.api, owner, { stock: '10' });
    const order = await createOrder(t.api, owner, customer.id, [{ productId: product.id, quantity: '5' }]);
    expect(order.state).toBe('draft');

    const confirmed = await confirm(order.id);
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.state).toBe('confirmed');
    expect(await stockOf(t.api, owner, product.id)).toEqual({ onHand: '10', reserved: '5', available: '5' });
    expect(confirmed.body.reservations).toEqual([
      expect.objectContaining({ productId: product.id, quantity: '5', locationCode: 'WH/STOCK' }),
    ]);

    const cancelled = await cancel(order.id);
    expect(cancelled.body.state).toBe('cancelled');
    expect(cancelled.body.reservations).toEqual([]);
    expect(await stockOf(t.api, owner, product.id)).toEqual({ onHand: '10', reserved: '0', available: '10' });
  });

  it('2. stock 3, order 5: confirm is refused for insufficient stock; order stays draft, stock unchanged', async () => {
    const product = await createProduct(t.api, owner, { stock: '3', sku: `SHORT-${Date.now()}` });
    const order = await createOrder(t.api, owner, customer.id, [{ productId: product.id, quantity: '5' }]);
    const refused = await confirm(order.id);
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('insufficient_stock');
    expect(refused.body.error.message).toMatch(/^Insufficient stock/);
    expect(refused.body.error.details.shortages).toEqual([
      { productId: product.id, sku: product.sku, name: product.name, requested: '5', available: '3' },
    ]);
    expect((await t.api.get(`/api/sales-orders/${order.id}`, { token: owner.token })).body.state).toBe('draft');
    expect(await stockOf(t.api, owner, product.id)).toEqual({ onHand: '3', reserved: '0', available: '3' });
  });

  it('3. confirming twice: the second answers "only draft orders can be confirmed"', async () => {
    const product = await createProduct(t.api, owner, { stock: '10' });
    const order = await createOrder(t.api, owner, customer.id, [{ productId: product.id, quantity: '1' }]);
    expect((await confirm(order.id)).status).toBe(200);
    const again = await confirm(order.id);
    expect(again.status).toBe(409);
    expect(again.body.error.message).toMatch(/only draft orders can be confirmed/i);
    expect(again.body.error.details).toMatchObject({
      current: 'confirmed',
      attempted: 'confirm',
      allowed: ['cancel', 'deliver', 'invoice'],
    });
    expect(await stockOf(t.api, owner, product.id)).toEqual({ onHand: '10', reserved: '1', available: '9' });
  });
});

describe('reserving all lines together', () => {
  it('counts the same product on two lines together: 3 + 3 against stock 5 is refused', async () => {
    const product = await createProduct(t.api, owner, { stock: '5' });
    const order = await createOrder(t.api, owner, customer.id, [
      { productId: product.id, quantity: '3' },
      { productId: product.id, quantity: '3' },
    ]);
    const refused = await confirm(order.id);
    expect(refused.status).toBe(409);
    expect(refused.body.error.details.shortages).toEqual([expect.objectContaining({ requested: '6', available: '5' })]);
    expect(await stockOf(t.api, owner, product.id)).toEqual({ onHand: '5', reserved: '0', available: '5' });
  });

  it('reserves nothing when one of several products is short, and lists only the short one', async () => {
    const plenty = await createProduct(t.api, owner, { stock: '100' });
    const scarce = await createProduct(t.api, owner, { stock: '1' });
    const none = await createProduct(t.api, owner);
    const order = await createOrder(t.api, owner, customer.id, [
      { productId: plenty.id, quantity: '10' },
      { productId: scarce.id, quantity: '2' },
      { productId: none.id, quantity: '1' },
    ]);
    const refused = await confirm(order.id);
    expect(
      refused.body.error.details.shortages
        .map((s: { productId: string; available: string }) => [s.productId, s.available])
        .sort(),
    ).toEqual(
      [
        [scarce.id, '1'],
        [none.id, '0'],
      ].sort(),
    );
    expect(await stockOf(t.api, owner, plenty.id)).toEqual({ onHand: '100', reserved: '0', available: '100' });
  });

  it('does not reserve services', async () => {
    const service = await createProduct(t.api, owner, { type: 'service', unitOfMeasure: 'h', salePrice: '150' });
    const goods = await createProduct(t.api, owner, { stock: '4' });
    const order = await createOrder(t.api, owner, customer.id, [
      { productId: service.id, quantity: '2.5' },
      { productId: goods.id, quantity: '4' },
    ]);
    const confirmed = await confirm(order.id);
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.reservations).toEqual([expect.objectContaining({ productId: goods.id, quantity: '4' })]);
  });
});

describe('order input', () => {
  let product: { id: string; sku: string };
  let weighed: { id: string };
  beforeAll(async () => {
    product = await createProduct(t.api, owner, { stock: '50', salePrice: '12500' });
    weighed = await createProduct(t.api, owner, { unitOfMeasure: 'kg', salePrice: '30000', stock: '20' });
  });

  it.each([
    ['zero', '0', 'Must be greater than zero'],
    ['negative', '-2', 'A decimal string'],
    ['fractional pieces', '1.5', 'counted in whole pcs'],
    ['too many decimals', '1.12345', 'at most 4 decimal places'],
    ['not a number', 'five', 'A decimal string'],
  ])('refuses a %s quantity with the field path', async (_label, quantity, message) => {
    const response = await t.api.post(
      '/api/sales-orders',
      { customerId: customer.id, lines: [{ productId: product.id, quantity }] },
      { token: owner.token },
    );
    expect(response.status).toBe(400);
    expect(response.body.error.details.fields).toEqual([
      { path: 'lines.0.quantity', message: expect.stringContaining(message) },
    ]);
  });

  it('refuses a JSON number where a decimal string is expected', async () => {
    const response = await t.api.post(
      '/api/sales-orders',
      { customerId: customer.id, lines: [{ productId: product.id, quantity: 5 }] },
      { token: owner.token },
    );
    expect(response.body.error.details.fields[0]).toMatchObject({
      path: 'lines.0.quantity',
      message: expect.stringContaining('as a string'),
    });
  });

  it('accepts fractional quantities where the unit allows them', async () => {
    const order = await createOrder(t.api, owner, customer.id, [{ productId: weighed.id, quantity: '1.25' }]);
    expect(order.lines[0]).toMatchObject({ quantity: '1.25', unitOfMeasure: 'kg', lineTotal: '37500' });
  });

  it('answers unknown product and customer ids with 400 and the field, never 500', async () => {
    const unknownProduct = await t.api.post(
      '/api/sales-orders',
      {
        customerId: customer.id,
        lines: [
          { productId: product.id, quantity: '1' },
          { productId: '01890000-0000-7000-8000-000000000000', quantity: '1' },
        ],
      },
      { token: owner.token },
    );
    expect(unknownProduct.status).toBe(400);
    expect(unknownProduct.body.error.details.fields).toEqual([
      { path: 'lines.1.productId', message: 'Product was not found' },
    ]);
    const unknownCustomer = await t.api.post(
      '/api/sales-orders',
      { customerId: '01890000-0000-7000-8000-000000000000', lines: [{ productId: product.id, quantity: '1' }] },
      { token: owner.token },
    );
    expect(unknownCustomer.status).toBe(400);
    expect(unknownCustomer.body.error.details.fields).toEqual([
      { path: 'customerId', message: 'Customer was not found' },
    ]);
  });

  it('prices lines from the product, applies discounts, and ignores totals sent by the client', async () => {
    const order = await createOrder(
      t.api,
      owner,
      customer.id,
      [
        { productId: product.id, quantity: '3', lineTotal: '1' },
        { productId: product.id, quantity: '2', unitPrice: '12000', discountPercent: '12.5' },
      ],
      { total: '1', subtotal: '1', discountTotal: '0' },
    );
    expect(order.lines.map((l: { unitPrice: string; lineTotal: string }) => [l.unitPrice, l.lineTotal])).toEqual([
      ['12500', '37500'],
      ['12000', '21000'],
    ]);
    expect(order).toMatchObject({ currency: 'IDR', subtotal: '61500', discountTotal: '3000', total: '58500' });
    expect(order.number).toMatch(/^SO-\d{4}-\d{5}$/);
  });

  it('previews the same totals without saving anything', async () => {
    const preview = await t.api.post(
      '/api/sales-orders/price-preview',
      { lines: [{ productId: product.id, quantity: '2', discountPercent: '10' }] },
      { token: owner.token },
    );
    expect(preview.body).toMatchObject({ currency: 'IDR', subtotal: '25000', discountTotal: '2500', total: '22500' });
  });

  it('numbers orders consecutively', async () => {
    const first = await createOrder(t.api, owner, customer.id, [{ productId: product.id, quantity: '1' }]);
    const second = await createOrder(t.api, owner, customer.id, [{ productId: product.id, quantity: '1' }]);
    const sequence = (n: string) => Number(n.split('-')[2]);
    expect(sequence(second.number)).toBe(sequence(first.number) + 1);
  });
});

describe('changing and cancelling', () => {
  it('edits only drafts', async () => {
    const product = await createProduct(t.api, owner, { stock: '10', salePrice: '100' });
    const order = await createOrder(t.api, owner, customer.id, [{ productId: product.id, quantity: '1' }]);
    const edited = await t.api.request(
      'PUT',
      `/api/sales-orders/${order.id}`,
      { customerId: customer.id, notes: 'Deliver before noon', lines: [{ productId: product.id, quantity: '4' }] },
      { token: owner.token },
    );
    expect(edited.body).toMatchObject({
      total: '400',
      notes: 'Deliver before noon',
      lines: [expect.objectContaining({ quantity: '4' })],
    });
    await confirm(order.id);
    const late = await t.api.request(
      'PUT',
      `/api/sales-orders/${order.id}`,
      { customerId: customer.id, lines: [{ productId: product.id, quantity: '9' }] },
      { token: owner.token },
    );
    expect(late.status).toBe(409);
    expect(late.body.error).toMatchObject({
      code: 'invalid_transition',
      details: { current: 'confirmed', attempted: 'edit' },
    });
  });

  it('cancels drafts without touching stock and refuses to cancel twice', async () => {
    const product = await createProduct(t.api, owner, { stock: '2' });
    const order = await createOrder(t.api, owner, customer.id, [{ productId: product.id, quantity: '2' }]);
    expect((await cancel(order.id)).body.state).toBe('cancelled');
    expect(await stockOf(t.api, owner, product.id)).toEqual({ onHand: '2', reserved: '0', available: '2' });
    const twice = await cancel(order.id);
    expect(twice.status).toBe(409);
    expect(twice.body.error.details.current).toBe('cancelled');
    expect((await confirm(order.id)).status).toBe(409);
  });

  it('keeps the order’s trail in the audit log', async () => {
    const product = await createProduct(t.api, owner, { stock: '2' });
    const order = await createOrder(t.api, owner, customer.id, [{ productId: product.id, quantity: '1' }]);
    await confirm(order.id);
    await cancel(order.id);
    const trail = await t.api.get(`/api/audit?entity=sales_order&id=${order.id}`, { token: owner.token });
    expect(trail.body.items.map((e: { action: string }) => e.action)).toEqual([
      'sales_order.cancelled',
      'sales_order.confirmed',
      'sales_order.created',
    ]);
    expect(trail.body.items[0].before).toEqual({ state: 'confirmed' });
  });
});

describe('credit limit', () => {
  it('refuses to confirm above the limit unless a permitted user overrides it', async () => {
    const limited = await createCustomer(t.api, owner, { creditLimit: '100000' });
    const product = await createProduct(t.api, owner, { stock: '100', salePrice: '30000' });
    const first = await createOrder(t.api, owner, limited.id, [{ productId: product.id, quantity: '3' }]);
    expect((await confirm(first.id)).status).toBe(200);
    const second = await createOrder(t.api, owner, limited.id, [{ productId: product.id, quantity: '1' }]);
    const refused = await confirm(second.id);
    expect(refused.status).toBe(422);
    expect(refused.body.error).toMatchObject({
      code: 'credit_limit_exceeded',
      details: { creditLimit: '100000', openAmount: '120000', orderTotal: '30000' },
    });
    expect(await stockOf(t.api, owner, product.id)).toMatchObject({ reserved: '3' });

    const clerk = await addEmployee(t.api, t.mail, owner, { jobRoles: ['sales'] });
    const notAllowed = await confirm(second.id, { overrideCreditLimit: true }, { ...owner, token: clerk.token });
    expect(notAllowed.status).toBe(403);
    const overridden = await confirm(second.id, { overrideCreditLimit: true });
    expect(overridden.body.state).toBe('confirmed');
    const trail = await t.api.get(`/api/audit?entity=sales_order&id=${second.id}`, { token: owner.token });
    expect(trail.body.items[0].after).toEqual({ state: 'confirmed', creditLimitOverridden: true });
  });

  it('refuses orders for deactivated customers', async () => {
    const leaving = await createCustomer(t.api, owner);
    await t.api.patch(`/api/customers/${leaving.id}`, { active: false }, { token: owner.token });
    const product = await createProduct(t.api, owner, { stock: '1' });
    const response = await t.api.post(
      '/api/sales-orders',
      { customerId: leaving.id, lines: [{ productId: product.id, quantity: '1' }] },
      { token: owner.token },
    );
    expect(response.status).toBe(422);
    expect(response.body.error.code).toBe('customer_inactive');
  });
});

describe('another company', () => {
  it('gets 404 for this company’s orders, products and customers, and never sees them in lists', async () => {
    const other = await onboardCompany(t.api, t.mail);
    const product = await createProduct(t.api, owner, { stock: '5' });
    const order = await createOrder(t.api, owner, customer.id, [{ productId: product.id, quantity: '1' }]);
    const attempts = [
      t.api.get(`/api/sales-orders/${order.id}`, { token: other.token }),
      t.api.request(
        'PUT',
        `/api/sales-orders/${order.id}`,
        { customerId: customer.id, lines: [{ productId: product.id, quantity: '1' }] },
        { token: other.token },
      ),
      t.api.post(`/api/sales-orders/${order.id}/confirm`, undefined, { token: other.token }),
      t.api.post(`/api/sales-orders/${order.id}/cancel`, undefined, { token: other.token }),
      t.api.get(`/api/products/${product.id}`, { token: other.token }),
      t.api.patch(`/api/products/${product.id}`, { name: 'Stolen' }, { token: other.token }),
      t.api.request('DELETE', `/api/products/${product.id}`, undefined, { token: other.token }),
      t.api.get(`/api/customers/${customer.id}`, { token: other.token }),
      t.api.patch(`/api/customers/${customer.id}`, { name: 'Stolen' }, { token: other.token }),
    ];
    for (const response of await Promise.all(attempts)) expect(response.status).toBe(404);

    const theirCustomer = await createCustomer(t.api, other);
    const usingMine = await t.api.post(
      '/api/sales-orders',
      { customerId: theirCustomer.id, lines: [{ productId: product.id, quantity: '1' }] },
      { token: other.token },
    );
    expect(usingMine.status).toBe(400);
    const mineWithTheirs = await t.api.post(
      '/api/sales-orders',
      { customerId: theirCustomer.id, lines: [{ productId: product.id, quantity: '1' }] },
      { token: owner.token },
    );
    expect(mineWithTheirs.body.error.details.fields[0].path).toBe('customerId');

    for (const url of ['/api/sales-orders', '/api/products', '/api/customers', '/api/inventory/moves']) {
      expect((await t.api.get(url, { token: other.token })).body.items, url).toEqual(
        url === '/api/customers' ? [expect.objectContaining({ id: theirCustomer.id })] : [],
      );
    }
    expect(await stockOf(t.api, owner, product.id)).toEqual({ onHand: '5', reserved: '0', available: '5' });
  });
});

describe('lists', () => {
  it('pages through orders with a cursor, filters by state and customer, and searches by number', async () => {
    const buyer = await createCustomer(t.api, owner, { name: 'Paging Buyer' });
    const product = await createProduct(t.api, owner, { stock: '100' });
    const created = [];
    for (let i = 0; i < 5; i++)
      created.push(await createOrder(t.api, owner, buyer.id, [{ productId: product.id, quantity: '1' }]));
    await confirm(created[1].id);

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { items: { id: string }[]; nextCursor: string | null } } = await t.api.get(
        `/api/sales-orders?customerId=${buyer.id}&limit=2${cursor ? `&cursor=${cursor}` : ''}`,
        { token: owner.token },
      );
      expect(page.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.body.items.map((o) => o.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen.sort()).toEqual(created.map((o) => o.id).sort());

    const confirmed = await t.api.get(`/api/sales-orders?customerId=${buyer.id}&state=confirmed`, {
      token: owner.token,
    });
    expect(confirmed.body.items.map((o: { id: string }) => o.id)).toEqual([created[1].id]);
    const byNumber = await t.api.get(`/api/sales-orders?q=${created[3].number.toLowerCase()}`, { token: owner.token });
    expect(byNumber.body.items.map((o: { id: string }) => o.id)).toEqual([created[3].id]);
  });

  it('exports orders, products and customers as CSV and XLSX with the list’s filters', async () => {
    const buyer = await createCustomer(t.api, owner, { name: 'Export, "Quoted" Buyer' });
    const product = await createProduct(t.api, owner, { stock: '10', name: 'Kopi Arabika 250g' });
    const order = await createOrder(t.api, owner, buyer.id, [{ productId: product.id, quantity: '2' }]);

    const csv = await t.api.get(`/api/sales-orders/export?format=csv&customerId=${buyer.id}`, { token: owner.token });
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    expect(String(csv.headers['content-disposition'])).toMatch(/attachment; filename="sales-orders-/);
    const lines = String(csv.body)
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n');
    expect(lines).toEqual([
      'Nomor,Tanggal,Pelanggan,Status,Mata uang,Total',
      `${order.number},${order.orderDate},"Export, ""Quoted"" Buyer",draft,IDR,20`,
    ]);

    const xlsx = await t.app.inject({
      method: 'GET',
      url: `/api/products/export?format=xlsx&q=${product.sku}`,
      headers: { authorization: `Bearer ${owner.token}` },
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('products')!;
    expect(sheet.getRow(1).getCell(1).value).toBe('SKU');
    expect(sheet.rowCount).toBe(2);
    expect([
      sheet.getRow(2).getCell(1).value,
      sheet.getRow(2).getCell(2).value,
      sheet.getRow(2).getCell(10).value,
    ]).toEqual([product.sku, 'Kopi Arabika 250g', 10]);

    const customers = await t.api.get(`/api/customers/export?format=csv&q=Quoted`, { token: owner.token });
    expect(String(customers.body)).toContain('"Export, ""Quoted"" Buyer"');
  });
});

describe('dashboard', () => {
  it('shows this month’s orders and the low-stock products', async () => {
    const company = await onboardCompany(t.api, t.mail);
    const buyer = await createCustomer(t.api, company);
    const low = await createProduct(t.api, company, { stock: '3', reorderPoint: '10', salePrice: '1000' });
    await createProduct(t.api, company, { stock: '50', reorderPoint: '10' });
    const order = await createOrder(t.api, company, buyer.id, [{ productId: low.id, quantity: '2' }]);
    await confirm(order.id, undefined, company);
    await createOrder(t.api, company, buyer.id, [{ productId: low.id, quantity: '1' }]);

    const dashboard = await t.api.get('/api/dashboard', { token: company.token });
    expect(dashboard.body.cards.sales.thisMonth).toMatchObject({ orders: 1, total: '2000' });
    expect(dashboard.body.cards.lowStock).toEqual({
      count: 1,
      items: [expect.objectContaining({ productId: low.id, available: '1', reorderPoint: '10' })],
    });
  });
});
