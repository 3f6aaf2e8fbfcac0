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

describe('the demo company', () => {
  it('is created once, in an empty database, with a working business behind it', async () => {
    expect(await seedDemoData(t.app.platform)).toBe(true);
    expect(await seedDemoData(t.app.platform)).toBe(false);
    const owner = await logIn(t.api, DEMO_LOGIN.email, DEMO_LOGIN.password);

    const products = await t.api.get('/api/products?limit=200', { token: owner.token });
    expect(products.body.items.length).toBeGreaterThanOrEqual(8);
    const arabica = products.body.items.find((p: { sku: string }) => p.sku === 'KOPI-ARB-250');
    expect(arabica).toMatchObject({ onHand: '120', reserved: '36', available: '84' });

    const orders = await t.api.get('/api/sales-orders?limit=200', { token: owner.token });
    const states = new Set(orders.body.items.map((o: { state: string }) => o.state));
    expect([...states].sort()).toEqual(['cancelled', 'confirmed', 'delivered', 'draft', 'invoiced']);

    const dashboard = await t.api.get('/api/dashboard', { token: owner.token });
    expect(dashboard.body.lowStock.items.map((i: { sku: string }) => i.sku)).toEqual(
      expect.arrayContaining(['KRP-SING-200', 'TEH-MLT-100']),
    );
    const invoices = await t.api.get('/api/customer-invoices?limit=200', { token: owner.token });
    expect(invoices.body.items.map((i: { state: string }) => i.state).sort()).toEqual(['paid', 'posted']);
    const letterhead = await t.api.get('/api/company/letterhead', { token: owner.token });
    expect(letterhead.body).toMatchObject({ taxId: '09.876.543.2-003.000', city: 'Jakarta Timur' });
    expect(letterhead.body.bankAccounts).toHaveLength(2);
    const pdf = await t.app.inject({
      url: `/api/customer-invoices/${invoices.body.items[0].id}/pdf`,
      headers: { authorization: `Bearer ${owner.token}` },
    });
    expect(pdfText(pdf.rawPayload)).toContain('NPWP: 09.876.543.2-003.000');
    const counts = await t.api.get('/api/stock-counts', { token: owner.token });
    expect(counts.body.items.map((c: { state: string }) => c.state).sort()).toEqual([
      'counting',
      'posted',
      'scheduled',
    ]);
    const postedCount = counts.body.items.find((c: { state: string }) => c.state === 'posted');
    const count = await t.api.get(`/api/stock-counts/${postedCount.id}`, { token: owner.token });
    expect(count.body.lines).toEqual([
      expect.objectContaining({ sku: 'GULA-AREN-500', variance: '-2', reason: 'damage' }),
    ]);
    expect(await stockInvariantViolations(t.db.orm)).toEqual([]);
    expect(await inventoryLedgerViolations(t.db.orm)).toEqual([]);
    expect(await receivableInvariantViolations(t.db.orm)).toEqual([]);
    expect(await ledgerInvariantViolations(t.db.orm)).toEqual([]);
  });
});
