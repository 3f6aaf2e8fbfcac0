import { randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCustomer, createOrder, createProduct } from '../server/src/test/fixtures.ts';
import { type OnboardedCompany, onboardCompany } from '../server/src/test/onboarding.ts';
import { type BrowserApp, logIn, startBrowserApp } from './browser-app.ts';

const suffix = randomBytes(3).toString('hex').toUpperCase();

let browserApp: BrowserApp;
let owner: OnboardedCompany;
let page: Page;
let overdueNumber: string;
let currentNumber: string;

beforeAll(async () => {
  browserApp = await startBrowserApp();
  const { api } = browserApp.t;
  owner = await onboardCompany(api, browserApp.t.mail, { currency: 'USD', locale: 'en-US' });
  const ok = async (request: Promise<{ status: number; body: any }>) => {
    const r = await request;
    expect(r.status, JSON.stringify(r.body)).toBeLessThan(300);
    return r.body;
  };
  const as = { token: owner.token };
  const product = await createProduct(api, owner, { name: `Kopi ${suffix}`, salePrice: '100', stock: '20' });
  const shop = await createCustomer(api, owner, { name: `Toko ${suffix}`, paymentTermsDays: 0 });
  const hotel = await createCustomer(api, owner, { name: `Hotel ${suffix}`, paymentTermsDays: 30 });
  // Two invoices: the shop's dated two months back is overdue, the hotel's of today is not yet due.
  const { lastMonth } = await ok(api.get('/api/dashboard', as));
  const invoiceOrder = async (customerId: string, date: string | undefined) => {
    const order = await createOrder(api, owner, customerId, [{ productId: product.id, quantity: '2' }], {
      orderDate: date,
    });
    await ok(api.post(`/api/sales-orders/${order.id}/confirm`, {}, as));
    await ok(api.post(`/api/sales-orders/${order.id}/deliveries`, { deliveryDate: date }, as));
    const invoice = await ok(api.post('/api/customer-invoices', { salesOrderId: order.id, invoiceDate: date }, as));
    return (await ok(api.post(`/api/customer-invoices/${invoice.id}/post`, undefined, as))).number as string;
  };
  overdueNumber = await invoiceOrder(shop.id, lastMonth.from);
  currentNumber = await invoiceOrder(hotel.id, undefined);
  page = await browserApp.openPage();
});

afterAll(async () => {
  await browserApp?.close();
});

describe('the dashboard in the browser', () => {
  it('shows the owner every card with the company’s figures', async () => {
    await logIn(page, owner);
    for (const card of [
      'sales-card',
      'top-products-card',
      'top-customers-card',
      'receivables-card',
      'stock-value-card',
      'low-stock-card',
      'cash-card',
    ]) {
      await page.getByTestId(card).waitFor();
    }
    // 2 × 100 + 11% VAT, past due.
    expect(await page.getByTestId('receivables-overdue').textContent()).toBe('$222.00');
    await page.getByTestId('top-customers-card').getByText(`Hotel ${suffix}`).waitFor();
  });

  it('opens the overdue invoices from the receivables card', async () => {
    await page.getByTestId('receivables-card').getByRole('link', { name: 'Overdue invoices' }).click();
    await page.getByRole('heading', { name: 'Customer invoices' }).waitFor();
    await page.getByRole('link', { name: overdueNumber }).waitFor();
    expect(page.url()).toContain('overdue=true');
    expect(await page.getByRole('switch', { name: 'Overdue only' }).isChecked()).toBe(true);
    expect(await page.getByRole('link', { name: currentNumber }).count()).toBe(0);
  });
});
