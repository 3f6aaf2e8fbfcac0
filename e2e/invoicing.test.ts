import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCustomer, createOrder, createProduct } from '../server/src/test/fixtures.ts';
import { expectingApi } from '../server/src/test/http.ts';
import { type OnboardedCompany, onboardCompany } from '../server/src/test/onboarding.ts';
import { type BrowserApp, logIn, mainMenu, startBrowserApp } from './browser-app.ts';

const suffix = randomBytes(3).toString('hex').toUpperCase();

let browserApp: BrowserApp;
let owner: OnboardedCompany;
let page: Page;
let product: { id: string; sku: string };
let customer: { id: string; name: string };
let order: { id: string; number: string };
let invoiceUrl: string;

const text = (testId: string) => page.getByTestId(testId).first().textContent();

beforeAll(async () => {
  browserApp = await startBrowserApp();
  const { api } = browserApp.t;
  owner = await onboardCompany(api, browserApp.t.mail);
  // Stock, a customer on 30-day terms and an order of 6, of which 4 are delivered: set up through the API.
  product = await createProduct(api, owner, {
    sku: `E2E-SEMEN-${suffix}`,
    name: `Semen ${suffix}`,
    salePrice: '1000000',
    standardCost: '600000',
    stock: '10',
  });
  customer = await createCustomer(api, owner, { name: `Toko Bangunan ${suffix}`, paymentTermsDays: 30 });
  const draft = await createOrder(api, owner, customer.id, [{ productId: product.id, quantity: '6' }]);
  order = draft;
  const { post } = expectingApi(
    () => api,
    () => owner,
  );
  await post(`/api/sales-orders/${draft.id}/confirm`, {}, 200);
  await post(`/api/sales-orders/${draft.id}/deliveries`, { lines: [{ lineId: draft.lines[0].id, quantity: '4' }] });
  page = await browserApp.openPage();
});

afterAll(async () => {
  await browserApp?.close();
});

describe('invoicing a delivered order and taking a partial payment in the browser', () => {
  it('the owner logs in and finds invoicing in the menu', async () => {
    await logIn(page, owner);
    for (const item of ['Invoices', 'Payments', 'Receivables aging']) {
      await mainMenu(page).getByRole('link', { name: item }).waitFor();
    }
  });

  it('creates an invoice from the order: the four delivered are offered, five are refused by the server', async () => {
    await page.goto(`/sales-orders/${order.id}`);
    await page.getByRole('link', { name: 'Create invoice' }).click();
    await page.waitForURL(/\/invoices\/new/);
    const line = page.getByTestId('invoice-order-line');
    await line.waitFor();
    expect(await line.getByTestId('line-invoiceable').textContent()).toBe('4 pcs');
    const quantity = line.getByRole('textbox', { name: 'Quantity to invoice' });
    expect(await quantity.inputValue()).toBe('4');

    await quantity.fill('5');
    await page.getByRole('button', { name: 'Save draft invoice' }).click();
    const refused = page.getByTestId('refused-line');
    await refused.waitFor();
    expect(await refused.textContent()).toBe(`${product.sku}54`);
    await line.getByText('Only 4 left to invoice').waitFor();

    await quantity.fill('4');
    await page.getByRole('button', { name: 'Save draft invoice' }).click();
    await page.waitForURL(/\/invoices\/[0-9a-f-]{36}$/);
    invoiceUrl = page.url();
    await expect.poll(() => text('invoice-state')).toBe('Draft');
    expect(await text('invoice-subtotal')).toMatch(/4\.000\.000/);
    expect(await text('invoice-tax')).toMatch(/440\.000/);
    expect(await text('invoice-total')).toMatch(/4\.440\.000/);
  });

  it('posts the invoice: it gets its INV number and stays at 4,440,000 including 11% VAT', async () => {
    await page.getByRole('button', { name: 'Post invoice' }).click();
    const confirmation = page.getByRole('dialog');
    expect(await confirmation.textContent()).toMatch(/Post the invoice: Rp\s*4\.440\.000 receivable from /);
    await confirmation.getByRole('button', { name: 'Post invoice' }).click();
    await expect.poll(() => text('invoice-state')).toBe('Posted');
    expect(await text('invoice-number')).toMatch(/^INV-\d{4}-00001$/);
    expect(await text('invoice-total')).toMatch(/4\.440\.000/);
    expect(await text('invoice-due')).toMatch(/4\.440\.000/);
    expect(await page.getByTestId('invoice-line').textContent()).toMatch(/11%/);
    await page.getByTestId('journal-entry-link').waitFor();
  });

  it('emails the posted invoice as a PDF, and the timeline shows the send', async () => {
    await page.getByRole('button', { name: 'PDF' }).click();
    await page.getByRole('menuitem', { name: 'Email to customer' }).click();
    const dialog = page.getByRole('dialog', { name: /^Email / });
    await dialog.getByRole('textbox', { name: 'Send to' }).fill('finance@pelanggan.example');
    await dialog.getByRole('button', { name: 'Send' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const number = await text('invoice-number');
    const mail = await browserApp.t.mail.waitFor('finance@pelanggan.example', undefined, 15_000);
    expect(mail.subject).toContain(number);
    expect(mail.attachments?.[0]?.filename).toMatch(/\.pdf$/);
    await page.getByRole('tab', { name: 'Notes' }).click();
    await expect
      .poll(() => page.getByTestId('chatter-email').first().textContent())
      .toContain('to finance@pelanggan.example');
  });

  it('records a partial payment of 1.654.122 by bank against the invoice, typed as the app shows amounts', async () => {
    await page.getByRole('link', { name: 'Record payment' }).click();
    await page.waitForURL(/\/payments\/new/);
    const amount = page.getByRole('textbox', { name: 'Amount received' });
    await expect.poll(() => amount.inputValue()).toBe('4.440.000');
    const allocation = page.getByTestId('allocation-row').getByRole('textbox');
    expect(await allocation.inputValue()).toBe('4.440.000');

    // IDR has no decimals: "2,5" is refused with the currency's rule.
    await amount.fill('2,5');
    await page.getByRole('button', { name: 'Record payment' }).click();
    await page.getByText('Whole IDR only, no decimals').waitFor();

    await amount.fill('1.654.122');
    await expect.poll(() => allocation.inputValue()).toBe('1.654.122');
    expect(await text('allocated-total')).toMatch(/1\.654\.122/);
    expect(await text('left-as-credit')).toMatch(/Rp\s*0$/);
    await page.getByRole('textbox', { name: 'Reference' }).fill(`TRF-${suffix}`);
    await page.getByRole('button', { name: 'Record payment' }).click();

    await page.waitForURL(/\/payments\/[0-9a-f-]{36}$/);
    expect(await text('payment-number')).toMatch(/^PAY-\d{4}-00001$/);
    const stored = await browserApp.t.api.get(`/api/customer-payments/${page.url().split('/').at(-1)}`, {
      token: owner.token,
    });
    expect(stored.body).toMatchObject({ amount: '1654122' });
    expect(stored.body.allocations.map((a: { amount: string }) => a.amount)).toEqual(['1654122']);
    await page.reload();
    await expect.poll(() => text('payment-allocated')).toMatch(/1\.654\.122/);
    expect(await page.getByTestId('payment-allocation').count()).toBe(1);
  });

  it('the invoice is partially paid with 2,785,878 still due', async () => {
    await page.getByTestId('payment-allocation').getByRole('link').click();
    await page.waitForURL(invoiceUrl);
    await expect.poll(() => text('invoice-state')).toBe('Partially paid');
    expect(await text('invoice-paid')).toMatch(/1\.654\.122/);
    expect(await text('invoice-due')).toMatch(/2\.785\.878/);
    await page.getByRole('tab', { name: 'Related documents' }).click();
    await page.getByTestId('invoice-payment').waitFor();
    expect(await page.getByTestId('invoice-payment').count()).toBe(1);
  });

  it('the aging shows the remaining 2,785,878 as current, and the customer statement agrees', async () => {
    await mainMenu(page).getByRole('link', { name: 'Receivables aging' }).click();
    const row = page.getByTestId('aging-row');
    await row.waitFor();
    expect(await row.count()).toBe(1);
    expect(await row.textContent()).toContain(customer.name);
    expect(await row.getByTestId('aging-row-total').textContent()).toMatch(/2\.785\.878/);
    expect(await text('aging-total')).toMatch(/2\.785\.878/);

    await row.getByRole('link', { name: customer.name }).click();
    await page.waitForURL(/\/customers\/[0-9a-f-]{36}\/statement/);
    await expect.poll(() => page.getByTestId('statement-line').count()).toBe(2);
    expect(await text('statement-closing')).toMatch(/2\.785\.878/);
  });

  it('lists the partially paid invoice and exports the list as CSV', async () => {
    await mainMenu(page).getByRole('link', { name: 'Invoices' }).click();
    await page.getByRole('combobox', { name: 'State' }).click();
    await page.getByRole('option', { name: 'Partially paid' }).click();
    await expect.poll(() => page.getByTestId('invoice-row').count()).toBe(1);
    expect(await text('invoice-row-due')).toMatch(/2\.785\.878/);

    await page.getByRole('button', { name: 'Export' }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('menuitem', { name: 'CSV' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^invoices-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = await readFile((await file.path())!, 'utf8');
    expect(csv.trim().split('\n')).toHaveLength(2);
    expect(csv).toContain(customer.name);
    expect(csv).toContain('partially_paid');
  });
});
