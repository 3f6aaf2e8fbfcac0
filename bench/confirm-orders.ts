/**
 * Sales order confirmation at load (issue 3), on the PostgreSQL server named by DATABASE_URL:
 *   1. 200 products with ample stock and ORDERS draft 3-line orders, confirmed over HTTP by 16
 *      concurrent clients for 20 s: confirmed orders/s, latency percentiles, errors;
 *   2. the database's own limit for the same work: a PL/pgSQL function driven by pgbench with 16
 *      clients over as many other draft orders, and the ratio app / SQL;
 *   3. the order list (`GET /api/sales-orders?limit=50`) with 1,000,000 orders: p50 / p95;
 *   4. the stock invariants after the run.
 * Usage: npm run bench:confirm [-- --orders 20000 --seconds 20 --clients 16 --history 1000000 --keep]
 */
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import pg from 'pg';
import { stockInvariantViolations } from '../server/src/modules/inventory/index.ts';
import { startServer } from './lib/app-server.ts';
import { setUpBenchCompany } from './lib/bench-company.ts';
import { checkAndCleanUp, freshDatabase } from './lib/bench-database.ts';
import { closedLoop, getJson } from './lib/http-load.ts';
import { seedCustomers, seedDraftOrders, seedOrderHistory, seedProductsWithStock } from './lib/seed-sales.ts';
import { ms, summarize } from './lib/stats.ts';

const { values: args } = parseArgs({
  options: {
    orders: { type: 'string', default: '20000' },
    seconds: { type: 'string', default: '20' },
    clients: { type: 'string', default: '16' },
    history: { type: 'string', default: '1000000' },
    keep: { type: 'boolean', default: false },
  },
});
const orders = Number(args.orders);
const seconds = Number(args.seconds);
const clients = Number(args.clients);
const history = Number(args.history);
const here = path.dirname(fileURLToPath(import.meta.url));
const databaseName = 'erp_bench_confirm';
const log = (line: string) => process.stdout.write(`${line}\n`);

async function pgbenchTps(url: string, tenantId: string, ownerId: string): Promise<number> {
  const { stdout } = await promisify(execFile)('pgbench', [
    '-n',
    '-c',
    String(clients),
    '-j',
    '2',
    '-t',
    String(Math.floor(orders / clients)),
    '-D',
    `tenant=${tenantId}`,
    '-D',
    `actor=${ownerId}`,
    '-f',
    path.join(here, 'sql/pgbench-confirm.sql'),
    url,
  ]);
  const failed = /number of failed transactions: (\d+)/.exec(stdout);
  if (failed && failed[1] !== '0') throw new Error(`pgbench had failed transactions:\n${stdout}`);
  const tps = /tps = ([\d.]+) \(without initial connection time\)/.exec(stdout);
  if (!tps) throw new Error(`Unexpected pgbench output:\n${stdout}`);
  return Number(tps[1]);
}

async function main() {
  log(`Mini ERP confirm-orders benchmark — ${new Date().toISOString()}`);
  const url = await freshDatabase(databaseName);
  const { tenantId, ownerId, email, password } = await setUpBenchCompany(url);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  let seeded = performance.now();
  await seedProductsWithStock(client, tenantId, 200, '100000000');
  await seedCustomers(client, tenantId, 100);
  const warmUp = await seedDraftOrders(client, tenantId, 1000, 1);
  const appOrders = await seedDraftOrders(client, tenantId, orders, 1001);
  const sqlOrders = await seedDraftOrders(client, tenantId, orders, 1001 + orders);
  await client.query(await readFile(path.join(here, 'sql/confirm-order.sql'), 'utf8'));
  await client.query(
    `insert into bench_queue (n, order_id) select n, order_id from unnest($1::uuid[]) with ordinality as q(order_id, n)`,
    [sqlOrders],
  );
  await client.query('analyze');
  log(
    `seeded 200 products, 100 customers, ${warmUp.length + 2 * orders} draft orders in ${((performance.now() - seeded) / 1000).toFixed(1)} s`,
  );

  const server = await startServer({ DATABASE_URL: url, DATABASE_POOL_SIZE: String(clients) });
  try {
    const login = await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    }).then((r) => r.json() as Promise<{ accessToken: string }>);
    const headers = { authorization: `Bearer ${login.accessToken}` };
    const queue = (ids: string[]) => {
      let next = 0;
      return () =>
        next < ids.length ? { method: 'POST' as const, path: `/api/sales-orders/${ids[next++]}/confirm` } : null;
    };

    await closedLoop({ baseUrl: server.url, clients, durationMs: 60_000, headers, next: queue(warmUp) });
    const run = await closedLoop({
      baseUrl: server.url,
      clients,
      durationMs: seconds * 1000,
      headers,
      next: queue(appOrders),
    });
    const confirmed = run.statuses.get(200) ?? 0;
    const errors = [...run.statuses].filter(([status]) => status !== 200);
    const latency = summarize(run.latenciesMs);
    const appRate = confirmed / (run.elapsedMs / 1000);
    log('');
    log(`App over HTTP (${clients} clients, ${(run.elapsedMs / 1000).toFixed(1)} s):`);
    log(
      `  confirmed orders/s: ${appRate.toFixed(0)} (${confirmed} confirmed${confirmed === appOrders.length ? ', all seeded orders used' : ''})`,
    );
    log(`  latency p50 ${ms(latency.p50)}, p95 ${ms(latency.p95)}, p99 ${ms(latency.p99)}`);
    log(`  errors: ${errors.length === 0 ? 0 : errors.map(([s, n]) => `${n} × ${s}`).join(', ')}`);

    const sqlRate = await pgbenchTps(url, tenantId, ownerId);
    log(
      `Same work in PL/pgSQL under pgbench (${clients} clients, ${orders} orders): ${sqlRate.toFixed(0)} confirmed orders/s`,
    );
    log(`  ratio app / SQL: ${(appRate / sqlRate).toFixed(2)}`);

    seeded = performance.now();
    await seedOrderHistory(client, tenantId, history, 1);
    await client.query('analyze sales_orders');
    const total = await client.query<{ n: string }>(
      'select count(*)::text as n from sales_orders where tenant_id = $1',
      [tenantId],
    );
    log('');
    log(
      `Order list with ${Number(total.rows[0]!.n).toLocaleString('en')} orders (seeded in ${((performance.now() - seeded) / 1000).toFixed(1)} s):`,
    );
    const timings: Record<string, number[]> = {
      'first page': [],
      'deeper pages (cursor)': [],
      'filtered by state': [],
    };
    for (let i = 0; i < 200; i++) {
      timings['first page']!.push((await getJson(server.url, '/api/sales-orders?limit=50', headers)).ms);
      timings['filtered by state']!.push(
        (await getJson(server.url, '/api/sales-orders?limit=50&state=delivered', headers)).ms,
      );
    }
    let cursor: string | null = null;
    for (let page = 0; page < 200; page++) {
      const response = await getJson(
        server.url,
        `/api/sales-orders?limit=50${cursor ? `&cursor=${cursor}` : ''}`,
        headers,
      );
      if (page > 0) timings['deeper pages (cursor)']!.push(response.ms);
      cursor = (response.body as { nextCursor: string | null }).nextCursor;
    }
    for (const [label, values] of Object.entries(timings)) {
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
