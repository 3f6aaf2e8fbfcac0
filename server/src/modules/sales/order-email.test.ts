import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/database.ts';
import { createCustomer, createOrder, createProduct } from '../../test/fixtures.ts';
import { expectingApi } from '../../test/http.ts';
import { type OnboardedCompany, onboardCompany } from '../../test/onboarding.ts';
import { pdfText } from '../../test/pdf-text.ts';
import { createTestApp, type TestApp } from '../../test/test-app.ts';

let t: TestApp;
let owner: OnboardedCompany;

beforeAll(async () => {
  t = await createTestApp();
  owner = await onboardCompany(t.api, t.mail);
});
afterAll(async () => {
  await t.close();
});

const { get, post } = expectingApi(
  () => t.api,
  () => owner,
);

describe('emailing the order confirmation', () => {
  it('sends the PDF through the outbox in the company’s language and puts the mail on the order’s timeline', async () => {
    const product = await createProduct(t.api, owner, { name: 'Teh Melati 250 g', salePrice: '25000', stock: '10' });
    const customer = await createCustomer(t.api, owner, { name: 'Toko Sinar', email: 'order@sinar.example' });
    const order = await createOrder(t.api, owner, customer.id, [{ productId: product.id, quantity: '4' }]);

    const early = await t.api.post(`/api/sales-orders/${order.id}/email`, undefined, { token: owner.token });
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe('order_not_confirmed');

    await post(`/api/sales-orders/${order.id}/confirm`, undefined, 200);
    const sent = await post(`/api/sales-orders/${order.id}/email`, undefined, 202);
    expect(sent).toEqual({ to: 'order@sinar.example', subject: `Konfirmasi pesanan ${order.number}` });

    // The outbox row was written with the request: the mail and its attachment, for this company.
    const [queued] = await queryRows<{ tenant_id: string; payload: { to: string; subject: string } }>(
      t.db.orm,
      sql`select tenant_id, payload from outbox
          where topic = 'mail.send' and payload->>'subject' = ${sent.subject} and tenant_id = ${owner.tenantId}`,
    );
    expect(queued).toMatchObject({ payload: { to: 'order@sinar.example' } });

    const mail = await t.mail.waitFor('order@sinar.example');
    expect(mail.text).toBe(
      `Yth. Toko Sinar,\n\nTerima kasih atas pesanan Anda. Bersama ini kami lampirkan konfirmasi pesanan ${order.number}.\n`,
    );
    expect(mail.attachments?.map((a) => [a.filename, a.contentType])).toEqual([
      [`${order.number}.pdf`, 'application/pdf'],
    ]);
    const text = pdfText(Buffer.from(mail.attachments![0]!.content, 'base64'));
    for (const expected of [
      'KONFIRMASI PESANAN',
      order.number,
      'Toko Sinar',
      'Teh Melati 250 g',
      'Status Dikonfirmasi',
      'Total Rp 100.000',
    ]) {
      expect(text).toContain(expected);
    }

    const { items } = await get(`/api/chatter/sales_order/${order.id}`);
    expect(items[0]).toMatchObject({ kind: 'email', to: 'order@sinar.example', subject: sent.subject });
  });

  it('asks for an address when the customer has none, sends to one given, and hides other companies’ orders', async () => {
    const product = await createProduct(t.api, owner, { stock: '5' });
    const customer = await createCustomer(t.api, owner);
    const order = await createOrder(t.api, owner, customer.id, [{ productId: product.id, quantity: '1' }]);
    await post(`/api/sales-orders/${order.id}/confirm`, undefined, 200);

    const noAddress = await t.api.post(`/api/sales-orders/${order.id}/email`, undefined, { token: owner.token });
    expect(noAddress.status).toBe(400);
    expect(noAddress.body.error.details.fields[0].path).toBe('to');
    const sent = await post(`/api/sales-orders/${order.id}/email`, { to: 'Buyer@Elsewhere.example' }, 202);
    expect(sent.to).toBe('buyer@elsewhere.example');
    await t.mail.waitFor('buyer@elsewhere.example');

    const other = await onboardCompany(t.api, t.mail);
    const foreign = await t.api.post(`/api/sales-orders/${order.id}/email`, undefined, { token: other.token });
    expect(foreign.status).toBe(404);
    const pdf = await t.api.get(`/api/sales-orders/${order.id}/pdf`, { token: other.token });
    expect(pdf.status).toBe(404);
  });
});
