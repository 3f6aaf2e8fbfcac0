import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stockInvariantViolations } from '../modules/inventory/index.ts';
import { logIn } from '../test/onboarding.ts';
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
    expect([...states].sort()).toEqual(['cancelled', 'confirmed', 'draft']);

    const dashboard = await t.api.get('/api/dashboard', { token: owner.token });
    expect(dashboard.body.lowStock.items.map((i: { sku: string }) => i.sku)).toEqual(
      expect.arrayContaining(['KRP-SING-200', 'TEH-MLT-100']),
    );
    expect(await stockInvariantViolations(t.db.orm)).toEqual([]);
  });
});
