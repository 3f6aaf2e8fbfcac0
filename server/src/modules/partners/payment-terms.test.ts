import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCustomer } from '../../test/fixtures.ts';
import { expectingApi } from '../../test/http.ts';
import { type OnboardedCompany, onboardCompany } from '../../test/onboarding.ts';
import { pdfText } from '../../test/pdf-text.ts';
import { createTestApp, type TestApp } from '../../test/test-app.ts';

let t: TestApp;
let owner: OnboardedCompany;
let terms: Record<string, { id: string; name: string; days: number }>;

beforeAll(async () => {
  t = await createTestApp();
  owner = await onboardCompany(t.api, t.mail);
  const { items } = await get('/api/payment-terms');
  terms = Object.fromEntries(items.map((term: { code: string }) => [term.code, term]));
});
afterAll(async () => {
  await t.close();
});

const { get, post, call } = expectingApi(
  () => t.api,
  () => owner,
);

/** A draft invoice for a customer on `term` (or on plain net days), dated `invoiceDate`. */
async function invoiceOn(invoiceDate: string, customerFields: Record<string, unknown>) {
  const customer = await createCustomer(t.api, owner, customerFields);
  return post('/api/customer-invoices', {
    customerId: customer.id,
    invoiceDate,
    lines: [{ description: 'Consulting', quantity: '1', unitPrice: '1000000' }],
  });
}

describe('payment terms', () => {
  it('a new company has the usual terms, named in its language', () => {
    expect(
      Object.values(terms).map((term: any) => [
        term.code,
        term.name,
        term.days,
        term.endOfMonth,
        term.discountPercent,
        term.discountDays,
      ]),
    ).toEqual([
      ['COD', 'Tunai saat diterima', 0, false, null, null],
      ['NET14', 'Net 14 hari', 14, false, null, null],
      ['2/10N30', '2/10 Net 30', 30, false, '2', 10],
      ['NET30', 'Net 30 hari', 30, false, null, null],
      ['NET60', 'Net 60 hari', 60, false, null, null],
      ['EOM', 'Akhir bulan', 0, true, null, null],
      ['NET30EOM', 'Net 30 hari setelah akhir bulan', 30, true, null, null],
    ]);
  });

  it('a customer takes the term’s days, and its invoices the due date the term gives', async () => {
    const customer = await createCustomer(t.api, owner, { paymentTermId: terms.NET30!.id });
    expect(customer).toMatchObject({ paymentTermId: terms.NET30!.id, paymentTermsDays: 30 });

    // 15 January + 30 days.
    const net30 = await invoiceOn('2026-01-15', { paymentTermId: terms.NET30!.id });
    expect(net30).toMatchObject({ dueDate: '2026-02-14', paymentTermName: 'Net 30 hari' });
    expect(net30.earlyPaymentDiscountPercent).toBeNull();

    // End of month: the last day of the invoice's month, February of a common year.
    const eom = await invoiceOn('2026-02-10', { paymentTermId: terms.EOM!.id });
    expect(eom.dueDate).toBe('2026-02-28');

    // Net 30 EOM: 31 January + 30 days = 2 March (February 2026 has 28 days).
    const net30Eom = await invoiceOn('2026-01-15', { paymentTermId: terms.NET30EOM!.id });
    expect(net30Eom.dueDate).toBe('2026-03-02');

    // 2/10 Net 30 across the year end: due 25 December + 30 = 24 January; 2 % off until 25 December + 10 = 4 January.
    const early = await invoiceOn('2026-12-25', { paymentTermId: terms['2/10N30']!.id });
    expect(early).toMatchObject({
      dueDate: '2027-01-24',
      paymentTermName: '2/10 Net 30',
      earlyPaymentDiscountPercent: '2',
      earlyPaymentDiscountDueDate: '2027-01-04',
    });

    // Without a term, the customer's net days as before.
    const plain = await invoiceOn('2026-01-15', { paymentTermsDays: 14 });
    expect(plain).toMatchObject({ dueDate: '2026-01-29', paymentTermName: null });
  });

  it('the invoice PDF names the term and the early-payment discount', async () => {
    const invoice = await invoiceOn('2026-12-25', { paymentTermId: terms['2/10N30']!.id });
    const pdf = await t.app.inject({
      url: `/api/customer-invoices/${invoice.id}/pdf`,
      headers: { authorization: `Bearer ${owner.token}` },
    });
    const text = pdfText(pdf.rawPayload);
    expect(text).toContain('Syarat pembayaran 2/10 Net 30');
    expect(text).toContain('Diskon bayar cepat 2% bila dibayar paling lambat 4 Januari 2027');
    expect(text).toContain('24 Januari 2027');
  });

  it('a changed term applies to invoices made after it; a new term can be added', async () => {
    const custom = await post('/api/payment-terms', {
      code: 'NET45',
      name: 'Net 45',
      days: 45,
      discountPercent: '1.5',
      discountDays: 7,
    });
    expect(custom).toMatchObject({ endOfMonth: false, discountPercent: '1.5', discountDays: 7, active: true });
    const before = await invoiceOn('2026-03-01', { paymentTermId: custom.id });
    expect(before).toMatchObject({ dueDate: '2026-04-15', earlyPaymentDiscountDueDate: '2026-03-08' });

    await call('PATCH', `/api/payment-terms/${custom.id}`, { days: 60, name: 'Net 60 special' });
    const customer = await get(`/api/customers/${before.customerId}`);
    expect(customer.paymentTermsDays).toBe(60);
    expect((await get(`/api/customer-invoices/${before.id}`)).dueDate).toBe('2026-04-15');
    const after = await post('/api/customer-invoices', {
      customerId: before.customerId,
      invoiceDate: '2026-03-01',
      lines: [{ description: 'Consulting', quantity: '1', unitPrice: '1000' }],
    });
    expect(after).toMatchObject({ dueDate: '2026-04-30', paymentTermName: 'Net 60 special' });
  });

  it('refuses a discount longer than the term, a duplicate code, and another company’s term', async () => {
    const tooLong = { code: 'BAD', name: 'Bad', days: 10, discountPercent: '2', discountDays: 20 };
    expect((await t.api.post('/api/payment-terms', tooLong, { token: owner.token })).status).toBe(400);
    const duplicate = { code: 'net30', name: 'Again', days: 30 };
    const dup = await t.api.post('/api/payment-terms', duplicate, { token: owner.token });
    expect(dup.status).toBe(409);
    const other = await onboardCompany(t.api, t.mail);
    const foreign = await t.api.post(
      '/api/customers',
      { code: 'X-1', name: 'Foreign', paymentTermId: terms.NET30!.id },
      { token: other.token },
    );
    expect(foreign.status).toBe(400);
    expect(foreign.body.error.details.fields[0].path).toBe('paymentTermId');
    const patch = await t.api.patch(`/api/payment-terms/${terms.NET30!.id}`, { days: 1 }, { token: other.token });
    expect(patch.status).toBe(404);
  });
});
