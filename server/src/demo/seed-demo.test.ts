import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ledgerInvariantViolations } from '../modules/accounting/index.ts';
import { inventoryLedgerViolations, stockInvariantViolations } from '../modules/inventory/index.ts';
import { receivableInvariantViolations } from '../modules/invoicing/index.ts';
import { logIn } from '../test/onboarding.ts';
import { pdfText } from '../test/pdf-text.ts';
import { createTestApp, type TestApp } from '../test/test-app.ts';
import { DEMO_LOGIN, seedDemoData } from './seed-demo.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

function countBy(items: Array<{ state: string }>): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { state } of items) counts[state] = (counts[state] ?? 0) + 1;
  return counts;
}

describe('the demo company', () => {
  it('is created once, in an empty database, with six months of a working business behind it', async () => {
    const took = await seedDemoData(t.app.platform);
    expect(took).toBeTypeOf('number');
    console.info(`demo company created in ${(took! / 1000).toFixed(1)} s`);
    expect(await seedDemoData(t.app.platform)).toBeNull();
    const owner = await logIn(t.api, DEMO_LOGIN.email, DEMO_LOGIN.password);
    const get = async (url: string) => {
      const response = await t.api.get(url, { token: owner.token });
      expect(response.status, url).toBe(200);
      return response.body;
    };
    const all = async (url: string) => {
      const items: any[] = [];
      let cursor: string | null = null;
      do {
        const page = await get(`${url}${url.includes('?') ? '&' : '?'}limit=200${cursor ? `&cursor=${cursor}` : ''}`);
        items.push(...page.items);
        cursor = page.nextCursor;
      } while (cursor);
      return items;
    };
    const today = (await get('/api/dashboard')).today as string;

    const orders = await all('/api/sales-orders');
    // About 200: the count depends on how many working days the six months up to today hold.
    expect(orders.length).toBeGreaterThanOrEqual(180);
    const orderStates = countBy(orders);
    for (const state of ['draft', 'confirmed', 'partially_delivered', 'delivered', 'invoiced', 'cancelled']) {
      expect(orderStates[state] ?? 0, `${state} orders in ${JSON.stringify(orderStates)}`).toBeGreaterThan(0);
    }
    const dates = orders.map((o) => o.orderDate as string).sort();
    expect(dates.at(-1)! <= today).toBe(true);
    expect(new Date(today).getTime() - new Date(dates[0]!).getTime()).toBeGreaterThan(170 * 86_400_000);
    expect((await get('/api/inventory/moves?moveType=return&limit=5')).items.length).toBeGreaterThan(0);
    expect((await get('/api/inventory/operations?type=receipt&limit=5')).items.length).toBeGreaterThan(0);
    expect((await get('/api/inventory/operations?type=transfer&limit=50')).items.map((o: any) => o.state)).toEqual(
      expect.arrayContaining(['done', 'in_transit']),
    );

    const invoices = await all('/api/customer-invoices');
    const invoiceStates = countBy(invoices);
    for (const state of ['draft', 'posted', 'partially_paid', 'paid', 'cancelled']) {
      expect(invoiceStates[state] ?? 0, `${state} invoices in ${JSON.stringify(invoiceStates)}`).toBeGreaterThan(0);
    }
    expect((await get(`/api/customer-invoices?overdueOn=${today}&limit=5`)).items.length).toBeGreaterThan(0);
    expect((await get('/api/customer-payments?limit=5')).items.length).toBeGreaterThan(0);
    expect((await get('/api/accounting/journal-entries?limit=5')).items.length).toBeGreaterThan(0);

    const counts = await get('/api/stock-counts');
    expect(counts.items.map((c: { state: string }) => c.state).sort()).toEqual([
      'counted',
      'counting',
      'posted',
      'scheduled',
    ]);
    const postedCount = counts.items.find((c: { state: string }) => c.state === 'posted');
    const count = await get(`/api/stock-counts/${postedCount.id}`);
    expect(count.lines.filter((l: { variance: string }) => l.variance !== '0')).toEqual([
      expect.objectContaining({ sku: 'GULA-AREN-500', variance: '-2', reason: 'damage' }),
    ]);

    // The ledger agrees with the documents: it balances, and the inventory account is the stock's value.
    const trial = await get(`/api/accounting/reports/trial-balance?from=${dates[0]}&to=${today}`);
    expect(trial.balanced).toBe(true);
    expect(trial.totals.closingDebit).toBe(trial.totals.closingCredit);
    const inventory = trial.rows.find((r: { code: string }) => r.code === '1-1400');
    const valuation = await get('/api/inventory/valuation');
    expect(Number(valuation.total)).toBeGreaterThan(0);
    expect(inventory.closingDebit).toBe(valuation.total);

    const dashboard = await get('/api/dashboard');
    expect(Number(dashboard.cards.sales.thisMonth.total)).toBeGreaterThan(0);
    expect(Number(dashboard.cards.sales.lastMonth.total)).toBeGreaterThan(0);
    expect(dashboard.cards.topProducts.length).toBeGreaterThan(0);
    expect(Number(dashboard.cards.receivables.overdue)).toBeGreaterThan(0);
    expect(Number(dashboard.cards.cash.total)).toBeGreaterThan(0);
    expect(dashboard.cards.lowStock.count).toBeGreaterThan(0);

    const letterhead = await get('/api/company/letterhead');
    expect(letterhead).toMatchObject({ taxId: '09.876.543.2-003.000', city: 'Jakarta Timur' });
    const posted = invoices.find((i) => i.state === 'posted');
    const pdf = await t.app.inject({
      url: `/api/customer-invoices/${posted.id}/pdf`,
      headers: { authorization: `Bearer ${owner.token}` },
    });
    expect(pdfText(pdf.rawPayload)).toContain('NPWP: 09.876.543.2-003.000');
    expect(await stockInvariantViolations(t.db.orm)).toEqual([]);
    expect(await inventoryLedgerViolations(t.db.orm)).toEqual([]);
    expect(await receivableInvariantViolations(t.db.orm)).toEqual([]);
    expect(await ledgerInvariantViolations(t.db.orm)).toEqual([]);
  }, 300_000);
});
