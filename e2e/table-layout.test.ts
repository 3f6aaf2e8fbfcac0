import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoBusiness } from '../server/src/demo/demo-business.ts';
import { createProduct } from '../server/src/test/fixtures.ts';
import { type OnboardedCompany, onboardCompany } from '../server/src/test/onboarding.ts';
import { type BrowserApp, logIn, startBrowserApp } from './browser-app.ts';
import { tableLayoutProblems } from './table-layout.ts';

let browserApp: BrowserApp;
let owner: OnboardedCompany;
let page: Page;
const pages: Array<[name: string, path: string]> = [];
const screenshots = process.env.E2E_SCREENSHOTS;

const widths = [1440, 1280, 390];
const schemes = ['light', 'dark'] as const;

const get = async (path: string) => {
  const answer = await browserApp.t.api.get(path, { token: owner.token });
  expect(answer.status, path).toBe(200);
  return answer.body;
};

/** The first record of a list, as the page address of its document. */
const firstOf = async (list: string) => (await get(list)).items[0].id as string;

/** API requests of the page still running (the notification stream never ends, so it is left out). */
const running = new Set<unknown>();

function trackRequests(): void {
  page.on('request', (request) => {
    if (request.url().includes('/api/') && !request.url().includes('/stream')) running.add(request);
  });
  page.on('requestfinished', (request) => running.delete(request));
  page.on('requestfailed', (request) => running.delete(request));
}

/** Waits until the page has its data: no API request running, no loader turning. */
async function settled(): Promise<void> {
  await expect.poll(() => running.size, { timeout: 15_000 }).toBe(0);
  await page.getByLabel('Loading').first().waitFor({ state: 'detached' });
  await page.locator('.mantine-datatable-loader-fetching').first().waitFor({ state: 'detached' });
  await expect.poll(() => running.size, { timeout: 15_000 }).toBe(0);
}

beforeAll(async () => {
  browserApp = await startBrowserApp();
  owner = await onboardCompany(browserApp.t.api, browserApp.t.mail, {
    currency: 'IDR',
    locale: 'id-ID',
    timezone: 'Asia/Jakarta',
  });
  // The demo company's documents: every list and document page has realistic rows to show.
  await browserApp.t.db.withTenant(owner.tenantId, { userId: owner.userId }, seedDemoBusiness);
  const lotted = await createProduct(browserApp.t.api, owner, {
    sku: 'MADU-HUTAN-SUMBAWA-1000',
    name: 'Madu hutan Sumbawa dalam botol kaca 1000 ml dengan tutup kayu',
    tracking: 'lot',
    unitOfMeasure: 'kg',
    standardCost: '1490200',
  });
  const receipt = await browserApp.t.api.post(
    '/api/inventory/receipts',
    {
      vendorName: 'CV Lebah Madu Nusantara Sejahtera',
      reference: 'PO-LEBAH-2026-000123',
      lines: [{ productId: lotted.id, quantity: '1250.5', unitCost: '1490200', lotNumber: 'LOT-SUMBAWA-2026-12-0001' }],
    },
    { token: owner.token },
  );
  expect(receipt.status, JSON.stringify(receipt.body)).toBe(201);

  pages.push(
    ['movement history', '/inventory/moves'],
    ['operations', '/inventory/operations'],
    ['receipt', `/inventory/operations/${receipt.body.id}`],
    ['delivery', `/inventory/operations/${await firstOf('/api/inventory/operations?type=delivery')}`],
    ['stock', '/inventory/stock'],
    ['valuation', '/inventory/valuation'],
    ['lots', '/inventory/lots'],
    ['adjustments', '/inventory/adjustments'],
    ['adjustment', `/inventory/adjustments/${await firstOf('/api/inventory/adjustments')}`],
    ['stock counts', '/inventory/stock-counts'],
    ['stock count', `/inventory/stock-counts/${await firstOf('/api/stock-counts')}`],
    ['products', '/products'],
    ['product', `/products/${lotted.id}`],
    ['customers', '/customers'],
    ['customer', `/customers/${await firstOf('/api/customers')}`],
    ['sales orders', '/sales-orders'],
    ['sales order', `/sales-orders/${await firstOf('/api/sales-orders?state=invoiced')}`],
    ['invoices', '/invoices'],
    ['invoice', `/invoices/${await firstOf('/api/customer-invoices')}`],
    ['payments', '/payments'],
    ['payment', `/payments/${await firstOf('/api/customer-payments')}`],
    ['aging', '/receivables/aging'],
    ['journal', '/accounting/journal'],
    ['journal entry', `/accounting/journal/${await firstOf('/api/accounting/journal-entries')}`],
    ['chart of accounts', '/accounting/accounts'],
    ['periods', '/accounting/periods'],
    ['trial balance', '/accounting/reports/trial-balance'],
    ['profit and loss', '/accounting/reports/profit-and-loss'],
    ['balance sheet', '/accounting/reports/balance-sheet'],
    ['cash flow', '/accounting/reports/cash-flow'],
    ['general ledger', '/accounting/reports/general-ledger'],
  );
  page = await browserApp.openPage();
  trackRequests();
  await logIn(page, owner);
}, 120_000);

afterAll(async () => {
  await browserApp?.close();
});

describe('tables fit their cards or scroll inside them', () => {
  for (const scheme of schemes) {
    for (const width of widths) {
      it(`at ${width} px in ${scheme} mode, no cell overflows its column and no table its card`, async () => {
        await page.evaluate((value) => localStorage.setItem('mantine-color-scheme-value', value), scheme);
        await page.setViewportSize({ width, height: 900 });
        const found: string[] = [];
        for (const [name, path] of pages) {
          await page.goto(path);
          await settled();
          if (screenshots)
            await page.screenshot({ path: `${screenshots}/${name}-${width}-${scheme}.png`, fullPage: true });
          expect(await page.locator('html').getAttribute('data-mantine-color-scheme')).toBe(scheme);
          for (const problem of await tableLayoutProblems(page)) {
            found.push(`${name}: [${problem.table}] ${problem.cell ? `"${problem.cell}": ` : ''}${problem.problem}`);
          }
        }
        expect(found).toEqual([]);
      }, 180_000);
    }
  }
});
