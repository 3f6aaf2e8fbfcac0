import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCustomer, createOrder, createProduct } from '../../test/fixtures.ts';
import { entryOf, expectingApi } from '../../test/http.ts';
import { type OnboardedCompany, onboardCompany } from '../../test/onboarding.ts';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { ledgerInvariantViolations } from '../accounting/index.ts';
import { inventoryLedgerViolations, stockInvariantViolations } from '../inventory/index.ts';
import { receivableInvariantViolations } from './index.ts';

let t: TestApp;
let owner: OnboardedCompany;
let other: OnboardedCompany;

beforeAll(async () => {
  t = await createTestApp();
  owner = await onboardCompany(t.api, t.mail, { currency: 'USD' });
  other = await onboardCompany(t.api, t.mail, { currency: 'USD' });
});
afterAll(async () => {
  expect(await ledgerInvariantViolations(t.db.orm)).toEqual([]);
  expect(await stockInvariantViolations(t.db.orm)).toEqual([]);
  expect(await inventoryLedgerViolations(t.db.orm)).toEqual([]);
  expect(await receivableInvariantViolations(t.db.orm)).toEqual([]);
  await t.close();
});

const { get, post } = expectingApi(
  () => t.api,
  () => owner,
);

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

describe('order to cash', () => {
  let product: { id: string };
  let customer: { id: string };
  let order: { id: string; lines: Array<{ id: string }> };
  let firstInvoice: { id: string; number: string };
  let secondInvoice: { id: string; number: string };

  it('stocks a product at a known cost: opening stock and a receipt post to inventory', async () => {
    product = await createProduct(t.api, owner, {
      salePrice: '25',
      standardCost: '8',
      openingStock: { quantity: '20', unitCost: '8' },
    });
    const receipt = await post('/api/inventory/receipts', {
      vendorName: 'PT Pemasok',
      lines: [{ productId: product.id, quantity: '10', unitCost: '11' }],
    });
    expect(await entryOf(t.api, owner, receipt.id)).toEqual(['1-1400: Dr 110', '2-1200: Cr 110']);
    const valuation = await get(`/api/inventory/valuation?productId=${product.id}`);
    expect(valuation.total).toBe('270');
  });

  it('sells six on an order with 30-day terms, confirms, and delivers four at the average cost of 9', async () => {
    customer = await createCustomer(t.api, owner, { name: 'Toko Maju', paymentTermsDays: 30 });
    order = await createOrder(t.api, owner, customer.id, [{ productId: product.id, quantity: '6' }]);
    await post(`/api/sales-orders/${order.id}/confirm`, undefined, 200);
    const delivery = await post(`/api/sales-orders/${order.id}/deliveries`, {
      lines: [{ lineId: order.lines[0]!.id, quantity: '4' }],
    });
    expect((await get(`/api/sales-orders/${order.id}`)).state).toBe('partially_delivered');
    expect(await entryOf(t.api, owner, delivery.id)).toEqual(['1-1400: Cr 36', '5-1000: Dr 36']);
  });

  it('refuses to invoice more than was delivered, and writes nothing', async () => {
    const refused = await post(
      '/api/customer-invoices',
      { salesOrderId: order.id, lines: [{ salesOrderLineId: order.lines[0]!.id, quantity: '5' }] },
      422,
    );
    expect(refused.error.code).toBe('more_than_invoiceable');
    expect(refused.error.details.lines).toEqual([
      { path: 'lines.0.quantity', sku: expect.any(String), requested: '5', invoiceable: '4' },
    ]);
    expect((await get(`/api/customer-invoices?salesOrderId=${order.id}`)).items).toEqual([]);
  });

  it('invoices the four delivered with 11% VAT: AR 111.00, revenue 100.00, VAT 11.00, due in 30 days', async () => {
    const draft = await post('/api/customer-invoices', { salesOrderId: order.id, invoiceDate: day(0) });
    expect(draft).toMatchObject({ state: 'draft', number: null, subtotal: '100', taxTotal: '11', total: '111' });
    expect(draft.dueDate).toBe(day(30));
    const posted = await post(`/api/customer-invoices/${draft.id}/post`, undefined, 200);
    expect(posted.state).toBe('posted');
    expect(posted.number).toMatch(/^INV-\d{4}-00001$/);
    firstInvoice = posted;
    expect(await entryOf(t.api, owner, draft.id)).toEqual(['1-1300: Dr 111', '2-1400: Cr 11', '4-1000: Cr 100']);
    const invoicedOrder = await get(`/api/sales-orders/${order.id}`);
    expect(invoicedOrder.state).toBe('partially_delivered');
    expect(invoicedOrder.lines[0]).toMatchObject({ deliveredQuantity: '4', invoicedQuantity: '4' });
  });

  it('posting the same invoice again is refused', async () => {
    const again = await post(`/api/customer-invoices/${firstInvoice.id}/post`, undefined, 409);
    expect(again.error.code).toBe('invalid_transition');
  });

  it('delivers and invoices the last two; the order is invoiced', async () => {
    const delivery = await post(`/api/sales-orders/${order.id}/deliveries`, {});
    expect((await get(`/api/sales-orders/${order.id}`)).state).toBe('delivered');
    expect(await entryOf(t.api, owner, delivery.id)).toEqual(['1-1400: Cr 18', '5-1000: Dr 18']);
    const draft = await post('/api/customer-invoices', { salesOrderId: order.id, invoiceDate: day(0) });
    expect(draft).toMatchObject({ subtotal: '50', taxTotal: '5.5', total: '55.5' });
    secondInvoice = await post(`/api/customer-invoices/${draft.id}/post`, undefined, 200);
    expect((await get(`/api/sales-orders/${order.id}`)).state).toBe('invoiced');
  });

  it('ages the open receivable: all current today, all 1–30 days late 45 days on', async () => {
    const today = await get('/api/receivables/aging');
    expect(today.items).toEqual([
      expect.objectContaining({ customerId: customer.id, current: '166.5', days1to30: '0', total: '166.5' }),
    ]);
    const later = await get(`/api/receivables/aging?asOf=${day(45)}`);
    expect(later.items[0]).toMatchObject({ current: '0', days1to30: '166.5', days31to60: '0', total: '166.5' });
  });

  it('takes a partial payment of 100 by bank: the oldest invoice becomes partially paid', async () => {
    const payment = await post('/api/customer-payments', {
      customerId: customer.id,
      amount: '100',
      method: 'bank',
      reference: 'TRF 001',
    });
    expect(payment.allocations).toEqual([expect.objectContaining({ invoiceId: firstInvoice.id, amount: '100' })]);
    expect(await entryOf(t.api, owner, payment.id)).toEqual(['1-1200: Dr 100', '1-1300: Cr 100']);
    expect(await get(`/api/customer-invoices/${firstInvoice.id}`)).toMatchObject({
      state: 'partially_paid',
      amountPaid: '100',
      amountDue: '11',
    });
  });

  it('takes a second payment of 80: both invoices paid, 13.50 kept as the customer’s credit', async () => {
    const payment = await post('/api/customer-payments', { customerId: customer.id, amount: '80', method: 'cash' });
    expect(payment).toMatchObject({ allocatedAmount: '66.5', unallocatedAmount: '13.5' });
    expect(await entryOf(t.api, owner, payment.id)).toEqual(['1-1100: Dr 80', '1-1300: Cr 66.5', '2-1300: Cr 13.5']);
    for (const invoice of [firstInvoice, secondInvoice]) {
      expect((await get(`/api/customer-invoices/${invoice.id}`)).state).toBe('paid');
    }
    expect((await get('/api/receivables/aging')).items).toEqual([]);
  });

  it('the statement runs from the invoices to a credit balance of 13.50', async () => {
    const statement = await get(`/api/customers/${customer.id}/statement?from=${day(-1)}&to=${day(1)}`);
    expect(statement.openingBalance).toBe('0');
    expect(statement.lines.map((l: { kind: string }) => l.kind).sort()).toEqual([
      'invoice',
      'invoice',
      'payment',
      'payment',
    ]);
    expect(statement.closingBalance).toBe('-13.5');
  });

  it('the trial balance sums to zero', async () => {
    const tb = await get(`/api/accounting/reports/trial-balance?from=${day(-400)}&to=${day(1)}`);
    expect(tb.balanced).toBe(true);
    expect(tb.totals.closingDebit).toBe(tb.totals.closingCredit);
  });
});

describe('credit notes, credit limits, closed periods and other companies', () => {
  let customer: { id: string };
  let service: { id: string };

  beforeAll(async () => {
    customer = await createCustomer(t.api, owner, { name: 'Bengkel Jaya', creditLimit: '150' });
    service = await createProduct(t.api, owner, { type: 'service', salePrice: '100' });
  });

  it('cancels an unpaid posted invoice by a credit note that reverses it', async () => {
    const draft = await post('/api/customer-invoices', {
      customerId: customer.id,
      lines: [{ productId: service.id, quantity: '1' }],
    });
    await post(`/api/customer-invoices/${draft.id}/post`, undefined, 200);
    const cancelled = await post(`/api/customer-invoices/${draft.id}/cancel`, { reason: 'Wrong customer' }, 200);
    expect(cancelled.state).toBe('cancelled');
    expect(cancelled.creditNoteNumber).toMatch(/^CN-\d{4}-00001$/);
    expect(await entryOf(t.api, owner, cancelled.creditNoteId)).toEqual([
      '1-1300: Cr 111',
      '2-1400: Dr 11',
      '4-3000: Dr 100',
    ]);
  });

  it('cancels a draft as it is: no number, no credit note, nothing booked', async () => {
    const draft = await post('/api/customer-invoices', {
      customerId: customer.id,
      lines: [{ productId: service.id, quantity: '1' }],
    });
    const cancelled = await post(`/api/customer-invoices/${draft.id}/cancel`, { reason: 'Typed twice' }, 200);
    expect(cancelled).toMatchObject({ state: 'cancelled', creditNoteId: null, creditNoteNumber: null });
    const stored = await get(`/api/customer-invoices/${draft.id}`);
    expect(stored).toMatchObject({ state: 'cancelled', number: null, journalEntryId: null, allowedActions: [] });
  });

  it('refuses to cancel a paid invoice', async () => {
    const draft = await post('/api/customer-invoices', {
      customerId: customer.id,
      lines: [{ description: 'Installation', quantity: '2', unitPrice: '10', taxRate: '0' }],
    });
    await post(`/api/customer-invoices/${draft.id}/post`, undefined, 200);
    await post('/api/customer-payments', { customerId: customer.id, amount: '20', method: 'cash' });
    const refused = await post(`/api/customer-invoices/${draft.id}/cancel`, { reason: 'Too late' }, 409);
    expect(refused.error.code).toBe('invalid_transition');
  });

  it('checks the credit limit against the open receivable in the ledger', async () => {
    const goods = await createProduct(t.api, owner, { salePrice: '50', stock: '10' });
    const invoice = await post('/api/customer-invoices', {
      customerId: customer.id,
      lines: [{ productId: service.id, quantity: '1', taxRate: '0' }],
    });
    await post(`/api/customer-invoices/${invoice.id}/post`, undefined, 200);
    const order = await createOrder(t.api, owner, customer.id, [{ productId: goods.id, quantity: '2' }]);
    const refused = await post(`/api/sales-orders/${order.id}/confirm`, undefined, 422);
    expect(refused.error.code).toBe('credit_limit_exceeded');
    expect(refused.error.details.openAmount).toBe('200');
    await post('/api/customer-payments', { customerId: customer.id, amount: '100', method: 'bank' });
    await post(`/api/sales-orders/${order.id}/confirm`, undefined, 200);
  });

  it('refuses to post an invoice into a closed period, and nothing changes', async () => {
    const years = await post('/api/accounting/fiscal-years', { year: 2024 });
    const march = years.items
      .find((y: { year: number }) => y.year === 2024)
      .periods.find((p: { periodNo: number }) => p.periodNo === 3);
    await post(`/api/accounting/periods/${march.id}/close`, undefined, 200);
    const draft = await post('/api/customer-invoices', {
      customerId: customer.id,
      invoiceDate: '2024-03-15',
      lines: [{ productId: service.id, quantity: '1' }],
    });
    const refused = await post(`/api/customer-invoices/${draft.id}/post`, undefined, 409);
    expect(refused.error.code).toBe('period_closed');
    expect(await get(`/api/customer-invoices/${draft.id}`)).toMatchObject({ state: 'draft', number: null });
  });

  it('rejects malformed payments with field paths', async () => {
    const refused = await post('/api/customer-payments', { customerId: customer.id, amount: 12, method: 'card' }, 400);
    expect(refused.error.details.fields.map((f: { path: string }) => f.path).sort()).toEqual(['amount', 'method']);
  });

  it('another company sees none of it: 404 for ids, empty lists', async () => {
    const { items } = await get(`/api/customer-invoices?customerId=${customer.id}`);
    expect(items.length).toBeGreaterThan(0);
    const id = items[0].id;
    for (const url of [`/api/customer-invoices/${id}`, `/api/customer-invoices/${id}/pdf`]) {
      expect((await t.api.get(url, { token: other.token })).status).toBe(404);
    }
    expect((await post(`/api/customer-invoices/${id}/post`, undefined, 404, other)).error.code).toBe('not_found');
    expect((await get('/api/customer-invoices', other)).items).toEqual([]);
    expect((await get('/api/customer-payments', other)).items).toEqual([]);
    expect((await get('/api/receivables/aging', other)).items).toEqual([]);
    expect(
      (await post('/api/customer-payments', { customerId: customer.id, amount: '5', method: 'cash' }, 400, other)).error
        .details.fields[0].path,
    ).toBe('customerId');
  });

  it('prints the invoice as a PDF', async () => {
    const { items } = await get(`/api/customer-invoices?customerId=${customer.id}&state=paid`);
    const pdf = await t.api.get(`/api/customer-invoices/${items[0].id}/pdf`, { token: owner.token });
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
  });
});
