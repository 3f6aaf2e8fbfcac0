import type { FastifyInstance } from 'fastify';
import { inject } from 'vitest';
import { type AppOptions, buildApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import type { Database } from '../db/database.ts';
import { CapturingMailer } from '../platform/mail/mailer.ts';
import { TestApi } from './test-api.ts';
import { openTestDatabase, reopenTestDatabase } from './test-database.ts';

export interface TestApp {
  app: FastifyInstance;
  api: TestApi;
  db: Database;
  mail: CapturingMailer;
  /** The test's own database on the PostgreSQL server, reached directly; unset on PGlite. */
  databaseUrl?: string;
  close(): Promise<void>;
}

/**
 * The real app on a fresh database, with email captured instead of sent. The database timeouts
 * come from `env`; the pool has 25 connections unless `env` sets DATABASE_POOL_SIZE. With
 * `sameDatabaseAs`, another instance of the app on that app's database (on a server through its
 * own connection pool, as a second process would); closing it leaves the database. `reach` puts
 * a proxy between the app and its database; `now` pins the app's clock.
 */
export async function createTestApp(
  env: Record<string, string> = {},
  options: { sameDatabaseAs?: TestApp; reach?: (url: string) => string } & Pick<AppOptions, 'now'> = {},
): Promise<TestApp> {
  const { sameDatabaseAs, reach, ...appOptions } = options;
  const config = loadConfig({
    LOG_LEVEL: process.env.TEST_LOG === '1' ? 'debug' : 'silent',
    JWT_SECRET: 'test-secret-test-secret-test-secret-0123456789',
    AUTH_RATE_LIMIT_PER_IP: '100000',
    AUTH_RATE_LIMIT_PER_ACCOUNT: '5',
    ...env,
  });
  const { db, url, drop } = sameDatabaseAs
    ? await anotherConnection(sameDatabaseAs)
    : await openTestDatabase(inject('pgliteTemplatePath'), {
        ...(reach ? { reach } : {}),
        timeouts: config.databaseTimeouts,
        ...(env.DATABASE_POOL_SIZE ? { poolSize: config.databasePoolSize } : {}),
      });
  const mail = new CapturingMailer();
  const app = await buildApp({ config, db, mailer: mail, logger: process.env.TEST_LOG === '1', ...appOptions });
  await app.ready();
  return {
    app,
    api: new TestApi(app),
    db,
    mail,
    databaseUrl: url,
    async close() {
      await app.close();
      await drop();
    },
  };
}

async function anotherConnection(other: TestApp): Promise<{ db: Database; url?: string; drop: () => Promise<void> }> {
  const reopened = await reopenTestDatabase(other.db);
  return { db: reopened ?? other.db, url: other.databaseUrl, drop: async () => reopened?.close() };
}
