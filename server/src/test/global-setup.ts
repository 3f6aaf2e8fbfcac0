import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { Database } from '../db/database.ts';
import { adminQuery, databaseNameOf, serverUrl, templateName, withDatabaseName } from './test-database.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplatePath: string;
  }
}

async function ensureDatabaseExists(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
  } catch (error) {
    if ((error as { code?: string }).code !== '3D000') throw error;
    await adminQuery(withDatabaseName(url, 'postgres'), `CREATE DATABASE "${databaseNameOf(url)}"`);
    return;
  }
  await client.end();
}

/** Migrates once per run; every test file then starts from a copy (see test-database.ts). */
export default async function setup(project: TestProject) {
  if (serverUrl) {
    await ensureDatabaseExists(serverUrl);
    const template = templateName(serverUrl);
    await adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`);
    await adminQuery(serverUrl, `CREATE DATABASE "${template}"`);
    const db = await Database.open({ url: withDatabaseName(serverUrl, template) });
    await db.migrate();
    await db.close();
    project.provide('pgliteTemplatePath', '');
    return async () => {
      await adminQuery(serverUrl!, `DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`);
    };
  }
  const folder = await mkdtemp(path.join(tmpdir(), 'mini-erp-test-'));
  const db = await Database.open({});
  await db.migrate();
  const dump = await db.dumpPgliteDataDir();
  await db.close();
  const file = path.join(folder, 'template.tar');
  await writeFile(file, Buffer.from(await dump.arrayBuffer()));
  project.provide('pgliteTemplatePath', file);
  return async () => {
    await rm(folder, { recursive: true, force: true });
  };
}
