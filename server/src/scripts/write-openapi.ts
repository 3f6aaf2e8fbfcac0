import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import { Database } from '../db/database.ts';

/** Writes server/openapi.json, from which the web app's typed client is generated. */
export async function openApiDocument(): Promise<string> {
  const db = await Database.open({});
  try {
    await db.migrate();
    const app = await buildApp({ config: loadConfig({ LOG_LEVEL: 'silent' }), db, logger: false });
    await app.ready();
    const document = `${JSON.stringify(app.swagger(), null, 2)}\n`;
    await app.close();
    return document;
  } finally {
    await db.close();
  }
}

export const openApiPath = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../openapi.json');

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await writeFile(openApiPath, await openApiDocument());
  process.stdout.write(`Wrote ${openApiPath}\n`);
}
