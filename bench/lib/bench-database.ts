import pg from 'pg';
import { Database } from '../../server/src/db/database.ts';
import { defaultTimeouts } from '../../server/src/db/timeouts.ts';

export const serverUrl = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';

export function databaseUrl(name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** A new, empty database on the server named by DATABASE_URL (dropped first if it exists). */
export async function freshDatabase(name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  return databaseUrl(name);
}

export async function dropDatabase(name: string): Promise<void> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.end();
}

/**
 * The end of a bench run: checks the invariants on what the run left, prints the verdict, closes
 * the seeding connection and drops the database unless asked to keep it. Exits non-zero on a violation.
 */
export async function checkAndCleanUp(run: {
  url: string;
  databaseName: string;
  keep: boolean;
  seeding: pg.Client;
  invariants: { name: string; holds: string; violations(orm: Database['orm']): Promise<string[]> };
}): Promise<void> {
  // The checks read every row a run left, which may take longer than a request may.
  const db = await Database.open({ url: run.url, timeouts: { ...defaultTimeouts, statementMs: 0 } });
  const violations = await run.invariants.violations(db.orm);
  await db.close();
  process.stdout.write(
    `\n${run.invariants.name}: ${violations.length === 0 ? `hold (${run.invariants.holds})` : violations.slice(0, 20).join('\n')}\n`,
  );
  await run.seeding.end();
  if (!run.keep) await dropDatabase(run.databaseName);
  if (violations.length > 0) process.exitCode = 1;
}
