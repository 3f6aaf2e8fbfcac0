import type { FastifyInstance } from 'fastify';
import { inject } from 'vitest';
import { buildApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import type { Database } from '../db/database.ts';
import { CapturingMailer } from '../platform/mail/mailer.ts';
import { TestApi } from './test-api.ts';
import { openTestDatabase } from './test-database.ts';

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
 * come from `env`; the pool has 25 connections unless `env` sets DATABASE_POOL_SIZE.
 */
export async function createTestApp(
  env: Record<string, string> = {},
  database: { reach?: (url: string) => string } = {},
): Promise<TestApp> {
  const config = loadConfig({
    LOG_LEVEL: process.env.TEST_LOG === '1' ? 'debug' : 'silent',
    JWT_SECRET: 'test-secret-test-secret-test-secret-0123456789',
    AUTH_RATE_LIMIT_PER_IP: '100000',
    AUTH_RATE_LIMIT_PER_ACCOUNT: '5',
    ...env,
  });
  const { db, url, drop } = await openTestDatabase(inject('pgliteTemplatePath'), {
    ...database,
    timeouts: config.databaseTimeouts,
    ...(env.DATABASE_POOL_SIZE ? { poolSize: config.databasePoolSize } : {}),
  });
  const mail = new CapturingMailer();
  const app = await buildApp({ config, db, mailer: mail, logger: process.env.TEST_LOG === '1' });
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
