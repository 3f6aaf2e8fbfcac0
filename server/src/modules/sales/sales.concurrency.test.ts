import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCustomer, createOrder, createProduct, stockOf } from '../../test/fixtures.ts';
import { type OnboardedCompany, onboardCompany } from '../../test/onboarding.ts';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { onServer } from '../../test/test-database.ts';
import { inventoryLedgerViolations, stockInvariantViolations } from '../inventory/index.ts';

/** Real races need real connections: these run on the PostgreSQL server (25 pooled connections). */
describe.runIf(onServer)('sales orders under concurrency', () => {
  let t: TestApp;
  let owner: OnboardedCompany;
  let customer: { id: string };
  beforeAll(async () => {
    t = await createTestApp();
    owner = await onboardCompany(t.api, t.mail);
    customer = await createCustomer(t.api, owner);
  });
  afterAll(() => t.close());

  const confirm = (id: string) => t.api.post(`/api/sales-orders/${id}/confirm`, undefined, { token: owner.token });
  const cancel = (id: string) => t.api.post(`/api/sales-orders/${id}/cancel`, undefined, { token: owner.token });
  const rounds = Array.from({ length: 20 }, (_, i) => i + 1);

  it.each(rounds)('round %i: 20 single-unit orders racing for stock 5 confirm exactly 5', async () => {
    const product = await createProduct(t.api, owner, { stock: '5' });
    const orders = await Promise.all(
      Array.from({ length: 20 }, () =>
        createOrder(t.api, owner, customer.id, [{ productId: product.id, quantity: '1' }]),
      ),
    );
    const answers = await Promise.all(orders.map((o) => confirm(o.id)));
    expect(answers.filter((a) => a.status === 200)).toHaveLength(5);
    expect(answers.filter((a) => a.status === 409).every((a) => a.body.error.code === 'insufficient_stock')).toBe(true);
    expect(answers.filter((a) => a.status === 409)).toHaveLength(15);
    expect(await stockOf(t.api, owner, product.id)).toEqual({ onHand: '5', reserved: '5', available: '0' });
  });

  it.each(rounds)('round %i: the same order confirmed 10 times at once succeeds once', async () => {
    const product = await createProduct(t.api, owner, { stock: '10' });
    const order = await createOrder(t.api, owner, customer.id, [{ productId: product.id, quantity: '3' }]);
    const answers = await Promise.all(Array.from({ length: 10 }, () => confirm(order.id)));
    expect(answers.map((a) => a.status).sort()).toEqual([200, ...Array(9).fill(409)]);
    expect(answers.filter((a) => a.status === 409).every((a) => a.body.error.code === 'invalid_transition')).toBe(true);
    expect(await stockOf(t.api, owner, product.id)).toEqual({ onHand: '10', reserved: '3', available: '7' });
  });

  it.each(rounds)('round %i: the same order cancelled 10 times at once restores stock once', async () => {
    const product = await createProduct(t.api, owner, { stock: '5' });
    const order = await createOrder(t.api, owner, customer.id, [{ productId: product.id, quantity: '4' }]);
    expect((await confirm(order.id)).status).toBe(200);
    const answers = await Promise.all(Array.from({ length: 10 }, () => cancel(order.id)));
    expect(answers.map((a) => a.status).sort()).toEqual([200, ...Array(9).fill(409)]);
    expect(await stockOf(t.api, owner, product.id)).toEqual({ onHand: '5', reserved: '0', available: '5' });
  });

  it.each(rounds)('round %i: orders locking the same products in opposite line order never deadlock', async () => {
    const a = await createProduct(t.api, owner, { stock: '100' });
    const b = await createProduct(t.api, owner, { stock: '100' });
    const orders = await Promise.all(
      Array.from({ length: 16 }, (_, i) =>
        createOrder(
          t.api,
          owner,
          customer.id,
          i % 2 === 0
            ? [
                { productId: a.id, quantity: '1' },
                { productId: b.id, quantity: '1' },
              ]
            : [
                { productId: b.id, quantity: '1' },
                { productId: a.id, quantity: '1' },
              ],
        ),
      ),
    );
    const answers = await Promise.all(orders.map((o) => confirm(o.id)));
    expect(answers.map((a) => a.status)).toEqual(Array(16).fill(200));
    const cancels = await Promise.all(orders.slice(0, 8).map((o) => cancel(o.id)));
    expect(cancels.map((c) => c.status)).toEqual(Array(8).fill(200));
    expect(await stockOf(t.api, owner, a.id)).toEqual({ onHand: '100', reserved: '8', available: '92' });
  });

  it('leaves every balance equal to its moves and reservations, nothing negative', async () => {
    expect(await stockInvariantViolations(t.db.orm)).toEqual([]);
    expect(await inventoryLedgerViolations(t.db.orm)).toEqual([]);
  });
});
