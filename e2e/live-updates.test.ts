import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCustomer, createOrder, createProduct } from '../server/src/test/fixtures.ts';
import { addEmployee, type OnboardedCompany, onboardCompany } from '../server/src/test/onboarding.ts';
import { type BrowserApp, logIn, startBrowserApp } from './browser-app.ts';

let browserApp: BrowserApp;
let owner: OnboardedCompany;
let seller: Page;
let orders: Array<{ id: string; number: string }>;

beforeAll(async () => {
  browserApp = await startBrowserApp();
  const { api, mail } = browserApp.t;
  owner = await onboardCompany(api, mail);
  const colleague = await addEmployee(api, mail, owner, { jobRoles: ['sales'] });
  const product = await createProduct(api, owner, { stock: '20' });
  const customer = await createCustomer(api, owner);
  orders = [
    await createOrder(api, owner, customer.id, [{ productId: product.id, quantity: '2' }]),
    await createOrder(api, owner, customer.id, [{ productId: product.id, quantity: '3' }]),
  ];
  seller = await browserApp.openPage();
  await logIn(seller, colleague);
});

afterAll(async () => {
  await browserApp?.close();
});

const confirmAsOwner = async (id: string) => {
  const confirmed = await browserApp.t.api.post(`/api/sales-orders/${id}/confirm`, undefined, { token: owner.token });
  expect(confirmed.status).toBe(200);
};

describe('two people of one company', () => {
  it('the order list shows an order the other confirmed, without reloading', async () => {
    await seller.goto('/sales-orders');
    const row = seller.getByRole('row', { name: new RegExp(orders[0]!.number) });
    await expect.poll(() => row.textContent()).toContain('Draft');
    await confirmAsOwner(orders[0]!.id);
    await expect.poll(() => row.textContent()).toContain('Confirmed');
  });

  it('the open order says who changed it and shows its new state', async () => {
    await seller.goto(`/sales-orders/${orders[1]!.id}`);
    await expect.poll(() => seller.getByTestId('order-state').textContent()).toBe('Draft');
    await confirmAsOwner(orders[1]!.id);
    await expect
      .poll(() => seller.getByTestId('record-changed').textContent())
      .toContain('Changed by Olivia Owner just now');
    await expect.poll(() => seller.getByTestId('order-state').textContent()).toBe('Confirmed');
  });
});
