import { randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCustomer, createOrder, createProduct } from '../server/src/test/fixtures.ts';
import { type OnboardedCompany, onboardCompany } from '../server/src/test/onboarding.ts';
import { type BrowserApp, logIn, mainMenu, startBrowserApp } from './browser-app.ts';

const suffix = randomBytes(3).toString('hex').toUpperCase();
const warehouse = { code: `DEPOT-${suffix}`, name: `Cold depot ${suffix}` };
const rack = { code: `${warehouse.code}/C-01`, name: 'Chiller rack 1' };

let browserApp: BrowserApp;
let owner: OnboardedCompany;
let page: Page;
let yoghurt: { id: string; sku: string };

/** Picks an option of a searchable select by typing part of its label. */
async function choose(name: string, typed: string, option: RegExp): Promise<void> {
  await page.getByRole('combobox', { name, exact: true }).fill(typed);
  await page.getByRole('option', { name: option }).click();
}

async function addLine(sku: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Add product' }).fill(sku);
  await page.getByTestId('product-option').filter({ hasText: sku }).click();
  await page.getByTestId('stock-line').filter({ hasText: sku }).waitFor();
}

/** The valuation total as the page shows it, read fresh from the server. */
async function valuationTotal(): Promise<string | null> {
  await mainMenu(page).getByRole('link', { name: 'Valuation' }).click();
  await page.reload();
  await page.getByTestId('valuation-total').waitFor();
  return page.getByTestId('valuation-total').textContent();
}

async function newOperation(kind: string): Promise<void> {
  await mainMenu(page).getByRole('link', { name: 'Operations' }).click();
  await page.getByRole('button', { name: 'New operation' }).click();
  await page.getByRole('menuitem', { name: kind }).click();
}

const operationState = () => page.getByTestId('operation-state').textContent();

beforeAll(async () => {
  browserApp = await startBrowserApp();
  owner = await onboardCompany(browserApp.t.api, browserApp.t.mail, { currency: 'USD', locale: 'en-US' });
  yoghurt = await createProduct(browserApp.t.api, owner, {
    sku: `E2E-YOG-${suffix}`,
    name: `Yoghurt ${suffix}`,
    standardCost: '11',
    costingMethod: 'average',
  });
  page = await browserApp.openPage();
});

afterAll(async () => {
  await browserApp?.close();
});

describe('warehouse inventory in the browser', () => {
  it('the owner finds the inventory pages in the menu, and no stock is valued yet', async () => {
    await logIn(page, owner);
    for (const item of ['Stock by location', 'Operations', 'Movement history', 'Lots & serials', 'Warehouses']) {
      await mainMenu(page).getByRole('link', { name: item }).waitFor();
    }
    expect(await valuationTotal()).toBe('$0.00');
  });

  it('creates a warehouse, a chiller zone in it and a rack location in the zone, in the tree', async () => {
    await mainMenu(page).getByRole('link', { name: 'Warehouses' }).click();
    await page.getByRole('button', { name: 'New warehouse' }).click();
    const dialog = page.getByRole('dialog', { name: 'New warehouse' });
    await dialog.getByRole('textbox', { name: 'Code' }).fill(warehouse.code);
    await dialog.getByRole('textbox', { name: 'Name' }).fill(warehouse.name);
    await dialog.getByRole('button', { name: 'Create warehouse' }).click();
    await page.getByRole('heading', { level: 1, name: warehouse.name }).waitFor();

    const tree = page.getByTestId('warehouse-tree');
    // A new warehouse comes with its stock, receiving and quarantine locations.
    await expect.poll(() => tree.getByTestId('tree-location').count()).toBe(3);

    await tree.getByRole('button', { name: 'Add zone' }).click();
    const zoneDialog = page.getByRole('dialog', { name: 'New zone' });
    await zoneDialog.getByRole('textbox', { name: 'Code' }).fill('COLD');
    await zoneDialog.getByRole('textbox', { name: 'Name' }).fill('Cold room');
    await zoneDialog.getByRole('combobox', { name: 'Kind' }).click();
    await page.getByRole('option', { name: 'Chiller' }).click();
    await zoneDialog.getByRole('textbox', { name: 'Min temperature' }).fill('2');
    await zoneDialog.getByRole('textbox', { name: 'Max temperature' }).fill('8');
    await zoneDialog.getByRole('button', { name: 'Create zone' }).click();
    const zone = tree.getByTestId('tree-zone');
    await expect.poll(() => zone.textContent()).toContain('Cold room · 2 to 8 °C');
    expect(await zone.textContent()).toContain('Chiller');

    await tree.getByRole('button', { name: 'Add location to COLD' }).click();
    const locationDialog = page.getByRole('dialog', { name: 'New location' });
    await locationDialog.getByRole('textbox', { name: 'Code' }).fill(rack.code);
    await locationDialog.getByRole('textbox', { name: 'Name' }).fill(rack.name);
    await locationDialog.getByRole('button', { name: 'Create location' }).click();
    await expect.poll(() => tree.getByTestId('tree-location').count()).toBe(4);

    // The rack hangs under the zone, empty.
    const rackNode = page.locator('[data-value^="zone:"] + ul').getByTestId('tree-location');
    expect(await rackNode.count()).toBe(1);
    expect(await rackNode.textContent()).toContain(rack.code);
    expect(await rackNode.getByTestId('location-on-hand').textContent()).toBe('0 on hand · 0 products');
  });

  it('receives 10 of a product from a vendor at 12.50 each', async () => {
    await newOperation('Receipt from a vendor');
    await page.getByRole('heading', { level: 1, name: 'New receipt' }).waitFor();
    await page.getByRole('textbox', { name: 'Vendor' }).fill('PT Susu Segar');
    await addLine(yoghurt.sku);
    await page.getByRole('textbox', { name: `Quantity of ${yoghurt.sku}` }).fill('10');
    await page.getByRole('textbox', { name: `Unit cost of ${yoghurt.sku}` }).fill('12.50');
    await page.getByRole('button', { name: 'Post receipt' }).click();

    await page.waitForURL(/\/inventory\/operations\/[0-9a-f-]{36}$/);
    expect(await operationState()).toBe('Done');
    expect(await page.getByTestId('operation-value').textContent()).toBe('Total $125.00');
    await page.getByRole('tab', { name: 'Ledger effects' }).click();
    await expect
      .poll(() => page.getByTestId('operation-moves').getByTestId('move-route').allTextContents())
      .toEqual(['VIRTUAL/VENDORS → WH/STOCK']);

    expect(await valuationTotal()).toBe('$125.00');
  });

  it('transfers 4 to the rack of the other warehouse, through transit, received in two parts', async () => {
    await newOperation('Transfer');
    await page.getByRole('heading', { level: 1, name: 'New transfer' }).waitFor();
    await choose('To location', rack.code, new RegExp(rack.name));
    await page.getByText(`between warehouses`, { exact: false }).waitFor();
    await addLine(yoghurt.sku);
    await expect.poll(() => page.getByTestId('line-available').textContent()).toBe('10 pcs available');
    await page.getByRole('textbox', { name: `Quantity of ${yoghurt.sku}` }).fill('4');
    await page.getByRole('button', { name: 'Post transfer' }).click();

    await page.waitForURL(/\/inventory\/operations\/[0-9a-f-]{36}$/);
    await expect.poll(operationState).toBe('In transit');

    await page.getByRole('button', { name: 'Receive' }).click();
    let dialog = page.getByRole('dialog', { name: /^Receive / });
    await dialog.getByRole('textbox', { name: `Received quantity of ${yoghurt.sku}` }).fill('3');
    await dialog.getByRole('button', { name: 'Receive' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => page.getByTestId('operation-line').getByRole('cell').nth(4).textContent()).toBe('3');
    expect(await operationState()).toBe('In transit');

    await page.getByRole('button', { name: 'Receive' }).click();
    dialog = page.getByRole('dialog', { name: /^Receive / });
    expect(await dialog.getByRole('textbox', { name: `Received quantity of ${yoghurt.sku}` }).inputValue()).toBe('1');
    await dialog.getByRole('button', { name: 'Receive' }).click();
    await expect.poll(operationState).toBe('Done');
  });

  it('shows the rack holding 4 in the warehouse tree', async () => {
    await mainMenu(page).getByRole('link', { name: 'Warehouses' }).click();
    await page.getByRole('link', { name: warehouse.code }).click();
    const rackNode = page.locator('[data-value^="zone:"] + ul').getByTestId('tree-location');
    await expect.poll(() => rackNode.getByTestId('location-on-hand').textContent()).toBe('4 on hand · 1 products');
  });

  it('lists the product’s moves in the movement history, newest first', async () => {
    await mainMenu(page).getByRole('link', { name: 'Movement history' }).click();
    await choose('Product', yoghurt.sku, new RegExp(yoghurt.sku));
    await expect.poll(() => page.getByTestId('move-row').count()).toBe(4);
    expect(await page.getByTestId('move-route').allTextContents()).toEqual([
      `VIRTUAL/TRANSIT → ${rack.code}`,
      `VIRTUAL/TRANSIT → ${rack.code}`,
      'WH/STOCK → VIRTUAL/TRANSIT',
      'VIRTUAL/VENDORS → WH/STOCK',
    ]);
    expect(await page.getByTestId('move-quantity').allTextContents()).toEqual(['1', '3', '4', '+10']);
  });

  it('values the stock at 125.00 in all, 50.00 of it in the new warehouse', async () => {
    expect(await valuationTotal()).toBe('$125.00');
    await page.getByRole('combobox', { name: 'Warehouse' }).click();
    await page.getByRole('option', { name: new RegExp(warehouse.code) }).click();
    await expect.poll(() => page.getByTestId('valuation-total').textContent()).toBe('$50.00');
    expect(await page.getByTestId('valuation-row').count()).toBe(1);
  });

  it('delivers part of a confirmed order and takes one back; the order is partially delivered', async () => {
    const { api } = browserApp.t;
    const customer = await createCustomer(api, owner, { name: `Kafe ${suffix}` });
    const order = await createOrder(api, owner, customer.id, [{ productId: yoghurt.id, quantity: '3' }]);
    expect((await api.post(`/api/sales-orders/${order.id}/confirm`, undefined, { token: owner.token })).status).toBe(
      200,
    );
    await page.goto(`/sales-orders/${order.id}`);
    await expect.poll(() => page.getByTestId('order-state').textContent()).toBe('Confirmed');

    await page.getByRole('button', { name: 'Deliver' }).click();
    const delivery = page.getByRole('dialog', { name: `Deliver ${order.number}` });
    const quantity = delivery.getByRole('textbox', { name: `Deliver quantity of ${yoghurt.sku}` });
    expect(await quantity.inputValue()).toBe('3');
    await quantity.fill('2');
    await delivery.getByRole('button', { name: 'Deliver', exact: true }).click();
    await expect.poll(() => page.getByTestId('order-state').textContent()).toBe('Partially delivered');
    expect(await page.getByTestId('line-delivered').textContent()).toBe('2 delivered');

    await page.getByRole('button', { name: 'Return' }).click();
    const goodsBack = page.getByRole('dialog', { name: `Return from ${order.number}` });
    await goodsBack.getByRole('textbox', { name: `Return quantity of ${yoghurt.sku}` }).fill('1');
    await goodsBack.getByRole('button', { name: 'Take back' }).click();
    await expect.poll(() => page.getByTestId('line-delivered').textContent()).toBe('2 delivered, 1 returned');
    await page.getByRole('tab', { name: 'Related documents' }).click();
    await expect.poll(() => page.getByTestId('order-stock-operation').count()).toBe(2);
    expect(await page.getByTestId('order-state').textContent()).toBe('Partially delivered');
  });

  it('rings the bell live when a product falls under its reorder point, and opens the low-stock list', async () => {
    const { api } = browserApp.t;
    await mainMenu(page).getByRole('link', { name: 'Operations' }).click();
    const bell = page.getByRole('button', { name: /^Notifications/ });
    await expect.poll(() => bell.getAttribute('aria-label')).toBe('Notifications');

    const milk = await createProduct(api, owner, { sku: `E2E-MILK-${suffix}`, stock: '10', reorderPoint: '5' });
    const scrapped = await api.post(
      '/api/inventory/scraps',
      { reason: 'damaged', lines: [{ productId: milk.id, quantity: '6' }] },
      { token: owner.token },
    );
    expect(scrapped.status).toBe(201);
    await expect.poll(() => bell.getAttribute('aria-label')).toBe('Notifications, 1 unread');
    expect(await page.getByTestId('notification-count').textContent()).toContain('1');

    await bell.click();
    await page.getByTestId('notification').filter({ hasText: milk.sku }).click();
    await page.getByRole('heading', { level: 1, name: 'Low stock' }).waitFor();
    await expect.poll(() => bell.getAttribute('aria-label')).toBe('Notifications');
  });

  it('asks before posting a stock adjustment, stating its loss at cost, and posts only when confirmed', async () => {
    const { api } = browserApp.t;
    const adjustments = async () =>
      (await api.get('/api/inventory/adjustments', { token: owner.token })).body.items.length as number;
    const before = await adjustments();
    await page.goto('/inventory/adjustments/new');
    await page.getByRole('heading', { level: 1, name: 'New stock adjustment' }).waitFor();
    await page.getByText('Add or remove', { exact: true }).click();
    await addLine(yoghurt.sku);
    await page.getByRole('textbox', { name: `Quantity of ${yoghurt.sku}` }).fill('-1');
    await page.getByRole('button', { name: 'Post adjustment' }).click();

    // One yoghurt at its average cost of 12.50 goes to inventory loss.
    const dialog = page.getByRole('dialog', { name: 'Post the adjustment?' });
    await expect
      .poll(() => dialog.getByTestId('adjustment-effect').textContent())
      .toMatch(/^Post the adjustment: −\$12\.50 to inventory loss/);
    expect(await dialog.getByRole('listitem').textContent()).toMatch(
      new RegExp(`^${yoghurt.sku}: \\d+ → \\d+ .*\\(-\\$12\\.50\\)$`),
    );
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await adjustments()).toBe(before);

    await page.getByRole('button', { name: 'Post adjustment' }).click();
    await dialog.getByRole('button', { name: 'Post adjustment' }).click();
    await page.waitForURL(/\/inventory\/adjustments\/[0-9a-f-]{36}$/);
    expect(await adjustments()).toBe(before + 1);
  });
});
