import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCustomer, createProduct } from '../test/fixtures.ts';
import { type OnboardedCompany, onboardCompany } from '../test/onboarding.ts';
import { TcpProxy } from '../test/tcp-proxy.ts';
import type { TestResponse } from '../test/test-api.ts';
import { createTestApp, type TestApp } from '../test/test-app.ts';
import { onServer, serverUrl } from '../test/test-database.ts';
import { Database, queryRows } from './database.ts';
import { databaseOutage } from './database-outage.ts';
import { defaultTimeouts } from './timeouts.ts';

/** A second session on the test's own database, as another client or an operator would open. */
async function otherSession(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return client;
}

async function count(session: pg.Client, where: string): Promise<number> {
  // Inside a transaction (one holding a lock) the activity view is a snapshot until cleared.
  await session.query('select pg_stat_clear_snapshot()');
  const { rows } = await session.query(
    `select count(*)::int as n from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid() and ${where}`,
  );
  return rows[0].n;
}

/** Polls pg_stat_activity until at least (or at most) `n` backends match: a state to reach, not a time. */
async function untilBackends(session: pg.Client, where: string, n: number, bound = 'at least'): Promise<void> {
  const reached = (found: number) => (bound === 'at least' ? found >= n : found <= n);
  while (!reached(await count(session, where))) await new Promise((resolve) => setTimeout(resolve, 20));
}

const WAITING_ON_LOCK = `application_name = 'mini-erp' and wait_event_type = 'Lock'`;

function expectOutage(response: TestResponse, code: 'database_unavailable' | 'database_busy') {
  expect(response.status, JSON.stringify(response.body)).toBe(503);
  expect(response.body.error.code).toBe(code);
  expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
}

describe.skipIf(!onServer)('when the database drops connections', () => {
  let t: TestApp;
  let owner: OnboardedCompany;
  let operator: pg.Client;
  beforeAll(async () => {
    // Long enough that a loaded machine does not time out the requests a test keeps waiting.
    t = await createTestApp({ DATABASE_LOCK_TIMEOUT_MS: '30000' });
    owner = await onboardCompany(t.api, t.mail);
    for (let i = 0; i < 3; i++) await createProduct(t.api, owner);
    operator = await otherSession(t.databaseUrl!);
  });
  afterAll(async () => {
    await operator?.end();
    await t.close();
  });

  const list = () => t.api.get('/api/products', { token: owner.token });
  const terminateEveryOtherBackend = () =>
    operator.query(
      'select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()',
    );

  it('requests whose backend is killed mid-transaction answer 503 database_unavailable, and the next ones succeed', async () => {
    await operator.query('begin; lock table products in access exclusive mode');
    const inFlight = Array.from({ length: 6 }, list);
    await untilBackends(operator, WAITING_ON_LOCK, 6);
    await terminateEveryOtherBackend();
    await operator.query('rollback');
    for (const answer of await Promise.all(inFlight)) expectOutage(answer, 'database_unavailable');

    for (const answer of await Promise.all(Array.from({ length: 6 }, list))) expect(answer.status).toBe(200);
  });

  it('under load, killed backends give 503 or success, never 500, and the server keeps serving', async () => {
    // Four clients keep requesting while every backend is killed, again and again: connections
    // die mid-statement, between statements, and while the pool is opening new ones.
    const answers: TestResponse[] = [];
    let killing = true;
    const client = async (n: number) => {
      for (let i = 0; killing; i++) {
        answers.push(
          await (i % 3 === 0
            ? t.api.post('/api/customers', { code: `K-${n}-${i}`, name: 'Kept' }, { token: owner.token })
            : list()),
        );
      }
    };
    const clients = [0, 1, 2, 3].map(client);
    for (let kill = 0; kill < 60; kill++) {
      await terminateEveryOtherBackend();
      await new Promise((resolve) => setTimeout(resolve, kill % 7));
    }
    killing = false;
    await Promise.all(clients);
    for (const answer of answers) {
      expect([200, 201, 503], JSON.stringify(answer.body)).toContain(answer.status);
      if (answer.status === 503) expect(answer.body.error.code).toBe('database_unavailable');
    }
    expect(answers.some((answer) => answer.status === 503)).toBe(true);
    expect((await list()).status).toBe(200);
    expect((await createCustomer(t.api, owner)).id).toBeTruthy();
    expect((await t.api.get('/health')).status).toBe(200);
  });

  it('the listening connection comes back after it is killed', async () => {
    const listening = `application_name = 'mini-erp listener' and query ilike 'listen %'`;
    await untilBackends(operator, listening, 1);
    const { rows } = await operator.query(
      `select pid from pg_stat_activity where datname = current_database() and ${listening}`,
    );
    await terminateEveryOtherBackend();
    // The killed backend may still be listed for a moment: wait for a new one, then for the old to go.
    await untilBackends(operator, `${listening} and pid <> ${Number(rows[0].pid)}`, 1);
    await untilBackends(operator, `pid = ${Number(rows[0].pid)}`, 0, 'at most');
    expect(await count(operator, `application_name = 'mini-erp listener'`)).toBe(1);
  });

  it('a statement running past the statement timeout is cancelled: database_busy', async () => {
    const db = await Database.open({ url: t.databaseUrl!, timeouts: { ...defaultTimeouts, statementMs: 300 } });
    try {
      const error = await db.withPlatform((ctx) => ctx.tx.execute(sql`select pg_sleep(30)`)).catch((e: unknown) => e);
      expect(databaseOutage(error)?.code).toBe('database_busy');
      expect(await db.withPlatform((ctx) => queryRows(ctx.tx, sql`select 1 as one`))).toEqual([{ one: 1 }]);
    } finally {
      await db.close();
    }
  });

  it('a transaction left idle past its timeout loses its connection without crashing the process', async () => {
    const db = await Database.open({ url: t.databaseUrl!, timeouts: { ...defaultTimeouts, idleInTransactionMs: 300 } });
    try {
      const error = await db
        .withPlatform(async (ctx) => {
          await ctx.tx.execute(sql`select 1`);
          await untilBackends(operator, `application_name = 'mini-erp' and state = 'idle in transaction'`, 1);
          await untilBackends(
            operator,
            `application_name = 'mini-erp' and state = 'idle in transaction'`,
            0,
            'at most',
          );
          await ctx.tx.execute(sql`select 1`);
        })
        .catch((e: unknown) => e);
      expect(databaseOutage(error)?.code).toBe('database_unavailable');
      expect(await db.withPlatform((ctx) => queryRows(ctx.tx, sql`select 1 as one`))).toEqual([{ one: 1 }]);
    } finally {
      await db.close();
    }
  });
});

describe.skipIf(!onServer)('with a pool of three connections', () => {
  let t: TestApp;
  let owner: OnboardedCompany;
  let locker: pg.Client;
  beforeAll(async () => {
    t = await createTestApp({
      DATABASE_POOL_SIZE: '3',
      DATABASE_CONNECT_TIMEOUT_MS: '300',
      DATABASE_LOCK_TIMEOUT_MS: '8000',
    });
    owner = await onboardCompany(t.api, t.mail);
    await createProduct(t.api, owner);
    locker = await otherSession(t.databaseUrl!);
  });
  afterAll(async () => {
    await locker?.end();
    await t.close();
  });

  const list = (path: string) => t.api.get(path, { token: owner.token });

  it('listens to every channel on one connection outside the pool, leaving the whole pool to requests', async () => {
    const answers = await Promise.all([list('/api/products'), list('/api/customers'), list('/api/products')]);
    for (const answer of answers) expect(answer.status).toBe(200);
    expect(await count(locker, `query ilike 'listen %'`)).toBe(1);
    expect(await count(locker, `application_name = 'mini-erp' and query ilike 'listen %'`)).toBe(0);
  });

  it('a held table lock gives 503 database_busy after the lock timeout; meanwhile an exhausted pool gives 503 database_unavailable and /health answers', async () => {
    await locker.query('begin; lock table products in access exclusive mode');
    const stalled = Array.from({ length: 3 }, () => list('/api/products'));
    await untilBackends(locker, WAITING_ON_LOCK, 3);

    expectOutage(await list('/api/customers'), 'database_unavailable');
    const health = await t.api.get('/health');
    expect(health.status).toBe(200);
    expect(health.body.database.ok).toBe(true);

    for (const answer of await Promise.all(stalled)) expectOutage(answer, 'database_busy');
    await locker.query('rollback');
    expect((await list('/api/products')).status).toBe(200);
  });
});

describe.skipIf(!onServer)('when PostgreSQL restarts', () => {
  let t: TestApp;
  let owner: OnboardedCompany;
  let proxy: TcpProxy;
  let locker: pg.Client;
  beforeAll(async () => {
    proxy = await TcpProxy.start(serverUrl!);
    t = await createTestApp(
      { DATABASE_CONNECT_TIMEOUT_MS: '1000', DATABASE_LOCK_TIMEOUT_MS: '30000' },
      { reach: (url) => proxy.urlFor(url) },
    );
    owner = await onboardCompany(t.api, t.mail);
    await createProduct(t.api, owner);
    locker = await otherSession(t.databaseUrl!);
  });
  afterAll(async () => {
    await locker?.end();
    await proxy.restore().catch(() => {});
    await t.close();
    await proxy.close();
  });

  const list = () => t.api.get('/api/products', { token: owner.token });

  it('requests in flight and while it is down answer 503, /health reports it down, and all is well once it is back', async () => {
    await locker.query('begin; lock table products in access exclusive mode');
    const inFlight = Array.from({ length: 4 }, list);
    await untilBackends(locker, WAITING_ON_LOCK, 4);
    await proxy.cut();
    await locker.query('rollback');
    for (const answer of await Promise.all(inFlight)) expectOutage(answer, 'database_unavailable');

    expectOutage(await list(), 'database_unavailable');
    const health = await t.api.get('/health');
    expect(health.status).toBe(503);
    expect(health.body.database.ok).toBe(false);

    await proxy.restore();
    expect((await list()).status).toBe(200);
    expect((await t.api.get('/health')).status).toBe(200);
    await untilBackends(locker, `application_name = 'mini-erp listener' and query ilike 'listen %'`, 1);
  });
});
