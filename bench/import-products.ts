/**
 * Importing products (issue 12: 100,000 rows in under 60 s on the server): a CSV of ROWS products
 * in the id-ID way (`;`, `1.250.000,50`) over 20 categories is previewed, committed, then
 * committed again with upsert and changed prices, through the API of an in-process app (no
 * socket). Prints each step's seconds and rows/s. On in-memory PGlite unless --server, which uses
 * a fresh database on the server named by DATABASE_URL.
 * Usage: npm run bench:import [-- --rows 100000 --server]
 */
import { parseArgs } from 'node:util';
import { buildApp } from '../server/src/app.ts';
import { loadConfig } from '../server/src/config.ts';
import { Database } from '../server/src/db/database.ts';
import { registerCompany } from '../server/src/platform/auth/commands/register-company.ts';
import { dropDatabase, freshDatabase } from './lib/bench-database.ts';

const { values: args } = parseArgs({
  options: { rows: { type: 'string', default: '100000' }, server: { type: 'boolean', default: false } },
});
const rows = Number(args.rows);
const databaseName = 'erp_bench_import';
const log = (line: string) => process.stdout.write(`${line}\n`);

function productsCsv(priceStep: number): Buffer {
  const lines = ['SKU;Name;Unit;Category;Sale price;Cost;Reorder point'];
  for (let i = 0; i < rows; i++) {
    const price = (10_000 + ((i * priceStep) % 5_000_000)).toLocaleString('id-ID');
    lines.push(`BENCH-${String(i).padStart(6, '0')};Product ${i};pcs;Category ${i % 20};${price},50;7.500;${i % 50}`);
  }
  return Buffer.from(`${lines.join('\n')}\n`, 'utf8');
}

async function main() {
  const url = args.server ? await freshDatabase(databaseName) : undefined;
  log(
    `Mini ERP products import benchmark — ${new Date().toISOString()}, ${rows} rows on ${url ? 'the PostgreSQL server' : 'in-memory PGlite'}`,
  );
  const config = loadConfig({
    LOG_LEVEL: 'warn',
    DEMO_DATA: 'false',
    IMPORT_MAX_BYTES: String(200 * 1024 * 1024),
    ...(url ? { DATABASE_URL: url } : {}),
  });
  // The app's own database timeouts (15 s a statement), as in production.
  const db = await Database.open({ ...(url ? { url } : {}), timeouts: config.databaseTimeouts });
  await db.migrate();
  const app = await buildApp({ config, db, logger: false });
  await app.ready();
  const owner = { name: 'Bench Owner', email: 'bench@example.com', password: 'bench password' };
  await registerCompany(
    app.platform.auth,
    { company: { name: 'Bench Trading', currency: 'IDR', timezone: 'Asia/Jakarta', locale: 'id-ID' }, owner },
    { ownerVerified: true },
  );
  const login = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { email: owner.email, password: owner.password },
  });
  if (login.statusCode !== 200) throw new Error(`login: ${login.statusCode} ${login.body}`);
  const token = login.json().accessToken as string;

  const step = async (label: string, path: string, bytes: Buffer, fields: Record<string, string> = {}) => {
    const form = new FormData();
    for (const [name, value] of Object.entries(fields)) form.append(name, value);
    form.append('file', new Blob([new Uint8Array(bytes)], { type: 'text/csv' }), 'products.csv');
    const started = performance.now();
    const response = await app.inject({
      method: 'POST',
      url: path,
      headers: { authorization: `Bearer ${token}` },
      payload: form,
    });
    const seconds = (performance.now() - started) / 1000;
    if (response.statusCode !== 200) throw new Error(`${label}: ${response.statusCode} ${response.body.slice(0, 500)}`);
    const body = response.json();
    const outcome = body.summary ? JSON.stringify(body.summary) : `created ${body.created}, updated ${body.updated}`;
    log(
      `${label.padEnd(22)} ${seconds.toFixed(2).padStart(7)} s ${(rows / seconds).toFixed(0).padStart(8)} rows/s  ${outcome}`,
    );
  };

  const file = productsCsv(1_000);
  log(`file: ${(file.length / 1024 / 1024).toFixed(1)} MB`);
  try {
    await step('preview', '/api/imports/products/preview', file);
    await step('commit (create)', '/api/imports/products/commit', file);
    await step('commit (upsert)', '/api/imports/products/commit', productsCsv(1_500), { upsert: 'true' });
  } finally {
    await app.close();
    await db.close();
    if (url) await dropDatabase(databaseName);
  }
}

await main();
