import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addEmployee, type OnboardedCompany, onboardCompany } from '../../test/onboarding.ts';
import { createTestApp, type TestApp } from '../../test/test-app.ts';

let t: TestApp;
let owner: OnboardedCompany;
let other: OnboardedCompany;
beforeAll(async () => {
  t = await createTestApp({ IMPORT_MAX_BYTES: String(64 * 1024) });
  owner = await onboardCompany(t.api, t.mail);
  other = await onboardCompany(t.api, t.mail, { locale: 'en-US' });
});
afterAll(() => t.close());

const csv = (text: string) => ({ name: 'products.csv', type: 'text/csv', bytes: Buffer.from(text, 'utf8') });
const send = (
  step: 'preview' | 'commit',
  file: { name: string; type: string; bytes: Buffer },
  as: { token: string } = owner,
  fields: Record<string, string> = {},
) => t.api.upload(`/api/imports/products/${step}`, file, { token: as.token, fields });

/** The company's products whose SKU starts with `prefix`, by SKU. */
async function productsLike(prefix: string, as: { token: string } = owner) {
  const list = await t.api.get(`/api/products?q=${prefix}&limit=200`, { token: as.token });
  expect(list.status).toBe(200);
  return (list.body.items as Array<{ sku: string; salePrice: string; categoryName: string | null }>).sort((a, b) =>
    a.sku.localeCompare(b.sku),
  );
}

// id-ID writes `;` between fields and `1.250.000,50` for numbers; headers are matched by alias.
const header = 'Kode Barang;Nama;Satuan;Harga Jual;Cost;Kategori;Reorder point\n';
const goodRows = [
  'IMP-001;Baut M8;pcs;1.250.000,50;900.000;Fasteners;10',
  'IMP-002;Mur M8;pcs;2.500;1.200;Fasteners;',
  'IMP-003;Kabel;m;15.000,25;10000;Electrical;2,5',
  'IMP-004;Cat putih;kg;85.000;60.000;;',
  'IMP-005;Obeng;pcs;45.000;30.000;Tools;3',
];

describe('products import', () => {
  it('lists the bad rows in the preview and commits nothing while any row is bad', async () => {
    const rows = [...goodRows];
    rows[1] = 'IMP-002;Mur M8;pcs;dua ribu;1.200;Fasteners;';
    rows[2] = 'IMP-003;;m;15.000,25;10000;Electrical;2,5';
    rows[4] = 'IMP-005;Obeng;box of 12;45.000;30.000;Tools;3';
    const file = csv(`\ufeff${header}${rows.join('\n')}\n`);

    const preview = await send('preview', file);
    expect(preview.status, JSON.stringify(preview.body)).toBe(200);
    expect(preview.body.mapping).toMatchObject({
      sku: 'Kode Barang',
      name: 'Nama',
      unitOfMeasure: 'Satuan',
      salePrice: 'Harga Jual',
      standardCost: 'Cost',
      category: 'Kategori',
      reorderPoint: 'Reorder point',
    });
    expect(preview.body.errors).toEqual([
      { row: 3, column: 'salePrice', message: '"dua ribu" is not a number; write it like 1.250.000,5' },
      { row: 4, column: 'name', message: 'Required' },
      { row: 6, column: 'unitOfMeasure', message: 'Unknown unit of measure "box of 12"' },
    ]);
    expect(preview.body.summary).toEqual({ rows: 5, new: 2, updated: 0, errors: 3 });

    const before = await productsLike('IMP-');
    const commit = await send('commit', file);
    expect(commit.status).toBe(422);
    expect(commit.body.error.code).toBe('import_rows_invalid');
    expect(commit.body.error.details.errors).toHaveLength(3);
    expect(await productsLike('IMP-')).toEqual(before);
    expect(before).toHaveLength(0);
  });

  it('commits every row once fixed, then upserts a changed price without duplicates', async () => {
    const file = csv(`${header}${goodRows.join('\n')}\n`);
    const commit = await send('commit', file);
    expect(commit.status, JSON.stringify(commit.body)).toBe(200);
    expect(commit.body).toMatchObject({ created: 5, updated: 0 });
    expect(commit.body.createdIds).toHaveLength(5);
    const stored = await productsLike('IMP-');
    expect(stored.map((p) => [p.sku, p.salePrice, p.categoryName])).toEqual([
      ['IMP-001', '1250000.5', 'Fasteners'],
      ['IMP-002', '2500', 'Fasteners'],
      ['IMP-003', '15000.25', 'Electrical'],
      ['IMP-004', '85000', null],
      ['IMP-005', '45000', 'Tools'],
    ]);

    // Without upsert the same SKUs are refused, in any case.
    const again = await send('preview', csv(`${header}imp-001;Baut M8;pcs;1;1;;\n`));
    expect(again.body.errors).toEqual([
      { row: 2, column: 'sku', message: 'Already exists; import with upsert to update it' },
    ]);

    const changed = [...goodRows];
    changed[0] = 'imp-001;Baut M8 galvanis;pcs;1.300.000;900.000;Fasteners;10';
    changed.push('IMP-006;Palu;pcs;120.000;80.000;Tools;1');
    const upsertFile = csv(`${header}${changed.join('\n')}\n`);
    const preview = await send('preview', upsertFile, owner, { upsert: 'true' });
    expect(preview.body.summary).toEqual({ rows: 6, new: 1, updated: 5, errors: 0 });
    const upsert = await send('commit', upsertFile, owner, { upsert: 'true' });
    expect(upsert.status, JSON.stringify(upsert.body)).toBe(200);
    expect(upsert.body).toMatchObject({ created: 1, updated: 5 });
    const after = await productsLike('IMP-');
    expect(after).toHaveLength(6);
    expect(after[0]).toMatchObject({ sku: 'IMP-001', salePrice: '1300000' });
    expect(after.find((p) => p.sku === 'IMP-006')?.salePrice).toBe('120000');
  });

  it('uses a sent mapping for headers it cannot guess', async () => {
    const file = csv('Artikel,Bezeichnung,VK\nMAP-1,Schraube,"1,250.5"\n');
    const unmapped = await send('preview', file);
    expect(unmapped.status).toBe(422);
    expect(unmapped.body.error).toMatchObject({ code: 'missing_columns', details: { missing: ['sku', 'name'] } });
    const mapping = JSON.stringify({ sku: 'Artikel', name: 'Bezeichnung', salePrice: 'VK' });
    const commit = await send('commit', file, other, { mapping });
    expect(commit.status, JSON.stringify(commit.body)).toBe(200);
    expect((await productsLike('MAP-', other)).map((p) => p.salePrice)).toEqual(['1250.5']);
  });

  it('reads an XLSX sheet, and refuses one with formulas', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Products');
    sheet.addRow(['SKU', 'Name', 'Sale price']);
    sheet.addRow(['XLS-1', 'Gear', 1250000.5]);
    sheet.addRow(['XLS-2', 'Shaft', '2.500,75']);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const xlsx = { name: 'products.xlsx', type: 'application/octet-stream', bytes };
    const commit = await send('commit', xlsx);
    expect(commit.status, JSON.stringify(commit.body)).toBe(200);
    expect((await productsLike('XLS-')).map((p) => p.salePrice)).toEqual(['1250000.5', '2500.75']);

    sheet.addRow(['XLS-3', 'Hub', { formula: 'C2*2', result: 2501001 }]);
    const withFormula = { ...xlsx, bytes: Buffer.from(await workbook.xlsx.writeBuffer()) };
    const refused = await send('commit', withFormula, owner, { upsert: 'true' });
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe('formula_cells');
    expect(refused.body.error.message).toContain('C4');
    expect(await productsLike('XLS-')).toHaveLength(2);
  });

  it('refuses bad files with a clear error and writes nothing', async () => {
    const latin1 = Buffer.from('SKU,Name\nBAD-1,Caf\xe9 mix\n', 'latin1');
    const encoding = await send('commit', { name: 'products.csv', type: 'text/csv', bytes: latin1 });
    expect(encoding.status).toBe(400);
    expect(encoding.body.error.code).toBe('invalid_encoding');
    expect(encoding.body.error.message).toContain('UTF-8');

    const missing = await send('commit', csv('SKU,Price\nBAD-2,10\n'));
    expect(missing.status).toBe(422);
    expect(missing.body.error).toMatchObject({ code: 'missing_columns', details: { missing: ['name'] } });

    const large = csv(`SKU,Name\n${'BAD-3,Big file row\n'.repeat(4000)}`);
    const oversize = await send('commit', large);
    expect(oversize.status).toBe(413);
    expect(oversize.body.error.code).toBe('payload_too_large');

    const other = await send('commit', { name: 'products.pdf', type: 'application/pdf', bytes: Buffer.from('%PDF') });
    expect(other.status).toBe(400);
    expect(await productsLike('BAD-')).toEqual([]);
  });

  it('keeps a company’s imports to itself and needs the catalog write permission', async () => {
    expect(await productsLike('IMP-', other)).toEqual([]);
    const clerk = await addEmployee(t.api, t.mail, owner, { jobRoles: ['sales'] });
    const file = csv(`${header}SALES-1;Dari sales;pcs;1;1;;\n`);
    for (const step of ['preview', 'commit'] as const) {
      const refused = await send(step, file, clerk);
      expect(refused.status).toBe(403);
      expect(refused.body.error.details.permission).toBe('catalog.product.create');
    }
    expect(await productsLike('SALES-')).toEqual([]);
  });

  it('offers templates, in the company’s way of writing numbers, that import as they are', async () => {
    const idTemplate = await t.api.get('/api/imports/products/template?format=csv', { token: owner.token });
    expect(idTemplate.status).toBe(200);
    expect(idTemplate.headers['content-type']).toContain('text/csv');
    expect(idTemplate.body).toContain('sku;name;type;category;unitOfMeasure;salePrice');
    expect(idTemplate.body).toContain(';1.250.000,5;900.000;');
    const usTemplate = await t.api.get('/api/imports/products/template?format=csv', { token: other.token });
    expect(usTemplate.body).toContain(',"1,250,000.5","900,000",');
    for (const [as, text] of [
      [owner, idTemplate.body],
      [other, usTemplate.body],
    ] as const) {
      const preview = await send('preview', csv(text), as);
      expect(preview.body.errors).toEqual([]);
      expect(preview.body.summary).toMatchObject({ new: 1, errors: 0 });
    }

    const xlsx = await t.app.inject({
      method: 'GET',
      url: '/api/imports/products/template?format=xlsx',
      headers: { authorization: `Bearer ${owner.token}` },
    });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    const preview = await send('preview', {
      name: 'template.xlsx',
      type: 'application/octet-stream',
      bytes: xlsx.rawPayload,
    });
    expect(preview.body.errors).toEqual([]);
    expect(preview.body.sample[0].values.salePrice).toBe(1250000.5);
  });
});
