import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isEan13, symbologyOf } from '../../platform/export/labels-pdf.ts';
import { createProduct } from '../../test/fixtures.ts';
import { expectingApi } from '../../test/http.ts';
import { type OnboardedCompany, onboardCompany } from '../../test/onboarding.ts';
import { pdfText } from '../../test/pdf-text.ts';
import { createTestApp, type TestApp } from '../../test/test-app.ts';

let t: TestApp;
let owner: OnboardedCompany;
let retail: { id: string; sku: string; name: string };
let misprinted: { id: string; sku: string; name: string };
let unmarked: { id: string; sku: string; name: string };

beforeAll(async () => {
  t = await createTestApp();
  owner = await onboardCompany(t.api, t.mail);
  retail = await createProduct(t.api, owner, { name: 'Teh Melati 250 g', barcode: '4006381333931' });
  misprinted = await createProduct(t.api, owner, { name: 'Kopi Bubuk 200 g', barcode: '4006381333932' });
  unmarked = await createProduct(t.api, owner, { name: 'Gula Pasir 1 kg' });
});
afterAll(async () => {
  await t.close();
});

const { get, post } = expectingApi(
  () => t.api,
  () => owner,
);

/** The labels PDF a route answers, with its page count and text. */
async function labels(url: string, body: unknown, as: { token: string } = owner) {
  const r = await t.app.inject({
    method: 'POST',
    url,
    payload: body as object,
    headers: { authorization: `Bearer ${as.token}` },
  });
  if (r.statusCode !== 200) return { status: r.statusCode, pages: 0, text: '', size: null };
  expect(r.headers['content-type']).toBe('application/pdf');
  const raw = r.rawPayload.toString('latin1');
  const size = /\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/.exec(raw);
  return {
    status: r.statusCode,
    pages: raw.match(/\/Type \/Page\b/g)?.length ?? 0,
    // pdfmake lays a hyphenated word out in pieces, which the text reader puts a space between.
    text: pdfText(r.rawPayload).replaceAll('- ', '-'),
    size: size ? [Math.round(Number(size[1])), Math.round(Number(size[2]))] : null,
  };
}

describe('product labels', () => {
  it('print the barcode where the product has one, else the SKU, 24 to an A4 sheet', async () => {
    const sheet = await labels('/api/products/labels', { ids: [retail.id, misprinted.id, unmarked.id], copies: 10 });
    // 30 labels: a full sheet of 24 and a second one.
    expect(sheet.pages).toBe(2);
    expect(sheet.size).toEqual([595, 842]);
    for (const text of ['Teh Melati 250 g', '4006381333931', '4006381333932', unmarked.sku, `SKU ${retail.sku}`]) {
      expect(sheet.text).toContain(text);
    }
    expect(sheet.text.split('4006381333931').length - 1).toBe(10);
  });

  it('use EAN-13 only for a barcode with the right check digit, Code 128 otherwise, QR when asked', () => {
    expect(isEan13('4006381333931')).toBe(true);
    expect(isEan13('4006381333932')).toBe(false);
    expect(isEan13('400638133393')).toBe(false);
    const label = (code: string) => ({ code, title: '', lines: [], ean13: isEan13(code) });
    expect(symbologyOf(label('4006381333931'), 'barcode')).toBe('ean13');
    expect(symbologyOf(label('4006381333932'), 'barcode')).toBe('code128');
    expect(symbologyOf(label(unmarked.sku), 'barcode')).toBe('code128');
    expect(symbologyOf(label('4006381333931'), 'qrcode')).toBe('qrcode');
  });

  it('print one label a page on a label printer roll, at its size', async () => {
    const roll = await labels('/api/products/labels', {
      ids: [retail.id, unmarked.id],
      layout: 'roll-50x30',
      copies: 2,
    });
    expect(roll.pages).toBe(4);
    expect(roll.size).toEqual([142, 85]);
    const large = await labels('/api/products/labels', { ids: [retail.id], layout: 'roll-100x50', symbol: 'qrcode' });
    expect(large.pages).toBe(1);
    expect(large.size).toEqual([283, 142]);
    expect(large.text).toContain('4006381333931');
  });

  it('the value a label encodes finds the product in the search and in the scan lookups', async () => {
    const found = await get('/api/search?q=4006381333931');
    expect(found.items).toEqual([expect.objectContaining({ kind: 'product', id: retail.id })]);
    const bySku = await get(`/api/search?q=${unmarked.sku}`);
    expect(bySku.items).toEqual([expect.objectContaining({ kind: 'product', id: unmarked.id })]);
    const listed = await get('/api/products?q=4006381333932');
    expect(listed.items.map((p: { id: string }) => p.id)).toEqual([misprinted.id]);
  });
});

describe('lot and location labels', () => {
  it('print a lot’s number, product and expiry, and a scan of the number finds the lot', async () => {
    const tracked = await createProduct(t.api, owner, { name: 'Susu UHT 1 L', tracking: 'lot' });
    await post('/api/inventory/receipts', {
      vendorName: 'PT Pemasok',
      lines: [{ productId: tracked.id, quantity: '5', unitCost: '2', lotNumber: 'LBL-0042', expiryDate: '2027-03-31' }],
    });
    const [lot] = (await get(`/api/inventory/lots?productId=${tracked.id}`)).items;
    const printed = await labels('/api/inventory/lots/labels', { ids: [lot.lotId], layout: 'roll-100x50' });
    expect(printed.pages).toBe(1);
    // The company writes in Indonesian (id-ID, the default).
    for (const text of ['Susu UHT 1 L', 'Lot LBL-0042', 'Kedaluwarsa 2027-03-31', `SKU ${tracked.sku}`]) {
      expect(printed.text).toContain(text);
    }
    const found = await get('/api/search?q=lbl-0042');
    expect(found.items).toEqual([
      expect.objectContaining({
        kind: 'lot',
        id: lot.lotId,
        label: 'LBL-0042',
        detail: `${tracked.sku} · Susu UHT 1 L`,
      }),
    ]);
  });

  it('print a location’s code, name and warehouse, and a scan of the code finds the location', async () => {
    const [warehouse] = (await get('/api/warehouses')).items;
    const bin = await post('/api/locations', {
      warehouseId: warehouse.id,
      code: 'RAK-A-07',
      name: 'Rak A, tingkat 7',
      kind: 'storage',
    });
    const printed = await labels('/api/inventory/locations/labels', { ids: [bin.id], copies: 3 });
    expect(printed.pages).toBe(1);
    expect(printed.text.split('Rak A, tingkat 7').length - 1).toBe(3);
    expect(printed.text).toContain('RAK-A-07');
    expect(printed.text).toContain(warehouse.name);
    const found = await get('/api/search?q=RAK-A-07');
    expect(found.items).toEqual([expect.objectContaining({ kind: 'location', id: bin.id, label: 'RAK-A-07' })]);
  });

  it('another company’s records are not found, and bad layouts are refused', async () => {
    const other = await onboardCompany(t.api, t.mail);
    expect((await labels('/api/products/labels', { ids: [retail.id] }, other)).status).toBe(404);
    expect((await labels('/api/inventory/locations/labels', { ids: [retail.id] })).status).toBe(404);
    expect((await labels('/api/products/labels', { ids: [retail.id], layout: 'a5' })).status).toBe(400);
    expect((await labels('/api/products/labels', { ids: [] })).status).toBe(400);
  });
});
