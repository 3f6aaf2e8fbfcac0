/**
 * Financial reports on a large ledger (issue 5), on the PostgreSQL server named by DATABASE_URL:
 *   1. one company with LINES journal lines (4 per entry, three years, every postable account)
 *      and their per-period balances, seeded in SQL;
 *   2. trial balance, profit and loss (whole months and cut mid-month), balance sheet, monthly
 *      P&L and a general-ledger page over HTTP, REQUESTS times each, one after another: p50 / p95;
 *   3. the ledger invariants over the seeded data.
 * Usage: npm run bench:ledger [-- --lines 1000000 --requests 200 --keep]
 */
import { parseArgs } from 'node:util';
import pg from 'pg';
import { ledgerInvariantViolations } from '../server/src/modules/accounting/index.ts';
import { startServer } from './lib/app-server.ts';
import { setUpBenchCompany } from './lib/bench-company.ts';
import { checkAndCleanUp, freshDatabase } from './lib/bench-database.ts';
import { getJson } from './lib/http-load.ts';
import { ms, summarize } from './lib/stats.ts';

const { values: args } = parseArgs({
  options: {
    lines: { type: 'string', default: '1000000' },
    requests: { type: 'string', default: '200' },
    keep: { type: 'boolean', default: false },
  },
});
const lineCount = Number(args.lines);
const requests = Number(args.requests);
const databaseName = 'erp_bench_ledger';
const log = (line: string) => process.stdout.write(`${line}\n`);

/**
 * Entries spread over 2024–2026, each two balanced pairs of lines on accounts picked by the entry
 * number. Triggers are off while seeding (replica role): the data is balanced by construction,
 * and the invariants are checked at the end.
 */
async function seedLedger(client: pg.Client, tenantId: string, entries: number) {
  const amounts = `((n % 997) + 1) * 1000`;
  const second = `((n % 89) + 1) * 500`;
  await client.query('set session_replication_role = replica');
  await client.query(
    `insert into fiscal_years (tenant_id, id, year, start_date, end_date)
     select $1, uuid_v7(), y, make_date(y, 1, 1), make_date(y, 12, 31) from generate_series(2024, 2026) y`,
    [tenantId],
  );
  await client.query(
    `insert into accounting_periods (tenant_id, id, fiscal_year_id, year, period_no, start_date, end_date)
     select $1, uuid_v7(), f.id, f.year, m, make_date(f.year, m, 1), (make_date(f.year, m, 1) + interval '1 month - 1 day')::date
     from fiscal_years f cross join generate_series(1, 12) m where f.tenant_id = $1`,
    [tenantId],
  );
  await client.query(
    `create temp table bench_accounts as
     select (row_number() over (order by code) - 1)::int as k, id from accounts where tenant_id = $1 and not is_group`,
    [tenantId],
  );
  await client.query(
    `insert into journal_entries (tenant_id, id, number, entry_date, period_id, memo, state, total, posted_at)
     select $1, uuid_v7(), 'JE-B-' || lpad(n::text, 7, '0'), s.d, p.id, 'Bench entry ' || n, 'posted',
            ${amounts} + ${second}, now()
     from (select n, '2024-01-01'::date + (n % 1096) as d from generate_series(1, $2::int) n) s
     join accounting_periods p on p.tenant_id = $1 and p.year = extract(year from s.d) and p.period_no = extract(month from s.d)`,
    [tenantId, entries],
  );
  await client.query(
    `insert into journal_lines (tenant_id, id, entry_id, line_no, account_id, entry_date, period_id, debit, credit)
     select e.tenant_id, uuid_v7(), e.id, ln, a.id, e.entry_date, e.period_id,
            case ln when 1 then ${amounts} when 3 then ${second} else 0 end,
            case ln when 2 then ${amounts} when 4 then ${second} else 0 end
     from (select id, tenant_id, entry_date, period_id, substring(number from 6)::int as n
           from journal_entries where tenant_id = $1) e
     cross join generate_series(1, 4) ln
     join bench_accounts a on a.k = (e.n * ln + ln * 7) % (select count(*) from bench_accounts)`,
    [tenantId],
  );
  await client.query(
    `insert into account_period_balances (tenant_id, account_id, period_id, debit, credit)
     select tenant_id, account_id, period_id, sum(debit), sum(credit) from journal_lines
     where tenant_id = $1 group by tenant_id, account_id, period_id`,
    [tenantId],
  );
  await client.query('set session_replication_role = origin');
  await client.query('analyze');
}

async function main() {
  log(`Mini ERP ledger-reports benchmark — ${new Date().toISOString()}`);
  const url = await freshDatabase(databaseName);
  const { tenantId, email, password } = await setUpBenchCompany(url);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const seeded = performance.now();
  await seedLedger(client, tenantId, Math.ceil(lineCount / 4));
  const counts = await client.query<{ lines: string; balances: string }>(
    `select (select count(*) from journal_lines where tenant_id = $1)::text as lines,
            (select count(*) from account_period_balances where tenant_id = $1)::text as balances`,
    [tenantId],
  );
  const bank = await client.query<{ id: string }>(`select id from accounts where tenant_id = $1 and code = '1-1200'`, [
    tenantId,
  ]);
  log(
    `seeded ${Number(counts.rows[0]!.lines).toLocaleString('en')} journal lines (${counts.rows[0]!.balances} period balances) in ${((performance.now() - seeded) / 1000).toFixed(1)} s`,
  );

  const server = await startServer({ DATABASE_URL: url });
  try {
    const login = await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    }).then((r) => r.json() as Promise<{ accessToken: string }>);
    const headers = { authorization: `Bearer ${login.accessToken}` };
    const reports: Record<string, string> = {
      'trial balance, a year of whole months': '/trial-balance?from=2026-01-01&to=2026-12-31',
      'trial balance, cut mid-month (2026-01-15 – 2026-06-20)': '/trial-balance?from=2026-01-15&to=2026-06-20',
      'profit and loss, a year': '/profit-and-loss?from=2026-01-01&to=2026-12-31',
      'profit and loss, cut mid-month': '/profit-and-loss?from=2025-03-10&to=2025-09-20',
      'balance sheet, mid-month': '/balance-sheet?asOf=2026-06-15',
      'profit and loss by month, 3 years': '/profit-and-loss/monthly?from=2024-01-01&to=2026-12-31',
      'cash flow, a year': '/cash-flow?from=2025-01-01&to=2025-12-31',
      'general ledger, first page (bank, a month)': `/general-ledger?accountId=${bank.rows[0]!.id}&from=2026-03-01&to=2026-03-31`,
    };
    for (const path of Object.values(reports)) await getJson(server.url, `/api/accounting/reports${path}`, headers);
    log('');
    log(`Reports over HTTP, ${requests} requests each, one at a time:`);
    let worst = 0;
    for (const [label, path] of Object.entries(reports)) {
      const timings: number[] = [];
      for (let i = 0; i < requests; i++) {
        const response = await getJson(server.url, `/api/accounting/reports${path}`, headers);
        if (response.status !== 200) throw new Error(`${label}: ${response.status} ${JSON.stringify(response.body)}`);
        timings.push(response.ms);
      }
      const s = summarize(timings);
      worst = Math.max(worst, s.p95);
      log(`  ${label}: p50 ${ms(s.p50)}, p95 ${ms(s.p95)}`);
    }
    log(`  goal p95 < 200 ms: ${worst < 200 ? 'met' : 'missed'} (worst p95 ${ms(worst)})`);
  } finally {
    await server.stop();
  }

  await checkAndCleanUp({
    url,
    databaseName,
    keep: args.keep,
    seeding: client,
    invariants: {
      name: 'Ledger invariants',
      holds: 'entries balance, trial balance zero, period balances = Σ lines',
      violations: ledgerInvariantViolations,
    },
  });
}

await main();
