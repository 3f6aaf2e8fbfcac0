import { randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCustomer, createProduct } from '../server/src/test/fixtures.ts';
import { type OnboardedCompany, onboardCompany } from '../server/src/test/onboarding.ts';
import { type BrowserApp, logIn, startBrowserApp } from './browser-app.ts';

const suffix = randomBytes(3).toString('hex').toUpperCase();

let browserApp: BrowserApp;
let owner: OnboardedCompany;
let page: Page;
let customer: { name: string };
let machine: { sku: string };

/** The accessible name of the field that has the focus. */
const focused = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? null);

async function newOrderWithLine(sku: string): Promise<void> {
  await page.goto('/sales-orders/new');
  await page.getByRole('heading', { level: 1, name: 'New sales order' }).waitFor();
  await page.getByRole('combobox', { name: 'Customer' }).fill(customer.name);
  await page.getByRole('option', { name: new RegExp(customer.name) }).click();
  await page.getByRole('textbox', { name: 'Add product' }).fill(sku);
  await page.getByTestId('product-option').filter({ hasText: sku }).click();
  await page.getByTestId('order-line').first().getByText(sku).waitFor();
}

beforeAll(async () => {
  browserApp = await startBrowserApp();
  owner = await onboardCompany(browserApp.t.api, browserApp.t.mail, { currency: 'IDR', locale: 'id-ID' });
  customer = await createCustomer(browserApp.t.api, owner, { name: `Toko Mesin ${suffix}` });
  machine = await createProduct(browserApp.t.api, owner, { sku: `E2E-MESIN-${suffix}`, salePrice: '900000' });
  page = await browserApp.openPage();
  await logIn(page, owner);
});

afterAll(async () => {
  await browserApp?.close();
});

describe('the line editor', () => {
  it('adds a line on Enter, moves between lines with the arrows and removes one with Ctrl+Delete', async () => {
    await page.goto('/accounting/journal/new');
    const lines = page.getByTestId('entry-line');
    await expect.poll(() => lines.count()).toBe(2);

    await page.getByRole('textbox', { name: 'Debit of line 1' }).fill('100');
    await page.getByRole('textbox', { name: 'Credit of line 2' }).press('Enter');
    await expect.poll(() => lines.count()).toBe(3);
    await expect.poll(focused).toBe('Account of line 3');

    await page.getByRole('textbox', { name: 'Debit of line 3' }).fill('7');
    await page.getByRole('textbox', { name: 'Debit of line 3' }).press('ArrowUp');
    await expect.poll(focused).toBe('Debit of line 2');
    await page.keyboard.press('ArrowUp');
    await expect.poll(focused).toBe('Debit of line 1');
    await page.keyboard.press('ArrowDown');
    await expect.poll(focused).toBe('Debit of line 2');

    // Plain Delete edits text; Ctrl+Delete removes the line, and the focus stays in the same column.
    await page.keyboard.press('Control+Delete');
    await expect.poll(() => lines.count()).toBe(2);
    await expect.poll(focused).toBe('Debit of line 2');
    expect(await page.getByRole('textbox', { name: 'Debit of line 2' }).inputValue()).toBe('7');
    expect(await page.getByRole('textbox', { name: 'Debit of line 1' }).inputValue()).toBe('100');
  });

  it('reads a price typed as 1.250.000 in an id-ID company as 1250000 and saves it so', async () => {
    await newOrderWithLine(machine.sku);
    const line = page.getByTestId('order-line').first();
    await line.getByRole('textbox', { name: 'Quantity' }).fill('2');
    await line.getByRole('textbox', { name: 'Unit price' }).fill('1.250.000');
    await expect.poll(() => line.getByTestId('line-total').textContent()).toMatch(/^Rp\s*2\.500\.000$/);
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.waitForURL(/\/sales-orders\/[0-9a-f-]{36}$/);
    const id = page.url().split('/').at(-1)!;
    const stored = (await browserApp.t.api.get(`/api/sales-orders/${id}`, { token: owner.token })).body;
    expect(stored.lines[0]).toMatchObject({ quantity: '2', unitPrice: '1250000' });
    expect(stored.total).toBe('2500000');
  });

  it('at 390 px stacks each line into a card that fits the screen, and still edits it', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await newOrderWithLine(machine.sku);
    const line = page.getByTestId('order-line').first();
    const price = line.getByRole('textbox', { name: 'Unit price' });
    await price.fill('1.000');
    await expect.poll(() => line.getByTestId('line-total').textContent()).toMatch(/^Rp\s*1\.000$/);
    const box = (await price.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    const quantityBox = (await line.getByRole('textbox', { name: 'Quantity' }).boundingBox())!;
    // Stacked: the price sits under the quantity, not beside it.
    expect(box.y).toBeGreaterThan(quantityBox.y);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await line.getByRole('button', { name: 'Remove line 1' }).click();
    await expect.poll(() => page.getByTestId('order-line').count()).toBe(0);
  });
});
