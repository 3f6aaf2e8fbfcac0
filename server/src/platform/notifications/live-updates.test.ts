import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCustomer, createOrder, createProduct } from '../../test/fixtures.ts';
import { addEmployee, logIn, type OnboardedCompany, onboardCompany } from '../../test/onboarding.ts';
import { createTestApp, type TestApp } from '../../test/test-app.ts';

let t: TestApp;
let owner: OnboardedCompany;
let otherCompany: OnboardedCompany;
let baseUrl: string;
beforeAll(async () => {
  t = await createTestApp();
  owner = await onboardCompany(t.api, t.mail);
  otherCompany = await onboardCompany(t.api, t.mail);
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  baseUrl = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
});
afterAll(() => t.close());

interface StreamEvent {
  event: string;
  data: Record<string, unknown>;
}

/** A stream that waits at most this long for an event it expects, so a missing one fails the test. */
const DEADLINE_MS = 5_000;

/**
 * Opens the member's event stream over a real HTTP connection and keeps every `change` event in
 * arrival order; `ended` resolves once the server closes it.
 */
async function openStream(token: string, tenantId: string) {
  const response = await fetch(`${baseUrl}/api/notifications/stream`, {
    headers: { authorization: `Bearer ${token}`, 'x-tenant-id': tenantId },
  });
  expect(response.status).toBe(200);
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  const events: StreamEvent[] = [];
  const waiting = new Set<() => void>();
  let buffer = '';
  const ended = (async () => {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return 'ended';
      buffer += decoder.decode(value, { stream: true });
      const blocks = buffer.split('\n\n');
      buffer = blocks.pop() ?? '';
      for (const block of blocks) {
        const lines = block.split('\n');
        const event = lines.find((l) => l.startsWith('event: '))?.slice(7);
        const data = lines.find((l) => l.startsWith('data: '))?.slice(6);
        if (event === 'change' && data) events.push({ event, data: JSON.parse(data) });
      }
      for (const wake of waiting) wake();
    }
  })();
  /** The events up to and including the first that `matches`, once it has arrived. */
  const until = (matches: (e: StreamEvent) => boolean) =>
    new Promise<StreamEvent[]>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no such event within ${DEADLINE_MS} ms`)), DEADLINE_MS);
      const check = () => {
        const at = events.findIndex(matches);
        if (at < 0) return;
        clearTimeout(timer);
        waiting.delete(check);
        resolve(events.slice(0, at + 1));
      };
      waiting.add(check);
      check();
    });
  return { events, until, ended, cancel: () => reader.cancel() };
}

const ofRecord = (id: string) => (e: StreamEvent) => e.data.id === id;

describe('live record changes on the event stream', () => {
  it('a confirmed order reaches the company’s sales members only, and never another company', async () => {
    const seller = await addEmployee(t.api, t.mail, owner, { jobRoles: ['sales'] });
    const buyer = await addEmployee(t.api, t.mail, owner, { jobRoles: ['purchasing'] });
    const product = await createProduct(t.api, owner, { stock: '10' });
    const customer = await createCustomer(t.api, owner);
    const order = await createOrder(t.api, owner, customer.id, [{ productId: product.id, quantity: '2' }]);

    const sellerStream = await openStream(seller.token, owner.tenantId);
    const buyerStream = await openStream(buyer.token, owner.tenantId);
    const outsiderStream = await openStream(otherCompany.token, otherCompany.tenantId);

    const confirmed = await t.api.post(`/api/sales-orders/${order.id}/confirm`, undefined, { token: owner.token });
    expect(confirmed.status).toBe(200);
    // Changes arrive in commit order: once each stream has the change that came after the
    // confirmation, it has already been told of the confirmation or it never will be.
    const later = await createProduct(t.api, owner);
    const outsiderLater = await createCustomer(t.api, otherCompany);

    const sellerSaw = await sellerStream.until(ofRecord(later.id));
    expect(sellerSaw.filter(ofRecord(order.id)).map((e) => e.data)).toEqual([
      {
        kind: 'sales_order',
        id: order.id,
        action: 'confirmed',
        number: null,
        state: 'confirmed',
        actor: { id: owner.userId, name: 'Olivia Owner' },
      },
    ]);
    const buyerSaw = await buyerStream.until(ofRecord(later.id));
    expect(buyerSaw.map((e) => e.data.kind)).toEqual(['product']);
    expect(buyerSaw[0]!.data).toMatchObject({ action: 'created', actor: { name: 'Olivia Owner' } });

    const outsiderSaw = await outsiderStream.until(ofRecord(outsiderLater.id));
    expect(outsiderSaw.map((e) => [e.data.kind, e.data.id])).toEqual([['customer', outsiderLater.id]]);

    for (const stream of [sellerStream, buyerStream, outsiderStream]) await stream.cancel();
  });

  it('tells a member whose job roles change what the new roles read', async () => {
    const clerk = await addEmployee(t.api, t.mail, owner, { jobRoles: ['purchasing'] });
    const stream = await openStream(clerk.token, owner.tenantId);
    const granted = await t.api.patch(
      `/api/members/${clerk.membershipId}`,
      { jobRoles: ['sales'] },
      { token: owner.token },
    );
    expect(granted.status, JSON.stringify(granted.body)).toBe(200);
    const customer = await createCustomer(t.api, owner);
    // The customer is now readable to the clerk; before, as a buyer, it was not.
    expect((await stream.until(ofRecord(customer.id))).at(-1)!.data).toMatchObject({ kind: 'customer' });
    await stream.cancel();
  });

  it('ends when its session logs out or is revoked', async () => {
    const seller = await addEmployee(t.api, t.mail, owner, { jobRoles: ['sales'] });
    const loggingOut = await openStream(seller.token, owner.tenantId);
    expect((await t.api.post('/api/auth/logout', undefined, { token: seller.token })).status).toBe(204);
    expect(await loggingOut.ended).toBe('ended');

    const revoked = await logIn(t.api, seller.email, seller.password);
    const revokedStream = await openStream(revoked.token, owner.tenantId);
    const rotated = await t.api.post('/api/auth/refresh', { refreshToken: revoked.refreshToken });
    expect((await t.api.post('/api/auth/refresh', { refreshToken: rotated.body.refreshToken })).status).toBe(200);
    // A used refresh token presented again revokes its whole session, and its stream ends.
    const reused = await t.api.post('/api/auth/refresh', { refreshToken: revoked.refreshToken });
    expect(reused.body.error.code).toBe('refresh_token_reused');
    expect(await revokedStream.ended).toBe('ended');
  });
});
