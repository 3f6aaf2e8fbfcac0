import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCustomer, createOrder, createProduct } from '../../test/fixtures.ts';
import { addEmployee, type OnboardedCompany, onboardCompany, type Session } from '../../test/onboarding.ts';
import { createTestApp, type TestApp } from '../../test/test-app.ts';

const MAX_BYTES = 4096;
const attachmentsDir = mkdtempSync(path.join(tmpdir(), 'chatter-attachments-'));

let t: TestApp;
let owner: OnboardedCompany;
let other: OnboardedCompany;
/** Sells: may see sales orders. */
let seller: Session;
/** Works on the shop floor: may not see sales orders. */
let producer: Session;

// A 1×1 transparent PNG.
const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);

beforeAll(async () => {
  t = await createTestApp({ ATTACHMENTS_DIR: attachmentsDir, ATTACHMENT_MAX_BYTES: String(MAX_BYTES) });
  owner = await onboardCompany(t.api, t.mail, { currency: 'IDR', locale: 'id-ID' });
  other = await onboardCompany(t.api, t.mail, { currency: 'IDR', locale: 'id-ID' });
  seller = await addEmployee(t.api, t.mail, owner, { jobRoles: ['sales'] });
  producer = await addEmployee(t.api, t.mail, owner, { jobRoles: ['production'] });
});
afterAll(async () => {
  await t.close();
  rmSync(attachmentsDir, { recursive: true, force: true });
});

/** Every file the attachment store holds, of every company. */
const storedFiles = () =>
  readdirSync(attachmentsDir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());

async function draftOrder() {
  const product = await createProduct(t.api, owner, { salePrice: '250000', stock: '10' });
  const customer = await createCustomer(t.api, owner);
  return createOrder(t.api, owner, customer.id, [{ productId: product.id, quantity: '2' }]);
}

async function timeline(url: string, as: { token: string } = owner) {
  const r = await t.api.get(url, { token: as.token });
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  return r.body;
}

async function notificationsOf(as: { token: string }) {
  const r = await t.api.get('/api/notifications', { token: as.token });
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  return r.body.items as Array<{ topic: string; title: string; body: string; link: string }>;
}

describe('notes with @mentions', () => {
  it('a mentioned colleague is notified with a link to the order, and the author follows it', async () => {
    const order = await draftOrder();
    const chatter = `/api/chatter/sales_order/${order.id}`;
    const mentionable = await timeline(`${chatter}/members?search=eddie`);
    expect(mentionable.items.map((m: { id: string }) => m.id)).toContain(seller.userId);
    expect(mentionable.items.map((m: { id: string }) => m.id)).not.toContain(producer.userId);

    const note = await t.api.post(
      `${chatter}/notes`,
      { body: '@Eddie please check the delivery date with the customer', mentions: [seller.userId] },
      { token: owner.token },
    );
    expect(note.status, JSON.stringify(note.body)).toBe(201);
    expect(note.body).toMatchObject({ kind: 'note', mentions: [{ id: seller.userId, name: 'Eddie Employee' }] });

    const [mention] = await notificationsOf(seller);
    expect(mention).toMatchObject({
      topic: 'chatter.mention',
      title: `Olivia Owner mentioned you on Sales order ${order.number}`,
      body: '@Eddie please check the delivery date with the customer',
      link: `/sales-orders/${order.id}`,
    });
    const after = await timeline(chatter);
    expect(after.following).toBe(true);
    expect(after.followers.map((f: { id: string }) => f.id)).toEqual([owner.userId]);
  });

  it('mentioning someone who cannot see the record is refused and writes nothing', async () => {
    const order = await draftOrder();
    const chatter = `/api/chatter/sales_order/${order.id}`;
    const before = await notificationsOf(producer);
    const refused = await t.api.post(
      `${chatter}/notes`,
      { body: 'Can you look?', mentions: [producer.userId] },
      { token: owner.token },
    );
    expect(refused.status).toBe(400);
    expect(refused.body.error.details.fields[0].path).toBe('mentions.0');
    const after = await timeline(chatter);
    expect(after.items.filter((i: { kind: string }) => i.kind === 'note')).toEqual([]);
    expect(after.following).toBe(false);
    expect(await notificationsOf(producer)).toEqual(before);
  });

  it('followers hear of new notes; one who unfollows does not', async () => {
    const order = await draftOrder();
    const chatter = `/api/chatter/sales_order/${order.id}`;
    const followed = await t.api.post(`${chatter}/follow`, undefined, { token: seller.token });
    expect(followed.status, JSON.stringify(followed.body)).toBe(200);
    expect(followed.body.following).toBe(true);
    await t.api.post(`${chatter}/notes`, { body: 'Customer asked for a discount' }, { token: owner.token });
    const [told] = await notificationsOf(seller);
    expect(told).toMatchObject({
      topic: 'chatter.note',
      title: `Olivia Owner wrote a note on Sales order ${order.number}`,
      link: `/sales-orders/${order.id}`,
    });

    await t.api.post(`${chatter}/unfollow`, undefined, { token: seller.token });
    await t.api.post(`${chatter}/notes`, { body: 'Discount approved' }, { token: owner.token });
    const [latest] = await notificationsOf(seller);
    expect(latest!.body).toBe('Customer asked for a discount');
  });
});

describe('attachments', () => {
  it('an image is stored, previewed inline and downloaded as the same bytes', async () => {
    const order = await draftOrder();
    const chatter = `/api/chatter/sales_order/${order.id}`;
    const uploaded = await t.api.upload(
      `${chatter}/attachments`,
      { name: 'signed-po.png', type: 'image/png', bytes: png },
      { token: seller.token },
    );
    expect(uploaded.status, JSON.stringify(uploaded.body)).toBe(201);
    expect(uploaded.body).toMatchObject({
      kind: 'attachment',
      fileName: 'signed-po.png',
      contentType: 'image/png',
      sizeBytes: png.length,
      previewable: true,
      by: { id: seller.userId, name: 'Eddie Employee' },
    });
    const stored = path.join(attachmentsDir, owner.tenantId, uploaded.body.id);
    expect(readFileSync(stored)).toEqual(png);

    const file = `${chatter}/attachments/${uploaded.body.id}`;
    const preview = await t.app.inject({ url: file, headers: { authorization: `Bearer ${owner.token}` } });
    expect(preview.statusCode).toBe(200);
    expect(preview.headers['content-type']).toBe('image/png');
    expect(preview.headers['content-disposition']).toMatch(/^inline; filename="signed-po.png"/);
    expect(preview.rawPayload).toEqual(png);
    const download = await t.app.inject({
      url: `${file}?download=true`,
      headers: { authorization: `Bearer ${owner.token}` },
    });
    expect(download.headers['content-disposition']).toMatch(/^attachment; filename="signed-po.png"/);
  });

  it('a file over the size limit gets 413 and leaves nothing behind', async () => {
    const order = await draftOrder();
    const chatter = `/api/chatter/sales_order/${order.id}`;
    const files = storedFiles().length;
    const refused = await t.api.upload(
      `${chatter}/attachments`,
      { name: 'scan.pdf', type: 'application/pdf', bytes: Buffer.alloc(MAX_BYTES + 1, 1) },
      { token: owner.token },
    );
    expect(refused.status, JSON.stringify(refused.body)).toBe(413);
    expect(refused.body.error.code).toBe('payload_too_large');
    expect(storedFiles().length).toBe(files);
    expect((await timeline(chatter)).items.filter((i: { kind: string }) => i.kind === 'attachment')).toEqual([]);
  });

  it('a type outside the allow-list gets 400 naming the file and leaves nothing behind', async () => {
    const order = await draftOrder();
    const chatter = `/api/chatter/sales_order/${order.id}`;
    const files = storedFiles().length;
    for (const file of [
      { name: 'tool.exe', type: 'application/octet-stream' },
      { name: 'page.html', type: 'text/html' },
      { name: 'logo.svg', type: 'image/svg+xml' },
      { name: 'invoice.pdf', type: 'text/html' },
    ]) {
      const refused = await t.api.upload(
        `${chatter}/attachments`,
        { ...file, bytes: Buffer.from('<script>alert(1)</script>') },
        { token: owner.token },
      );
      expect(refused.status, file.name).toBe(400);
      expect(refused.body.error.details.fields[0].path).toBe('file');
    }
    expect(storedFiles().length).toBe(files);
    expect((await timeline(chatter)).items.filter((i: { kind: string }) => i.kind === 'attachment')).toEqual([]);
  });
});

describe('chatter is tenant-scoped and permission-checked', () => {
  it('another company gets 404 for the record and its attachments, and writes nothing', async () => {
    const order = await draftOrder();
    const chatter = `/api/chatter/sales_order/${order.id}`;
    const mine = await t.api.upload(
      `${chatter}/attachments`,
      { name: 'terms.txt', type: 'text/plain', bytes: Buffer.from('Net 30') },
      { token: owner.token },
    );
    expect(mine.status).toBe(201);
    const files = storedFiles().length;

    expect((await t.api.get(chatter, { token: other.token })).status).toBe(404);
    expect((await t.api.get(`${chatter}/attachments/${mine.body.id}`, { token: other.token })).status).toBe(404);
    expect((await t.api.post(`${chatter}/notes`, { body: 'Hello' }, { token: other.token })).status).toBe(404);
    expect((await t.api.post(`${chatter}/follow`, undefined, { token: other.token })).status).toBe(404);
    const upload = await t.api.upload(
      `${chatter}/attachments`,
      { name: 'x.png', type: 'image/png', bytes: png },
      { token: other.token },
    );
    expect(upload.status).toBe(404);
    expect(storedFiles().length).toBe(files);

    // Their own record does not open my attachment either.
    const theirs = await createCustomer(t.api, other);
    const crossed = await t.api.get(`/api/chatter/customer/${theirs.id}/attachments/${mine.body.id}`, {
      token: other.token,
    });
    expect(crossed.status).toBe(404);

    const after = await timeline(chatter);
    expect(after.items.filter((i: { kind: string }) => i.kind === 'note')).toEqual([]);
    expect(after.followers.map((f: { id: string }) => f.id)).toEqual([owner.userId]);
  });

  it('a member without the module’s read permission gets 403 and writes nothing', async () => {
    const order = await draftOrder();
    const chatter = `/api/chatter/sales_order/${order.id}`;
    const files = storedFiles().length;
    const denied = await t.api.get(chatter, { token: producer.token });
    expect(denied.status).toBe(403);
    expect(denied.body.error).toMatchObject({ code: 'permission_denied', details: { permission: 'sales.order.read' } });
    expect((await t.api.post(`${chatter}/notes`, { body: 'Hi' }, { token: producer.token })).status).toBe(403);
    expect((await t.api.post(`${chatter}/follow`, undefined, { token: producer.token })).status).toBe(403);
    const upload = await t.api.upload(
      `${chatter}/attachments`,
      { name: 'x.png', type: 'image/png', bytes: png },
      { token: producer.token },
    );
    expect(upload.status).toBe(403);
    expect(storedFiles().length).toBe(files);
    const after = await timeline(chatter);
    expect(after.items.map((i: { kind: string }) => i.kind)).toEqual(['change']);
    expect(after.followers).toEqual([]);

    // The same member may use the chatter of what they can see: a product.
    const product = await createProduct(t.api, owner);
    const note = await t.api.post(
      `/api/chatter/product/${product.id}/notes`,
      { body: 'Bin 4' },
      { token: producer.token },
    );
    expect(note.status, JSON.stringify(note.body)).toBe(201);
  });

  it('a record type without chatter is a validation error', async () => {
    const r = await t.api.get(`/api/chatter/payroll_slip/${owner.userId}`, { token: owner.token });
    expect(r.status).toBe(400);
    expect(r.body.error.details.fields[0].path).toBe('params.recordType');
  });
});

describe('the timeline', () => {
  it('merges notes, attachments and state changes in business words, newest first, page by page', async () => {
    const order = await draftOrder();
    const chatter = `/api/chatter/sales_order/${order.id}`;
    await t.api.post(`${chatter}/notes`, { body: 'Customer will collect' }, { token: owner.token });
    const confirmed = await t.api.post(`/api/sales-orders/${order.id}/confirm`, undefined, { token: owner.token });
    expect(confirmed.status, JSON.stringify(confirmed.body)).toBe(200);
    await t.api.upload(
      `${chatter}/attachments`,
      { name: 'pick-list.pdf', type: 'application/pdf', bytes: Buffer.from('%PDF-1.4\n%%EOF\n') },
      { token: seller.token },
    );

    const { record, items } = await timeline(chatter);
    expect(record).toEqual({ type: 'sales_order', id: order.id, title: order.number });
    expect(
      items.map((i: { kind: string; summary?: string; body?: string; fileName?: string }) => [
        i.kind,
        i.summary ?? i.body ?? i.fileName,
      ]),
    ).toEqual([
      ['attachment', 'pick-list.pdf'],
      ['change', 'Confirmed the order and reserved its stock'],
      ['note', 'Customer will collect'],
      ['change', 'Created the order'],
    ]);
    expect(items[0].by).toEqual({ id: seller.userId, name: 'Eddie Employee' });
    expect(items[1]).toMatchObject({ stateFrom: 'draft', stateTo: 'confirmed', by: { name: 'Olivia Owner' } });

    const first = await timeline(`${chatter}?limit=3`);
    expect(first.items).toHaveLength(3);
    const rest = await timeline(`${chatter}?limit=3&cursor=${first.nextCursor}`);
    expect(rest.items.map((i: { summary: string }) => i.summary)).toEqual(['Created the order']);
    expect(rest.nextCursor).toBeNull();
  });

  it('an invoice emailed to the customer shows in the invoice’s timeline with the address', async () => {
    const product = await createProduct(t.api, owner, { salePrice: '100000', stock: '5' });
    const customer = await createCustomer(t.api, owner, { email: 'buyer@customer.example' });
    const order = await createOrder(t.api, owner, customer.id, [{ productId: product.id, quantity: '1' }]);
    await t.api.post(`/api/sales-orders/${order.id}/confirm`, undefined, { token: owner.token });
    await t.api.post(`/api/sales-orders/${order.id}/deliveries`, {}, { token: owner.token });
    const draft = await t.api.post('/api/customer-invoices', { salesOrderId: order.id }, { token: owner.token });
    expect(draft.status, JSON.stringify(draft.body)).toBe(201);

    const early = await t.api.post(`/api/customer-invoices/${draft.body.id}/email`, undefined, { token: owner.token });
    expect(early.status).toBe(409);
    const posted = await t.api.post(`/api/customer-invoices/${draft.body.id}/post`, undefined, { token: owner.token });
    expect(posted.status, JSON.stringify(posted.body)).toBe(200);
    const sent = await t.api.post(`/api/customer-invoices/${draft.body.id}/email`, undefined, { token: owner.token });
    expect(sent.status, JSON.stringify(sent.body)).toBe(202);
    expect(sent.body).toEqual({ to: 'buyer@customer.example', subject: `Faktur ${posted.body.number}` });

    const mail = await t.mail.waitFor('buyer@customer.example');
    // In the company's language (id-ID).
    expect(mail.text).toBe(`Yth. ${customer.name},\n\nBersama ini kami lampirkan faktur ${posted.body.number}.\n`);
    expect(mail.attachments?.map((a) => a.filename)).toEqual([`${posted.body.number}.pdf`]);
    expect(Buffer.from(mail.attachments![0]!.content, 'base64').subarray(0, 5).toString()).toBe('%PDF-');

    const { record, items } = await timeline(`/api/chatter/customer_invoice/${draft.body.id}`);
    expect(record.title).toBe(posted.body.number);
    expect(items.map((i: { kind: string; summary?: string; to?: string }) => i.summary ?? i.to)).toEqual([
      'buyer@customer.example',
      'Posted the invoice to the ledger',
      'Drafted the invoice',
    ]);
    expect(items[0]).toMatchObject({ kind: 'email', subject: `Faktur ${posted.body.number}` });
  });
});
