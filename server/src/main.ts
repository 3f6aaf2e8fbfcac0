import { existsSync } from 'node:fs';
import path from 'node:path';
import { buildApp } from './app.ts';
import { loadConfig } from './config.ts';
import { Database } from './db/database.ts';
import { DEMO_LOGIN, seedDemoData } from './demo/seed-demo.ts';
import { shutDown } from './shutdown.ts';
import { collectStartUpGarbage } from './start-up-garbage.ts';

if (existsSync('.env')) process.loadEnvFile('.env');
const config = loadConfig();
const db = await Database.open({
  url: config.databaseUrl,
  dataDir: config.databaseUrl ? undefined : path.join(config.dataDir, 'pglite'),
  poolSize: config.databasePoolSize,
  timeouts: config.databaseTimeouts,
});
await db.migrate();
const app = await buildApp({ config, db });
const demoMs = config.demoData ? await seedDemoData(app.platform) : null;
await app.listen({ port: config.port, host: config.host });
collectStartUpGarbage();

const database = config.databaseUrl ? 'PostgreSQL server (DATABASE_URL)' : `embedded PGlite in ${config.dataDir}`;
const banner = [
  '',
  `  Mini ERP is running at ${config.publicUrl}`,
  `  API docs:   ${config.publicUrl}/api/docs`,
  `  Database:   ${database}${demoMs === null ? '' : ` (demo company created in ${(demoMs / 1000).toFixed(1)} s)`}`,
  config.demoData
    ? `  Demo login: ${DEMO_LOGIN.email} / ${DEMO_LOGIN.password} (company code ${DEMO_LOGIN.companyCode})`
    : '',
  '',
].filter((line, i, all) => line !== '' || i === 0 || i === all.length - 1);
process.stdout.write(`${banner.join('\n')}\n`);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, async () => {
    // A second signal (Ctrl+C again) does not wait for the first shutdown.
    if (stopping) process.exit(1);
    stopping = true;
    app.log.info({ signal }, 'shutting down');
    const clean = await shutDown(app, db, config.shutdownGraceMs);
    process.exit(clean ? 0 : 1);
  });
}
