import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCustomer, createOrder, createProduct } from '../server/src/test/fixtures.ts';
import { expectingApi } from '../server/src/test/http.ts';
import { type OnboardedCompany, onboardCompany } from '../server/src/test/onboarding.ts';
import { type BrowserApp, logIn, startBrowserApp } from './browser-app.ts';

let browserApp: BrowserApp;
let owner: OnboardedCompany;
let page: Page;
let order: { id: string; number: string };
let delivery: { id: string; number: string };
let invoice: { id: string; number: string; journalEntryId: string | null };

const uuid = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
const indonesianMonths = /\b(Januari|Februari|Maret|Mei|Juni|Juli|Agustus|Oktober|Desember|Agu|Okt|Des)\b/;
/** Text as a person reads it: the no-break spaces of formatted money are spaces. */
const readable = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

const { post } = expectingApi(
  () => browserApp.t.api,
  () => owner,
);

beforeAll(async () => {
  browserApp = await startBrowserApp();
  // An Indonesian company seen by someone whose computer runs on Los Angeles time.
  owner = await onboardCompany(browserApp.t.api, browserApp.t.mail, {
    currency: 'IDR',
    locale: 'id-ID',
    timezone: 'Asia/Jakarta',
  });
  const product = await createProduct(browserApp.t.api, owner, { salePrice: '1490200', stock: '5' });
  const customer = await createCustomer(browserApp.t.api, owner, { name: 'Toko Kopi Sejahtera' });
  order = await createOrder(browserApp.t.api, owner, customer.id, [{ productId: product.id, quantity: '1' }]);
  await post(`/api/sales-orders/${order.id}/confirm`, undefined, 200);
  delivery = await post(`/api/sales-orders/${order.id}/deliveries`, {});
  const draft = await post('/api/customer-invoices', { salesOrderId: order.id });
  invoice = await post(`/api/customer-invoices/${draft.id}/post`, undefined, 200);
  page = await browserApp.openPage({ timezoneId: 'America/Los_Angeles', locale: 'en-US' });
  await logIn(page, owner);
});

afterAll(async () => {
  await browserApp?.close();
});

describe('history panels speak business words', () => {
  it('a sales order’s history shows its total in rupiah and links its delivery by number', async () => {
    await page.goto(`/sales-orders/${order.id}`);
    await page.getByRole('tab', { name: 'History' }).click();
    const history = page.getByTestId('audit-trail');
    await expect.poll(async () => readable(await history.textContent())).toContain('Total: Rp 1.490.200');
    const deliveryLink = history.getByRole('link', { name: delivery.number });
    expect(await deliveryLink.getAttribute('href')).toBe(`/inventory/operations/${delivery.id}`);
    const text = readable(await history.textContent());
    expect(text).toContain('State: Draft → Confirmed');
    expect(text).not.toMatch(uuid);
    expect(text).not.toMatch(/1490200|discountTotal|\btotal:/);
  });

  it('an invoice’s history links the sales order it came from and its journal entry', async () => {
    await page.goto(`/invoices/${invoice.id}`);
    await page.getByRole('tab', { name: 'History' }).click();
    const history = page.getByTestId('audit-trail');
    const orderLink = history.getByRole('link', { name: order.number });
    await orderLink.waitFor();
    expect(await orderLink.getAttribute('href')).toBe(`/sales-orders/${order.id}`);
    const entryLink = history.getByRole('link', { name: /^JE-\d{4}-\d+$/ });
    expect(await entryLink.getAttribute('href')).toMatch(/^\/accounting\/journal\/[0-9a-f-]{36}$/);
    const text = readable(await history.textContent());
    expect(text).toContain('Sales order:');
    expect(text).not.toMatch(uuid);
    expect(text).not.toMatch(/salesOrderId|journalEntry:/);
  });
});

describe('one locale for dates: English words, the company’s numbers and time zone', () => {
  it('names months in English in the periods, the monthly chart and the date picker', async () => {
    await page.goto('/accounting/periods');
    await page.getByTestId('period-row').first().waitFor();
    const periods = readable(await page.getByTestId('fiscal-year').first().textContent());
    expect(periods).toContain('January');
    expect(periods).toContain('December');
    expect(periods).not.toMatch(indonesianMonths);

    await page.goto('/accounting/reports/profit-and-loss');
    const chart = page.getByTestId('monthly-chart');
    const ticks = chart.locator('.recharts-cartesian-axis-tick-value');
    await ticks.first().waitFor();
    const months = (await ticks.allTextContents()).map(readable).filter((tick) => !tick.startsWith('Rp'));
    expect(months.length).toBeGreaterThan(0);
    for (const month of months) expect(month).toMatch(/^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec) \d{4}$/);

    await page.goto('/inventory/moves');
    await page.getByRole('button', { name: 'Posted between' }).click();
    const thisMonth = new Intl.DateTimeFormat('en', {
      month: 'long',
      year: 'numeric',
      timeZone: 'Asia/Jakarta',
    }).format(new Date());
    const picker = page.locator('[data-dates-dropdown]');
    await expect.poll(async () => readable(await picker.textContent())).toContain(thisMonth);
    expect(readable(await picker.textContent())).toMatch(/Mo ?Tu ?We ?Th ?Fr ?Sa ?Su/);
  });

  it('shows a moment late in the evening UTC as the next day, in the company’s time zone', async () => {
    // 18:30 UTC on 7 December is 01:30 on 8 December in Jakarta, and still 7 December in Los Angeles.
    await page.route('**/api/inventory/moves?*', async (route) => {
      const answer = await route.fetch();
      const body = await answer.json();
      for (const move of body.items) move.postedAt = '2026-12-07T18:30:00.000Z';
      await route.fulfill({ response: answer, json: body });
    });
    await page.goto('/inventory/moves');
    const firstRow = page.getByTestId('move-row').first();
    await firstRow.waitFor();
    const text = readable(await firstRow.textContent());
    expect(text).toContain('8 Dec 2026');
    expect(text).toMatch(/01[.:]30/);
    expect(text).not.toMatch(indonesianMonths);
    await page.unroute('**/api/inventory/moves?*');
  });
});
