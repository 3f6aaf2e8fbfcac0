/**
 * Making the demo company (issue 11, point 5: under 20 s on PGlite): on a fresh in-memory PGlite,
 * migrated, the demo company is created RUNS times (a new database each time), printing each run's
 * total and, for the median run, every command the demo history called: count, total and median ms.
 * Usage: npm run bench:demo [-- --runs 3]
 */
import { parseArgs } from 'node:util';
import { buildApp } from '../server/src/app.ts';
import { loadConfig } from '../server/src/config.ts';
import { Database } from '../server/src/db/database.ts';
import { seedDemoData } from '../server/src/demo/seed-demo.ts';
import { timeDemoCommands } from '../server/src/modules/demo-history.ts';
import { percentile } from './lib/stats.ts';

const { values: args } = parseArgs({ options: { runs: { type: 'string', default: '3' } } });
const runs = Number(args.runs);
const log = (line: string) => process.stdout.write(`${line}\n`);

async function makeDemoCompany() {
  const db = await Database.open({});
  await db.migrate();
  const app = await buildApp({ config: loadConfig({ LOG_LEVEL: 'warn', DEMO_DATA: 'false' }), db, logger: false });
  const timings = new Map<string, number[]>();
  timeDemoCommands((command, ms) => timings.set(command, [...(timings.get(command) ?? []), ms]));
  try {
    const totalMs = await seedDemoData(app.platform);
    if (totalMs === null) throw new Error('The fresh database already had a company');
    return { totalMs, timings };
  } finally {
    timeDemoCommands(null);
    await app.close();
    await db.close();
  }
}

log(`Mini ERP demo company benchmark — ${new Date().toISOString()}, ${runs} runs on in-memory PGlite`);
const results = [];
for (let run = 1; run <= runs; run++) {
  const result = await makeDemoCompany();
  results.push(result);
  log(`run ${run}: demo company created in ${(result.totalMs / 1000).toFixed(2)} s`);
}
const sorted = [...results].sort((a, b) => a.totalMs - b.totalMs);
const median = sorted[Math.floor((sorted.length - 1) / 2)]!;
log('');
log(`median of ${runs}: ${(median.totalMs / 1000).toFixed(2)} s; its commands, slowest total first:`);
log(`${'command'.padEnd(24)}${'count'.padStart(7)}${'total ms'.padStart(11)}${'median ms'.padStart(11)}`);
const rows = [...median.timings].map(([command, values]) => ({
  command,
  count: values.length,
  total: values.reduce((sum, v) => sum + v, 0),
  median: percentile(
    [...values].sort((a, b) => a - b),
    50,
  ),
}));
for (const row of rows.sort((a, b) => b.total - a.total)) {
  log(
    `${row.command.padEnd(24)}${String(row.count).padStart(7)}${row.total.toFixed(0).padStart(11)}${row.median.toFixed(1).padStart(11)}`,
  );
}
const commandsMs = rows.reduce((sum, r) => sum + r.total, 0);
log(`${'(all timed commands)'.padEnd(24)}${''.padStart(7)}${commandsMs.toFixed(0).padStart(11)}`);
