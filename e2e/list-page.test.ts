import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCustomer, createOrder, createProduct } from '../server/src/test/fixtures.ts';
import { type OnboardedCompany, onboardCompany } from '../server/src/test/onboarding.ts';
import { type BrowserApp, logIn, startBrowserApp } from './browser-app.ts';

let browserApp: BrowserApp;
let owner: OnboardedCompany;
let page: Page;
/** Order numbers by quantity ordered (price 1000 each), so by total. */
const orderNumbers: string[] = [];
let confirmedNumber: string;

const rows = () => page.getByTestId('order-row');
/** A column's header; a sortable one is a button named with its sort state, so found by its column. */
const header = (accessor: string) => page.locator(`thead th[data-accessor="${accessor}"]`);
/** The order numbers shown, top to bottom. */
const shownNumbers = async () => (await rows().getByRole('link').allTextContents()).filter((t) => /^SO-/.test(t));

beforeAll(async () => {
  browserApp = await startBrowserApp();
  const { api } = browserApp.t;
  owner = await onboardCompany(api, browserApp.t.mail);
  const product = await createProduct(api, owner, { salePrice: '1000', stock: '100' });
  const buyers = [
    await createCustomer(api, owner, { name: 'Toko Adi Jaya' }),
    await createCustomer(api, owner, { name: 'CV Zaki Motor' }),
  ];
  // Created in an order unlike their totals, so that sorting by total visibly reorders them.
  for (const quantity of ['3', '1', '5', '2', '4']) {
    const order = await createOrder(api, owner, buyers[Number(quantity) % 2]!.id, [
      { productId: product.id, quantity },
    ]);
    orderNumbers[Number(quantity) - 1] = order.number;
  }
  const confirmed = await api.get('/api/sales-orders?limit=50', { token: owner.token });
  const biggest = confirmed.body.items.find((o: { number: string }) => o.number === orderNumbers[4]);
  expect((await api.post(`/api/sales-orders/${biggest.id}/confirm`, undefined, { token: owner.token })).status).toBe(
    200,
  );
  confirmedNumber = orderNumbers[4]!;
  page = await browserApp.openPage();
  await logIn(page, owner);
  await page.goto('/sales-orders');
  await page.getByRole('heading', { level: 1, name: 'Sales orders' }).waitFor();
  await rows().nth(4).waitFor();
}, 120_000);

afterAll(async () => {
  await browserApp?.close();
});

describe('the sales order list, built from the list kit', () => {
  it('sorts by total both ways, from the column header, kept in the address', async () => {
    await header('total').click();
    await expect.poll(() => shownNumbers()).toEqual(orderNumbers);
    expect(new URL(page.url()).searchParams.get('sort')).toBe('total');
    await header('total').click();
    await expect.poll(() => shownNumbers()).toEqual([...orderNumbers].reverse());
    expect(new URL(page.url()).searchParams.get('sort')).toBe('-total');
  });

  it('"/" focuses the search, and a state filter shows as a chip that survives a reload', async () => {
    await page.getByRole('heading', { level: 1, name: 'Sales orders' }).click();
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      'Search by order number',
    );
    await page.getByRole('combobox', { name: 'State' }).click();
    await page.getByRole('option', { name: 'Draft' }).click();
    await expect.poll(() => shownNumbers()).toEqual([...orderNumbers.slice(0, 4)].reverse());
    await page.getByTestId('active-filters').getByText('State: Draft').waitFor();

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Sales orders' }).waitFor();
    await expect.poll(() => shownNumbers()).toEqual([...orderNumbers.slice(0, 4)].reverse());
    expect(new URL(page.url()).searchParams.get('state')).toBe('draft');

    await page.getByRole('button', { name: 'Remove filter State: Draft' }).click();
    await expect.poll(() => rows().count()).toBe(5);
    expect(new URL(page.url()).searchParams.get('state')).toBeNull();
  });

  it('says what to do when no order matches, and clears the filters', async () => {
    await page.getByRole('textbox', { name: 'Search by order number' }).fill('SO-9999');
    await page.getByText('No orders match these filters').waitFor();
    await page.getByRole('button', { name: 'Clear filters' }).first().click();
    await expect.poll(() => rows().count()).toBe(5);
    expect(await page.getByRole('textbox', { name: 'Search by order number' }).inputValue()).toBe('');
  });

  it('groups by state with counts and sums, and a group opens as a filter', async () => {
    await page.getByRole('combobox', { name: 'Group by' }).click();
    await page.getByRole('option', { name: 'State' }).click();
    const groups = page.getByTestId('list-group');
    await expect.poll(() => groups.count()).toBe(2);
    const draft = groups.filter({ hasText: 'Draft' });
    expect(await draft.getByTestId('group-count').textContent()).toBe('4');
    // 1 + 2 + 3 + 4 pieces at 1000 each.
    expect(await draft.getByTestId('group-total').textContent()).toMatch(/10[.,]000/);
    await page.getByRole('button', { name: 'Show Confirmed' }).click();
    await expect.poll(() => shownNumbers()).toEqual([confirmedNumber]);
    expect(new URL(page.url()).searchParams.get('state')).toBe('confirmed');
    await page.getByRole('button', { name: 'Clear filters' }).first().click();
    await page.getByRole('combobox', { name: 'Group by' }).click();
    await page.getByRole('option', { name: 'State' }).click();
    await expect.poll(() => groups.count()).toBe(0);
    await expect.poll(() => rows().count()).toBe(5);
  });

  it('hides a column chosen in the column chooser, and remembers it', async () => {
    expect(await header('customerName').count()).toBe(1);
    await page.getByRole('button', { name: 'Columns' }).click();
    await page.getByRole('checkbox', { name: 'Customer' }).uncheck();
    await expect.poll(() => header('customerName').count()).toBe(0);
    await page.keyboard.press('Escape');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Sales orders' }).waitFor();
    await expect.poll(() => rows().count()).toBe(5);
    expect(await header('customerName').count()).toBe(0);
    expect(await header('total').count()).toBe(1);
  });

  it('exports exactly the selected rows', async () => {
    const [first, second] = [rows().nth(1), rows().nth(3)];
    const chosen = [await first.getByRole('link').textContent(), await second.getByRole('link').textContent()];
    await first.getByRole('checkbox', { name: 'Select' }).check();
    await second.getByRole('checkbox', { name: 'Select' }).check();
    await page.getByTestId('bulk-actions').getByText('2 selected').waitFor();
    // Ticking a row selects it; it does not open the order.
    expect(new URL(page.url()).pathname).toBe('/sales-orders');

    await page.getByRole('button', { name: 'Export selected' }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('menuitem', { name: 'CSV' }).click();
    const csv = await readFile((await (await download).path())!, 'utf8');
    const numbers = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.split(',')[0]);
    expect(numbers.sort()).toEqual(chosen.sort());
  });

  it('shows cards with number, customer, state and amount at 390 px', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    const cards = page.getByTestId('list-card');
    await expect.poll(() => cards.count()).toBe(5);
    expect(await rows().count()).toBe(0);
    const card = cards.filter({ hasText: confirmedNumber });
    expect(await card.getByTestId('card-party').textContent()).toBe('CV Zaki Motor');
    expect(await card.getByTestId('card-state').textContent()).toBe('Confirmed');
    expect(await card.getByTestId('card-amount').textContent()).toMatch(/5[.,]000/);
    // The cards fit the phone once the layout has settled: nothing sticks out sideways.
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
});
