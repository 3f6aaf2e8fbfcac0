import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import pg from 'pg';
import { Database } from '../db/database.ts';
import type { DatabaseTimeouts } from '../db/timeouts.ts';

/** `DATABASE_URL` switches the whole suite to the PostgreSQL server; otherwise PGlite. */
export const serverUrl = process.env.DATABASE_URL || undefined;
export const onServer = serverUrl !== undefined;

export function withDatabaseName(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

export function databaseNameOf(url: string): string {
  return decodeURIComponent(new URL(url).pathname.slice(1));
}

export const templateName = (url: string) => `${databaseNameOf(url)}_template`;

export async function adminQuery(url: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/**
 * A fresh, migrated database for one test file: a copy of the template the global setup
 * migrated once (a database on the server, a data-folder dump for PGlite).
 */
export async function openTestDatabase(
  pgliteTemplatePath: string,
  options: {
    poolSize?: number;
    timeouts?: DatabaseTimeouts;
    /** How the app reaches its database: a test may put a proxy in between. */
    reach?: (url: string) => string;
  } = {},
): Promise<{ db: Database; url?: string; drop: () => Promise<void> }> {
  if (!serverUrl) {
    const dump = await readFile(pgliteTemplatePath);
    const db = await Database.open({ pgliteTemplate: new Blob([dump]) });
    return { db, drop: () => db.close() };
  }
  const name = `${databaseNameOf(serverUrl)}_${randomBytes(5).toString('hex')}`;
  for (let attempt = 0; ; attempt++) {
    try {
      await adminQuery(serverUrl, `CREATE DATABASE "${name}" TEMPLATE "${templateName(serverUrl)}"`);
      break;
    } catch (error) {
      // Two files copying the template at the same instant: wait and retry.
      if (attempt > 20 || !String(error).includes('being accessed by other users')) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100 + Math.random() * 200));
    }
  }
  const url = withDatabaseName(serverUrl, name);
  const { reach = (direct: string) => direct, ...connection } = options;
  const db = await Database.open({ url: reach(url), poolSize: 25, ...connection });
  urls.set(db, url);
  return {
    db,
    url,
    drop: async () => {
      await db.close();
      await adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}

const urls = new WeakMap<Database, string>();

/** A second pool on the same server database; PGlite has one connection, so null there. */
export async function reopenTestDatabase(db: Database): Promise<Database | null> {
  const url = urls.get(db);
  return url ? Database.open({ url, poolSize: 5 }) : null;
}
