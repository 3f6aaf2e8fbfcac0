import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCustomer } from '../../test/fixtures.ts';
import { type OnboardedCompany, onboardCompany } from '../../test/onboarding.ts';
import { createTestApp, type TestApp } from '../../test/test-app.ts';

let t: TestApp;
let owner: OnboardedCompany;
const names = ['Toko 100% Jaya', 'Toko 1000 Jaya', 'A_B Trading', 'AXB Trading'];
beforeAll(async () => {
  t = await createTestApp();
  owner = await onboardCompany(t.api, t.mail);
  for (const name of names) {
    const customer = await createCustomer(t.api, owner, { name });
    const invoice = await t.api.post(
      '/api/customer-invoices',
      { customerId: customer.id, lines: [{ description: 'Consulting', quantity: '1', unitPrice: '100' }] },
      { token: owner.token },
    );
    expect(invoice.status, JSON.stringify(invoice.body)).toBe(201);
  }
});
afterAll(() => t.close());

describe('searching for text with % or _', () => {
  it.each([
    ['100%', ['Toko 100% Jaya']],
    ['A_B', ['A_B Trading']],
  ])('finds invoices whose customer name holds %s literally', async (search, expected) => {
    const response = await t.api.get(`/api/customer-invoices?search=${encodeURIComponent(search)}`, {
      token: owner.token,
    });
    expect(response.status).toBe(200);
    expect(response.body.items.map((i: { customerName: string }) => i.customerName)).toEqual(expected);
  });

  it.each([
    ['100%', ['Toko 100% Jaya']],
    ['A_B', ['A_B Trading']],
  ])('finds customers whose name holds %s literally', async (q, expected) => {
    const response = await t.api.get(`/api/customers?q=${encodeURIComponent(q)}`, { token: owner.token });
    expect(response.body.items.map((c: { name: string }) => c.name)).toEqual(expected);
  });

  it('takes a leading % literally, not as “any number or name”', async () => {
    const response = await t.api.get(`/api/customer-invoices?search=${encodeURIComponent('%Jaya')}`, {
      token: owner.token,
    });
    expect(response.body.items).toEqual([]);
  });
});
