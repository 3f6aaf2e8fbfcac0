/**
 * Stock moves at load (issue 4), on the PostgreSQL server named by DATABASE_URL:
 *   1. throughput: receipts (3 lines from the vendor, at a cost) and internal transfers (3 lines
 *      between two locations) over HTTP by 16 concurrent clients: operations/s, moves/s, latency;
 *   2. the movement history page (`GET /api/inventory/moves?limit=50`) with 1,000,000 moves,
 *      unfiltered and filtered the ways the history page filters: p50 / p95;
 *   3. the stock invariants after the run.
 * Usage: npm run bench:moves [-- --seconds 15 --clients 16 --history 1000000 --keep]
 */
import { parseArgs } from 'node:util';
import pg from 'pg';
import { stockInvariantViolations } from '../server/src/modules/inventory/index.ts';
import { startServer } from './lib/app-server.ts';
import { setUpBenchCompany } from './lib/bench-company.ts';
import { checkAndCleanUp, freshDatabase } from './lib/bench-database.ts';
import { closedLoop, getJson, type LoadRequest } from './lib/http-load.ts';
import { seedMoveHistory } from './lib/seed-moves.ts';
import { seedProductsWithStock } from './lib/seed-sales.ts';
import { ms, summarize } from './lib/stats.ts';

const { values: args } = parseArgs({
  options: {
    seconds: { type: 'string', default: '15' },
    clients: { type: 'string', default: '16' },
    history: { type: 'string', default: '1000000' },
    keep: { type: 'boolean', default: false },
  },
});
const seconds = Number(args.seconds);
const clients = Number(args.clients);
const history = Number(args.history);
const databaseName = 'erp_bench_moves';
const linesPerOperation = 3;
const log = (line: string) => process.stdout.write(`${line}\n`);

type Headers = Record<string, string>;

async function api<T>(baseUrl: string, path: string, headers: Headers, body?: unknown): Promise<T> {
  const response = await fetch(`${baseUrl}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { ...headers, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/** Three different products picked at random for each operation. */
function randomLines(productIds: string[], line: (productId: string) => object) {
  const picked = new Set<string>();
  while (picked.size < linesPerOperation) picked.add(productIds[Math.floor(Math.random() * productIds.length)]!);
  return [...picked].map(line);
}

async function measureOperations(
  label: string,
  baseUrl: string,
  headers: Headers,
  next: () => LoadRequest,
): Promise<void> {
  const run = await closedLoop({ baseUrl, clients, durationMs: seconds * 1000, headers, next });
  const done = run.statuses.get(201) ?? 0;
  const errors = [...run.statuses].filter(([status]) => status !== 201);
  const latency = summarize(run.latenciesMs);
  const perSecond = done / (run.elapsedMs / 1000);
  log(`${label} (${clients} clients, ${(run.elapsedMs / 1000).toFixed(1)} s):`);
  log(`  operations/s: ${perSecond.toFixed(0)}, stock moves/s: ${(perSecond * linesPerOperation).toFixed(0)}`);
  log(`  latency p50 ${ms(latency.p50)}, p95 ${ms(latency.p95)}, p99 ${ms(latency.p99)}`);
  log(`  errors: ${errors.length === 0 ? 0 : errors.map(([s, n]) => `${n} × ${s}`).join(', ')}`);
}

async function main() {
  log(`Mini ERP stock-moves benchmark — ${new Date().toISOString()}`);
  const url = await freshDatabase(databaseName);
  const { tenantId, ownerId, email, password } = await setUpBenchCompany(url);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await seedProductsWithStock(client, tenantId, 200, '100000000');
  await client.query('analyze');

  const server = await startServer({ DATABASE_URL: url, DATABASE_POOL_SIZE: String(clients) });
  try {
    const login = await api<{ accessToken: string }>(server.url, '/api/auth/login', {}, { email, password });
    const headers = { authorization: `Bearer ${login.accessToken}` };
    const [warehouse] = (
      await api<{ items: Array<{ id: string; isDefault: boolean }> }>(server.url, '/api/warehouses', headers)
    ).items.filter((w) => w.isDefault);
    const shelf = await api<{ id: string }>(server.url, '/api/locations', headers, {
      warehouseId: warehouse!.id,
      code: 'WH/SHELF-B',
      name: 'Shelf B',
      kind: 'storage',
    });
    const stock = await client.query<{ id: string }>(
      `select id from locations where tenant_id = $1 and code = 'WH/STOCK'`,
      [tenantId],
    );
    const productIds = (
      await client.query<{ id: string }>('select id from products where tenant_id = $1 order by id', [tenantId])
    ).rows.map((r) => r.id);
    const receipt = (): LoadRequest => ({
      method: 'POST',
      path: '/api/inventory/receipts',
      body: JSON.stringify({
        vendorName: 'Bench vendor',
        lines: randomLines(productIds, (productId) => ({ productId, quantity: '5', unitCost: '5.25' })),
      }),
    });
    const transfer = (): LoadRequest => ({
      method: 'POST',
      path: '/api/inventory/transfers',
      body: JSON.stringify({
        fromLocationId: stock.rows[0]!.id,
        toLocationId: shelf.id,
        lines: randomLines(productIds, (productId) => ({ productId, quantity: '1' })),
      }),
    });

    await closedLoop({ baseUrl: server.url, clients, durationMs: 3000, headers, next: receipt });
    await measureOperations('Receipts over HTTP', server.url, headers, receipt);
    await measureOperations('Transfers over HTTP', server.url, headers, transfer);

    const seeded = performance.now();
    await seedMoveHistory(client, tenantId, { count: history, actorId: ownerId, otherLocationId: shelf.id });
    await client.query('analyze');
    const total = await client.query<{ n: string }>(
      'select count(*)::text as n from stock_moves where tenant_id = $1',
      [tenantId],
    );
    log('');
    log(
      `Movement history with ${Number(total.rows[0]!.n).toLocaleString('en')} moves (seeded in ${((performance.now() - seeded) / 1000).toFixed(1)} s):`,
    );
    const monthAgo = new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10);
    const twoMonthsAgo = new Date(Date.now() - 60 * 86_400_000).toISOString().slice(0, 10);
    const pages: Record<string, string> = {
      'first page': '',
      'by product': `&productId=${productIds[17]}`,
      'by location (shelf)': `&locationId=${shelf.id}`,
      'by type (adjustment, 1 in 10)': '&moveType=adjustment',
      'by type (scrap, rare)': '&moveType=scrap',
      'by user': `&actorId=${ownerId}`,
      'by date range (a month, two months back)': `&dateFrom=${twoMonthsAgo}&dateTo=${monthAgo}`,
      'by product and date range': `&productId=${productIds[42]}&dateFrom=${twoMonthsAgo}&dateTo=${monthAgo}`,
    };
    const timings = new Map<string, number[]>();
    for (let round = 0; round < 100; round++) {
      for (const [label, query] of Object.entries(pages)) {
        const response = await getJson(server.url, `/api/inventory/moves?limit=50${query}`, headers);
        if (response.status !== 200) throw new Error(`${label}: ${response.status} ${JSON.stringify(response.body)}`);
        timings.set(label, [...(timings.get(label) ?? []), response.ms]);
      }
    }
    let cursor: string | null = null;
    const deeper: number[] = [];
    for (let page = 0; page < 100; page++) {
      const response = await getJson(
        server.url,
        `/api/inventory/moves?limit=50${cursor ? `&cursor=${cursor}` : ''}`,
        headers,
      );
      if (page > 0) deeper.push(response.ms);
      cursor = (response.body as { nextCursor: string | null }).nextCursor;
    }
    timings.set('deeper pages (cursor)', deeper);
    for (const [label, values] of timings) {
      const s = summarize(values);
      log(`  ${label}: p50 ${ms(s.p50)}, p95 ${ms(s.p95)} (${s.count} requests)`);
    }
  } finally {
    await server.stop();
  }

  await checkAndCleanUp({
    url,
    databaseName,
    keep: args.keep,
    seeding: client,
    invariants: {
      name: 'Stock invariants after the run',
      holds: 'on hand = Σ moves, reserved = Σ reservations, none negative',
      violations: stockInvariantViolations,
    },
  });
}

await main();
