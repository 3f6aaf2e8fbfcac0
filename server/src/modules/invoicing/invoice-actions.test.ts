import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCustomer } from '../../test/fixtures.ts';
import { expectingApi } from '../../test/http.ts';
import { type OnboardedCompany, onboardCompany } from '../../test/onboarding.ts';
import { createTestApp, type TestApp } from '../../test/test-app.ts';

let t: TestApp;
let owner: OnboardedCompany;
let customer: { id: string };

beforeAll(async () => {
  t = await createTestApp();
  owner = await onboardCompany(t.api, t.mail);
  customer = await createCustomer(t.api, owner, { name: 'PT Sinar' });
});
afterAll(async () => {
  await t.close();
});

const { get, post } = expectingApi(
  () => t.api,
  () => owner,
);

const draftInvoice = () =>
  post('/api/customer-invoices', {
    customerId: customer.id,
    lines: [{ description: 'Installation', quantity: '1', unitPrice: '1000' }],
  });
const allowed = async (id: string) => (await get(`/api/customer-invoices/${id}`)).allowedActions;

describe('an invoice says what its state allows, for the status bar', () => {
  it('draft → posted → partially paid → paid, each with its next actions', async () => {
    const draft = await draftInvoice();
    expect(draft.state).toBe('draft');
    expect(await allowed(draft.id)).toEqual(['edit', 'post', 'cancel']);

    const posted = await post(`/api/customer-invoices/${draft.id}/post`, undefined, 200);
    expect(posted.allowedActions).toEqual(['pay', 'cancel']);

    const pay = (amount: string) =>
      post('/api/customer-payments', {
        customerId: customer.id,
        amount,
        method: 'bank',
        allocations: [{ invoiceId: draft.id, amount }],
      });
    await pay('400');
    const partiallyPaid = await get(`/api/customer-invoices/${draft.id}`);
    expect(partiallyPaid.state).toBe('partially_paid');
    expect(partiallyPaid.allowedActions).toEqual(['pay']);

    await pay(partiallyPaid.amountDue);
    expect((await get(`/api/customer-invoices/${draft.id}`)).state).toBe('paid');
    expect(await allowed(draft.id)).toEqual([]);
  });

  it('an invoice cancelled by a credit note allows nothing, nor does the credit note', async () => {
    const credited = await draftInvoice();
    await post(`/api/customer-invoices/${credited.id}/post`, undefined, 200);
    const cancel = await post(`/api/customer-invoices/${credited.id}/cancel`, { reason: 'Wrong customer' }, 200);
    expect(cancel.state).toBe('cancelled');
    expect(await allowed(credited.id)).toEqual([]);
    expect(await allowed(cancel.creditNoteId)).toEqual([]);
  });
});

describe('a payment offers applying its credit while it holds some', () => {
  it('an overpayment allows apply_credit until the credit settles another invoice', async () => {
    const payment = await post('/api/customer-payments', { customerId: customer.id, amount: '5000', method: 'bank' });
    expect(payment.unallocatedAmount).toBe('5000');
    expect(payment.allowedActions).toEqual(['apply_credit']);

    const invoice = await draftInvoice();
    const posted = await post(`/api/customer-invoices/${invoice.id}/post`, undefined, 200);
    const applied = await post(
      `/api/customer-payments/${payment.id}/apply-credit`,
      { allocations: [{ invoiceId: invoice.id, amount: posted.total }] },
      200,
    );
    expect(applied.allowedActions).toEqual(['apply_credit']);
    // An invoice larger than the credit left takes all of it.
    const large = await post('/api/customer-invoices', {
      customerId: customer.id,
      lines: [{ description: 'Maintenance contract', quantity: '1', unitPrice: '10000' }],
    });
    await post(`/api/customer-invoices/${large.id}/post`, undefined, 200);
    const spent = await post(`/api/customer-payments/${payment.id}/apply-credit`, undefined, 200);
    expect(spent.unallocatedAmount).toBe('0');
    expect(spent.allowedActions).toEqual([]);
  });
});
