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
const header = (accessor: string) => page.locator(`thead th[data-accessor="${accessor}"]`);
const shownNumbers = async () => (await rows().getByRole('link').allTextContents()).filter((t) => /^SO-/.test(t));
const chips = async () => (await page.getByTestId('active-filters').getByRole('button').allTextContents()).sort();
const groupCounts = async () =>
  Object.fromEntries(
    await Promise.all(
      (await page.getByTestId('list-group').all()).map(async (g) => [
        await g.getByTestId('group-label').textContent(),
        await g.getByTestId('group-count').textContent(),
      ]),
    ),
  );
const column = (label: string) =>
  page
    .getByTestId('kanban-column')
    .filter({ has: page.getByTestId('kanban-column-label').getByText(label, { exact: true }) });
const savedFiltersMenu = () => page.getByRole('button', { name: 'Saved filters' });

async function openOrders(query = '') {
  await page.goto(`/sales-orders${query}`);
  await page.getByRole('heading', { level: 1, name: 'Sales orders' }).waitFor();
}

beforeAll(async () => {
  browserApp = await startBrowserApp();
  const { api } = browserApp.t;
  owner = await onboardCompany(api, browserApp.t.mail);
  const product = await createProduct(api, owner, { salePrice: '1000', stock: '100' });
  const buyers = [
    await createCustomer(api, owner, { name: 'Toko Adi Jaya' }),
    await createCustomer(api, owner, { name: 'CV Zaki Motor' }),
  ];
  for (const quantity of ['3', '1', '5', '2', '4']) {
    const order = await createOrder(api, owner, buyers[Number(quantity) % 2]!.id, [
      { productId: product.id, quantity },
    ]);
    orderNumbers[Number(quantity) - 1] = order.number;
    if (quantity === '5') {
      const confirm = await api.post(`/api/sales-orders/${order.id}/confirm`, undefined, { token: owner.token });
      expect(confirm.status).toBe(200);
    }
  }
  confirmedNumber = orderNumbers[4]!;
  page = await browserApp.openPage();
  await logIn(page, owner);
  await openOrders();
  await rows().nth(4).waitFor();
}, 120_000);

afterAll(async () => {
  await browserApp?.close();
});

describe('saved filters', () => {
  it('saves a sorted, grouped and filtered list under a name and brings it back after clearing', async () => {
    await header('total').click();
    await page.getByRole('combobox', { name: 'State' }).click();
    await page.getByRole('option', { name: 'Draft' }).click();
    await page.getByRole('combobox', { name: 'Group by' }).click();
    await page.getByRole('option', { name: 'State' }).click();
    const drafts = orderNumbers.slice(0, 4);
    await expect.poll(() => shownNumbers()).toEqual(drafts);
    await expect.poll(() => groupCounts()).toEqual({ Draft: '4' });
    const filteredChips = await chips();
    expect(filteredChips).toContain('State: Draft');

    await savedFiltersMenu().click();
    await page.getByRole('button', { name: 'Save current filter…' }).click();
    await page.getByRole('textbox', { name: 'Name' }).fill('Small drafts');
    await page.getByRole('button', { name: 'Save filter' }).click();
    await page.getByText('Filter "Small drafts" saved').waitFor();

    await openOrders();
    await expect.poll(() => rows().count()).toBe(5);
    expect(await page.getByTestId('active-filters').count()).toBe(0);
    expect(await page.getByTestId('list-groups').count()).toBe(0);

    await savedFiltersMenu().click();
    await page.getByTestId('saved-filters').getByRole('button', { name: 'Small drafts', exact: true }).click();
    await expect.poll(() => shownNumbers()).toEqual(drafts);
    expect(await chips()).toEqual(filteredChips);
    await expect.poll(() => groupCounts()).toEqual({ Draft: '4' });
    const params = new URL(page.url()).searchParams;
    expect([params.get('state'), params.get('sort'), params.get('group')]).toEqual(['draft', 'total', 'state']);
  });

  it('refuses a name already saved on the list, under the name field', async () => {
    await savedFiltersMenu().click();
    await page.getByRole('button', { name: 'Save current filter…' }).click();
    await page.getByRole('textbox', { name: 'Name' }).fill('small DRAFTS');
    await page.getByRole('button', { name: 'Save filter' }).click();
    await page.getByText('You already have a saved filter with this name on this list').waitFor();
    await page.getByRole('button', { name: 'Cancel' }).click();
  });

  it('deletes a saved filter from the menu', async () => {
    await savedFiltersMenu().click();
    const menu = page.getByTestId('saved-filters');
    await menu.getByRole('button', { name: 'Delete saved filter Small drafts' }).click();
    await menu.getByText('No saved filters on this list yet.').waitFor();
    expect(await menu.getByRole('button', { name: 'Small drafts', exact: true }).count()).toBe(0);
    await page.keyboard.press('Escape');
  });
});

describe('the kanban view', () => {
  it('shows the orders in their state columns, with counts that match, kept in the address', async () => {
    await openOrders();
    await page.getByText('Kanban', { exact: true }).click();
    await page.getByTestId('kanban').waitFor();
    expect(new URL(page.url()).searchParams.get('view')).toBe('kanban');
    expect(await page.getByTestId('kanban-column-label').allTextContents()).toEqual([
      'Draft',
      'Confirmed',
      'Partially delivered',
      'Delivered',
      'Invoiced',
      'Closed',
      'Cancelled',
    ]);
    await expect.poll(() => column('Draft').getByTestId('kanban-column-count').textContent()).toBe('4');
    await expect.poll(() => column('Draft').getByTestId('kanban-card').count()).toBe(4);
    expect(await column('Confirmed').getByTestId('kanban-column-count').textContent()).toBe('1');
    expect(await column('Delivered').getByTestId('kanban-column-count').textContent()).toBe('0');
    const card = column('Confirmed').getByTestId('kanban-card');
    expect(await card.getByTestId('card-number').textContent()).toBe(confirmedNumber);
    expect(await card.getByTestId('card-party').textContent()).toBe('CV Zaki Motor');
    expect(await card.getByTestId('card-amount').textContent()).toMatch(/5[.,]000/);
    expect(await card.getByTestId('card-date').textContent()).not.toBe('');

    await page.reload();
    await expect.poll(() => column('Confirmed').getByTestId('kanban-card').count()).toBe(1);
  });

  it('keeps the other filters in force in every column', async () => {
    await page.getByRole('textbox', { name: 'Search by order number' }).fill(orderNumbers[1]!);
    await expect.poll(() => column('Draft').getByTestId('kanban-column-count').textContent()).toBe('1');
    await expect.poll(() => column('Draft').getByTestId('kanban-card').count()).toBe(1);
    expect(await column('Confirmed').getByTestId('kanban-column-count').textContent()).toBe('0');
    expect(await column('Draft').getByTestId('card-number').textContent()).toBe(orderNumbers[1]);
  });

  it('opens the order from its card', async () => {
    await column('Draft').getByTestId('card-party').click();
    await page.waitForURL(/\/sales-orders\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 1, name: new RegExp(orderNumbers[1]!) }).waitFor();
  });

  it('shows invoices by state too, an invoice in its Draft column', async () => {
    const { api } = browserApp.t;
    const customers = await api.get('/api/customers?q=Zaki', { token: owner.token });
    const draft = await api.post(
      '/api/customer-invoices',
      { customerId: customers.body.items[0].id, lines: [{ description: 'Service', quantity: '1', unitPrice: '700' }] },
      { token: owner.token },
    );
    expect(draft.status, JSON.stringify(draft.body)).toBe(201);
    await page.goto('/invoices?view=kanban');
    await page.getByTestId('kanban').waitFor();
    expect(await page.getByTestId('kanban-column-label').allTextContents()).toEqual([
      'Draft',
      'Posted',
      'Partially paid',
      'Paid',
      'Cancelled',
    ]);
    await expect
      .poll(() => page.getByTestId('kanban-column-count').allTextContents())
      .toEqual(['1', '0', '0', '0', '0']);
    expect(await page.getByTestId('kanban-card').getByTestId('card-party').textContent()).toBe('CV Zaki Motor');
  });
});
