import { randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProduct } from '../server/src/test/fixtures.ts';
import { type OnboardedCompany, onboardCompany } from '../server/src/test/onboarding.ts';
import { type BrowserApp, logIn, mainMenu, startBrowserApp } from './browser-app.ts';

const suffix = randomBytes(3).toString('hex').toUpperCase();
const category = `Beverages ${suffix}`;

let browserApp: BrowserApp;
let owner: OnboardedCompany;
let page: Page;
let syrup: { id: string; sku: string; name: string };
let countUrl: string;

beforeAll(async () => {
  browserApp = await startBrowserApp();
  const { api } = browserApp.t;
  owner = await onboardCompany(api, browserApp.t.mail);
  const created = await api.post('/api/product-categories', { name: category }, { token: owner.token });
  syrup = await createProduct(api, owner, {
    sku: `E2E-SIRUP-${suffix}`,
    name: `Sirup Markisa ${suffix}`,
    categoryId: created.body.id,
    standardCost: '15000',
    stock: '10',
  });
  page = await browserApp.openPage();
});

afterAll(async () => {
  await browserApp?.close();
});

const state = () => page.getByTestId('count-state').first().textContent();
/**
 * Presses a page action from the keyboard: success notifications settle in the corner where the
 * actions are, so a pointer click might land on one.
 */
const press = (name: string) => page.getByRole('button', { name, exact: true }).press('Enter');

const act = async (name: string, next: string) => {
  await press(name);
  await expect.poll(state).toBe(next);
};

describe('counting stock in the browser', () => {
  it('schedules a count of one category and starts it with a snapshot', async () => {
    await logIn(page, owner);

    await mainMenu(page).getByRole('link', { name: 'Stock counts' }).click();
    await page.getByRole('link', { name: 'Schedule count' }).click();
    await page.getByRole('combobox', { name: 'Product categories' }).click();
    await page.getByRole('option', { name: category }).click();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Schedule count' }).click();
    await page.waitForURL(/\/inventory\/stock-counts\/[0-9a-f-]{36}$/);
    countUrl = page.url();
    await expect.poll(state).toBe('Scheduled');

    await act('Start counting', 'Counting');
    const line = page.getByTestId('count-line');
    await expect.poll(() => line.count()).toBe(1);
    expect(await line.getAttribute('data-sku')).toBe(syrup.sku);
  });

  it('counts by scanning the SKU, and is told a variance needs a reason', async () => {
    await page.getByTestId('scan-input').fill(syrup.sku);
    await page.getByTestId('scan-input').press('Enter');
    const counted = page.getByTestId('counted-input');
    await expect.poll(() => counted.evaluate((input) => input === document.activeElement)).toBe(true);
    await page.keyboard.type('8');
    await page.keyboard.press('Enter');
    expect(await page.getByTestId('line-variance').textContent()).toBe('-2');
    await page.getByTestId('save-counts').click();
    await expect.poll(() => page.getByTestId('unsaved-lines').textContent()).toBe('All counts saved');

    await press('Finish counting');
    const refusal = page.getByTestId('count-refusal');
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain(`Give the reason for the variance of line 1 (${syrup.sku}`);
    expect(await state()).toBe('Counting');
  });

  it('gives the reason, finishes, reviews, approves and posts; the product then has 8 on hand', async () => {
    await page.getByRole('combobox', { name: new RegExp(`^Reason for ${syrup.sku}`) }).click();
    await page.getByRole('option', { name: 'Damage' }).click();
    await act('Finish counting', 'Counted');
    const matching = page.getByTestId('matching-line');
    expect(await matching.getByTestId('line-variance').textContent()).toBe('-2');
    expect(await page.getByTestId('needs-manager').isVisible()).toBe(true);

    await act('Mark reviewed', 'Reviewed');
    await act('Approve', 'Approved');
    await act('Post adjustment', 'Posted');
    expect(await page.getByRole('button', { name: 'Post adjustment' }).count()).toBe(0);

    await page.goto(`/products/${syrup.id}`);
    await page.getByRole('heading', { level: 1, name: syrup.name }).waitFor();
    await page.reload();
    await page.getByTestId('stock-on-hand').waitFor();
    expect(await page.getByTestId('stock-on-hand').textContent()).toBe('8 pcs');

    await page.goto(countUrl);
    await expect.poll(state).toBe('Posted');
    expect(await page.getByTestId('count-progress').textContent()).toContain('Posted');
  });
});
