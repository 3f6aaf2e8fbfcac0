import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { salesOrderFlow } from '../modules/sales/sales-order.workflow.ts';
import { createCustomer, createOrder, createProduct } from '../test/fixtures.ts';
import { expectingApi } from '../test/http.ts';
import { type OnboardedCompany, onboardCompany } from '../test/onboarding.ts';
import { createTestApp, type TestApp } from '../test/test-app.ts';
import { applyTransition } from './transition.ts';

let t: TestApp;
let owner: OnboardedCompany;
let other: OnboardedCompany;

beforeAll(async () => {
  t = await createTestApp();
  owner = await onboardCompany(t.api, t.mail);
  other = await onboardCompany(t.api, t.mail);
});
afterAll(() => t.close());

async function draftOrder(as = owner): Promise<{ id: string }> {
  const product = await createProduct(t.api, as, { stock: '3' });
  const customer = await createCustomer(t.api, as);
  return createOrder(t.api, as, customer.id, [{ productId: product.id, quantity: '1' }]);
}

/** A transition in a transaction of its own, from the state the caller says the order was read in. */
function cancelAsRead(id: string, as = owner) {
  return t.db.withTenant(as.tenantId, { userId: as.userId }, (ctx) =>
    applyTransition(ctx, salesOrderFlow, { id, state: 'draft' }, 'cancel', { audit: { reason: 'race' } }),
  );
}

const { get } = expectingApi(
  () => t.api,
  () => owner,
);
const orderOf = (id: string) => get(`/api/sales-orders/${id}`);

describe('applyTransition', () => {
  it('of two transitions from the state both read, exactly one wins; the other gets 409 naming the state', async () => {
    const order = await draftOrder();
    const outcomes = await Promise.allSettled([cancelAsRead(order.id), cancelAsRead(order.id)]);
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    const [lost] = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
    expect(lost!.reason).toMatchObject({
      status: 409,
      code: 'invalid_transition',
      details: { entity: 'sales order', current: 'cancelled', attempted: 'cancel', allowed: [] },
    });
    expect(lost!.reason.message).toBe('Only draft or confirmed orders can be cancelled; this order is cancelled');
    expect((await orderOf(order.id)).state).toBe('cancelled');
  });

  it('stamps who and when, and writes one audit row with both states', async () => {
    const before = Date.now();
    const order = await draftOrder();
    await cancelAsRead(order.id);
    const cancelled = await orderOf(order.id);
    expect(new Date(cancelled.cancelledAt).getTime()).toBeGreaterThanOrEqual(before - 1000);
    const trail = await get(`/api/audit?entity=sales_order&id=${order.id}`);
    const rows = trail.items.filter((e: { action: string }) => e.action === 'sales_order.cancelled');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      actor: { id: owner.userId, name: 'Olivia Owner' },
      before: { state: 'draft' },
      after: { state: 'cancelled', reason: 'race' },
    });
    expect(new Date(rows[0].occurredAt).getTime()).toBeGreaterThanOrEqual(before - 1000);
  });

  it('refuses a state the workflow does not allow the action from, before writing anything', async () => {
    const order = await draftOrder();
    const refused = t.db.withTenant(owner.tenantId, { userId: owner.userId }, (ctx) =>
      applyTransition(ctx, salesOrderFlow, { id: order.id, state: 'delivered' }, 'cancel'),
    );
    await expect(refused).rejects.toMatchObject({ status: 409, details: { current: 'delivered' } });
    expect((await orderOf(order.id)).state).toBe('draft');
  });

  it('finds no document of another company: 404, and the document stays as it was', async () => {
    const theirs = await draftOrder(other);
    await expect(cancelAsRead(theirs.id, owner)).rejects.toMatchObject({ status: 404 });
    expect((await get(`/api/sales-orders/${theirs.id}`, other)).state).toBe('draft');
  });
});
