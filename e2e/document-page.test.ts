import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCustomer, createOrder, createProduct } from '../server/src/test/fixtures.ts';
import { type OnboardedCompany, onboardCompany } from '../server/src/test/onboarding.ts';
import { type BrowserApp, logIn, startBrowserApp } from './browser-app.ts';

let browserApp: BrowserApp;
let owner: OnboardedCompany;
let page: Page;
let product: { id: string; name: string };
let customer: { id: string; name: string };
let order: { id: string; number: string; total: string };

/** Text as a person reads it: the no-break spaces of formatted money are spaces. */
const readable = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();
const currentState = () => page.getByTestId('status-bar').getByTestId('current-state').textContent();
const actions = () => page.getByTestId('document-actions').getByRole('button').allTextContents();

beforeAll(async () => {
  browserApp = await startBrowserApp();
  owner = await onboardCompany(browserApp.t.api, browserApp.t.mail, {
    currency: 'IDR',
    locale: 'id-ID',
    timezone: 'Asia/Jakarta',
  });
  product = await createProduct(browserApp.t.api, owner, { salePrice: '250000', stock: '20', unitOfMeasure: 'pcs' });
  customer = await createCustomer(browserApp.t.api, owner, { name: 'PT Sinar Jaya' });
  order = await createOrder(browserApp.t.api, owner, customer.id, [{ productId: product.id, quantity: '12' }]);
  expect(order.total).toBe('3000000');
  page = await browserApp.openPage();
  await logIn(page, owner);
});

afterAll(async () => {
  await browserApp?.close();
});

describe('a sales order walked through its status bar', () => {
  it('a draft shows its states in order and offers confirming it', async () => {
    await page.goto(`/sales-orders/${order.id}`);
    await expect.poll(currentState).toBe('Draft');
    const states = await page.getByTestId('document-states').getByRole('listitem').allTextContents();
    expect(states).toEqual(['Draft', 'Confirmed', 'Delivered', 'Invoiced', 'Closed']);
    expect(await actions()).toEqual(expect.arrayContaining(['Confirm order', 'Cancel order']));
    expect(await actions()).not.toContain('Deliver');
  });

  it('confirming asks first, naming the stock it reserves and the amount; cancelling the question changes nothing', async () => {
    await page.getByRole('button', { name: 'Confirm order' }).click();
    const dialog = page.getByRole('dialog', { name: `Confirm ${order.number}` });
    expect(readable(await dialog.textContent())).toContain(
      `Confirm the order: reserves 12 pcs of ${product.name}; Rp 3.000.000 from ${customer.name}.`,
    );
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await currentState()).toBe('Draft');

    await page.getByRole('button', { name: 'Confirm order' }).click();
    await dialog.getByRole('button', { name: 'Confirm order' }).click();
    await expect.poll(currentState).toBe('Confirmed');
    expect(await actions()).toEqual(expect.arrayContaining(['Deliver', 'Cancel order']));
    expect(await actions()).not.toContain('Confirm order');
    await page.getByRole('tab', { name: 'Ledger effects' }).click();
    await expect.poll(() => page.getByTestId('reservation').count()).toBe(1);
  });

  it('delivers all of it, and the order is delivered', async () => {
    await page.getByRole('button', { name: 'Deliver' }).click();
    const delivery = page.getByRole('dialog', { name: `Deliver ${order.number}` });
    await delivery.getByRole('button', { name: 'Deliver', exact: true }).click();
    await expect.poll(currentState).toBe('Delivered');
    await page.getByRole('tab', { name: 'Related documents' }).click();
    await expect.poll(() => page.getByTestId('order-stock-operation').count()).toBe(1);
  });

  it('invoices it: the invoice asks before posting, stating the receivable from the customer', async () => {
    await page.getByRole('link', { name: 'Create invoice' }).click();
    await page.waitForURL(/\/invoices\/new/);
    await page.getByRole('button', { name: 'Save draft invoice' }).click();
    await page.waitForURL(/\/invoices\/[0-9a-f-]{36}$/);
    await expect.poll(currentState).toBe('Draft');
    const total = readable(await page.getByTestId('invoice-total').textContent());
    expect(total).toMatch(/^Rp [\d.]+$/);

    await page.getByRole('button', { name: 'Post invoice' }).click();
    const dialog = page.getByRole('dialog', { name: /^Post / });
    expect(readable(await dialog.textContent())).toContain(
      `Post the invoice: ${total} receivable from ${customer.name}`,
    );
    await dialog.getByRole('button', { name: 'Post invoice' }).click();
    await expect.poll(currentState).toBe('Posted');
    expect(await actions()).toContain('Cancel invoice');

    // The ledger tab shows what the posting booked: the receivable against sales and output VAT.
    await page.getByRole('tab', { name: 'Ledger effects' }).click();
    const booked = page.getByTestId('journal-effect').getByTestId('entry-line');
    await expect.poll(() => booked.count()).toBe(3);
    const debits = readable(await page.getByTestId('journal-effect').locator('tfoot').textContent());
    expect(debits).toBe(`Total${total}${total}`);

    await page.goto(`/sales-orders/${order.id}`);
    await expect.poll(currentState).toBe('Invoiced');
  });

  it('stacks on a phone: nothing runs off the side of a 390 px screen', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    await expect.poll(currentState).toBe('Invoiced');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const tabs = await page.getByRole('tablist').boundingBox();
    const details = await page.getByRole('heading', { name: 'Details' }).boundingBox();
    expect(details!.y).toBeGreaterThan(tabs!.y);
  });
});
