import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCustomer, createOrder, createProduct } from '../../test/fixtures.ts';
import { addEmployee, type OnboardedCompany, onboardCompany } from '../../test/onboarding.ts';
import { createTestApp, type TestApp } from '../../test/test-app.ts';

let t: TestApp;
let owner: OnboardedCompany;

beforeAll(async () => {
  t = await createTestApp();
  owner = await onboardCompany(t.api, t.mail, { currency: 'USD' });
});
afterAll(() => t.close());

async function post(url: string, body?: unknown, status = 201) {
  const r = await t.api.post(url, body, { token: owner.token });
  expect(r.status, JSON.stringify(r.body)).toBe(status);
  return r.body;
}
async function dashboard(as: { token: string } = owner) {
  const r = await t.api.get('/api/dashboard', { token: as.token });
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  return r.body;
}

describe('the dashboard', () => {
  it('adds up sales, receivables, stock and cash of a small company', async () => {
    const { today, thisMonth, lastMonth } = await dashboard();
    const dayOf = (date: string) => Number(date.slice(8, 10));
    const beans = await createProduct(t.api, owner, {
      name: 'Beans',
      salePrice: '100',
      standardCost: '60',
      stock: '50',
    });
    const tea = await createProduct(t.api, owner, {
      name: 'Tea',
      salePrice: '30',
      standardCost: '20',
      stock: '5',
      reorderPoint: '10',
    });
    const shop = await createCustomer(t.api, owner, { name: 'Shop', paymentTermsDays: 0 });
    const hotel = await createCustomer(t.api, owner, { name: 'Hotel', paymentTermsDays: 30 });

    // Last month: the shop's 1 tea (30), delivered and invoiced that day, so due and overdue now.
    const old = await createOrder(t.api, owner, shop.id, [{ productId: tea.id, quantity: '1' }], {
      orderDate: lastMonth.from,
    });
    await post(`/api/sales-orders/${old.id}/confirm`, {}, 200);
    await post(`/api/sales-orders/${old.id}/deliveries`, { deliveryDate: lastMonth.from });
    const overdue = await post('/api/customer-invoices', { salesOrderId: old.id, invoiceDate: lastMonth.from });
    await post(`/api/customer-invoices/${overdue.id}/post`, undefined, 200);
    // 30 + 11% VAT = 33.30, of which 10 paid.
    await post('/api/customer-payments', {
      customerId: shop.id,
      paymentDate: today,
      amount: '10',
      method: 'bank',
      allocations: [{ invoiceId: overdue.id, amount: '10' }],
    });

    // This month: the shop's 3 beans (300) confirmed; the hotel's 1 beans + 2 tea (160) delivered
    // and invoiced on 30 days; a draft and a cancelled order that do not count.
    const shopOrder = await createOrder(t.api, owner, shop.id, [{ productId: beans.id, quantity: '3' }]);
    await post(`/api/sales-orders/${shopOrder.id}/confirm`, {}, 200);
    const hotelOrder = await createOrder(t.api, owner, hotel.id, [
      { productId: beans.id, quantity: '1' },
      { productId: tea.id, quantity: '2' },
    ]);
    await post(`/api/sales-orders/${hotelOrder.id}/confirm`, {}, 200);
    await post(`/api/sales-orders/${hotelOrder.id}/deliveries`, { deliveryDate: today });
    const due = await post('/api/customer-invoices', { salesOrderId: hotelOrder.id, invoiceDate: today });
    await post(`/api/customer-invoices/${due.id}/post`, undefined, 200);
    await createOrder(t.api, owner, shop.id, [{ productId: beans.id, quantity: '10' }]);
    const cancelled = await createOrder(t.api, owner, hotel.id, [{ productId: beans.id, quantity: '7' }]);
    await post(`/api/sales-orders/${cancelled.id}/cancel`, {}, 200);

    const { cards } = await dashboard();
    expect(cards.sales.thisMonth).toEqual({ ...thisMonth, orders: 2, total: '460' });
    expect(cards.sales.lastMonth).toEqual({ ...lastMonth, orders: 1, total: '30' });
    expect(cards.sales.byDay).toHaveLength(Math.max(dayOf(thisMonth.to), dayOf(lastMonth.to)));
    expect(cards.sales.byDay[dayOf(today) - 1]).toMatchObject({ thisMonth: '460' });
    expect(cards.sales.byDay[0]).toMatchObject({ lastMonth: '30' });
    expect(
      cards.sales.byDay.filter(
        (d: { thisMonth: string; lastMonth: string }) => d.thisMonth !== '0' || d.lastMonth !== '0',
      ),
    ).toHaveLength(dayOf(today) === 1 ? 1 : 2);
    expect(cards.topProducts).toEqual([
      { productId: beans.id, sku: beans.sku, name: 'Beans', quantity: '4', total: '400' },
      { productId: tea.id, sku: tea.sku, name: 'Tea', quantity: '2', total: '60' },
    ]);
    expect(cards.topCustomers).toEqual([
      { customerId: shop.id, name: 'Shop', orders: 1, total: '300' },
      { customerId: hotel.id, name: 'Hotel', orders: 1, total: '160' },
    ]);
    // 160 + 11% = 177.60 due in 30 days; 33.30 − 10 paid = 23.30 overdue.
    expect(cards.receivables).toEqual({ due: '177.6', dueInvoices: 1, overdue: '23.3', overdueInvoices: 1 });
    // Beans 49 left at 60, tea 2 left at 20.
    expect(cards.stockValue).toEqual({ value: '2980', products: 2 });
    // Tea: 5 − 3 delivered = 2 available, under its reorder point of 10; beans 46 of 49 free.
    expect(cards.lowStock).toEqual({
      count: 1,
      items: [{ productId: tea.id, sku: tea.sku, name: 'Tea', available: '2', reorderPoint: '10' }],
    });
    expect(cards.cash.total).toBe('10');
    expect(cards.cash.accounts).toEqual([
      expect.objectContaining({ code: '1-1100', balance: '0' }),
      expect.objectContaining({ code: '1-1200', name: 'Bank', balance: '10' }),
    ]);
  });

  it('shows a member only the cards of their job roles, and another company nothing of these', async () => {
    const seller = await addEmployee(t.api, t.mail, owner, { jobRoles: ['sales'] });
    const { cards } = await dashboard(seller);
    expect(cards.sales.thisMonth.orders).toBe(2);
    expect(cards.receivables.overdueInvoices).toBe(1);
    expect(cards.stockValue).toBeNull();
    expect(cards.cash).toBeNull();

    const other = await onboardCompany(t.api, t.mail, { currency: 'USD' });
    const theirs = (await dashboard(other)).cards;
    expect(theirs.sales.thisMonth).toMatchObject({ orders: 0, total: '0' });
    expect(theirs.topProducts).toEqual([]);
    expect(theirs.receivables).toEqual({ due: '0', dueInvoices: 0, overdue: '0', overdueInvoices: 0 });
    expect(theirs.stockValue).toEqual({ value: '0', products: 0 });
    expect(theirs.cash.total).toBe('0');
  });
});
