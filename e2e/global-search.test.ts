import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCustomer, createOrder, createProduct } from '../server/src/test/fixtures.ts';
import { type OnboardedCompany, onboardCompany } from '../server/src/test/onboarding.ts';
import { type BrowserApp, logIn, startBrowserApp } from './browser-app.ts';

let browserApp: BrowserApp;
let owner: OnboardedCompany;
let page: Page;
let order: { id: string; number: string };
let customer: { id: string; name: string };

beforeAll(async () => {
  browserApp = await startBrowserApp();
  owner = await onboardCompany(browserApp.t.api, browserApp.t.mail);
  customer = await createCustomer(browserApp.t.api, owner, { name: 'Toko Bintang Terang' });
  const product = await createProduct(browserApp.t.api, owner, { stock: '5' });
  order = await createOrder(browserApp.t.api, owner, customer.id, [{ productId: product.id, quantity: '1' }]);
  await createOrder(browserApp.t.api, owner, customer.id, [{ productId: product.id, quantity: '2' }]);
  page = await browserApp.openPage();
});

afterAll(async () => {
  await browserApp?.close();
});

describe('finding anything with Ctrl+K', () => {
  it('finds an order by its number and opens it', async () => {
    await logIn(page, owner);
    await page.getByRole('button', { name: 'Search documents and records' }).waitFor();
    await page.keyboard.press('Control+K');
    const search = page.getByRole('textbox', { name: 'Search documents and records' });
    await search.fill(order.number);
    const hits = page.getByTestId('search-hit');
    await expect.poll(() => hits.first().textContent()).toContain(order.number);
    expect(await hits.first().textContent()).toContain(customer.name);
    await hits.first().click();
    await page.waitForURL(new RegExp(`/sales-orders/${order.id}$`));
    await page.getByRole('heading', { level: 1, name: new RegExp(order.number) }).waitFor();
  });

  it('finds a customer by part of the name from the header button, with the orders in their own group', async () => {
    await page.getByRole('button', { name: 'Search documents and records' }).click();
    await page.getByRole('textbox', { name: 'Search documents and records' }).fill('bintang');
    const hits = page.getByTestId('search-hit');
    await expect.poll(() => hits.count()).toBe(3);
    await page.getByText('Customers', { exact: true }).waitFor();
    await page
      .getByTestId('search-hit')
      .filter({ hasText: new RegExp(`^${customer.name}`) })
      .click();
    await page.waitForURL(new RegExp(`/customers/${customer.id}$`));
    await page.getByRole('heading', { level: 1, name: customer.name }).waitFor();
  });
});
