import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryOne } from '../../db/database.ts';
import { type OnboardedCompany, onboardCompany, uniqueEmail } from '../../test/onboarding.ts';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { onServer, serverUrl, withDatabaseName } from '../../test/test-database.ts';

let t: TestApp;
let owner: OnboardedCompany;
beforeAll(async () => {
  t = await createTestApp();
  owner = await onboardCompany(t.api, t.mail);
});
afterAll(() => t.close());

const newKey = (label: string) => `${label}-${randomBytes(6).toString('hex')}`;
const newCustomer = () => ({
  code: `C-${randomBytes(3).toString('hex')}`,
  name: `Customer ${randomBytes(4).toString('hex')}`,
});
const scope = () => `${owner.userId}|${owner.tenantId}`;

async function customersNamed(name: string): Promise<number> {
  const row = await queryOne<{ n: number }>(
    t.db.orm,
    sql`select count(*)::int as n from customers where name = ${name}`,
  );
  return row!.n;
}

async function keyRow(key: string) {
  return queryOne<{ status_code: number | null }>(
    t.db.orm,
    sql`select status_code from idempotency_keys where scope = ${scope()} and key = ${key}`,
  );
}

function postCustomer(body: object, key: string) {
  return t.api.post('/api/customers', body, { token: owner.token, headers: { 'idempotency-key': key } });
}

describe('an Idempotency-Key after a crash', () => {
  it('runs a retry once when a crashed process left the key reserved, then replays it', async () => {
    const key = newKey('crashed');
    const body = newCustomer();
    // What a process killed between reserving the key and answering leaves behind.
    await t.db.orm.execute(
      sql`insert into idempotency_keys (scope, key, request_hash, created_at)
          values (${scope()}, ${key}, 'hash of the crashed request', now() - interval '10 minutes')`,
    );
    const retry = await postCustomer(body, key);
    expect(retry.status, JSON.stringify(retry.body)).toBe(201);
    expect(retry.headers['idempotent-replayed']).toBeUndefined();
    const again = await postCustomer(body, key);
    expect(again.status).toBe(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body).toEqual(retry.body);
    expect(await customersNamed(body.name)).toBe(1);
  });

  it('answers 409 while a reservation is younger than the lease: its request may still be running', async () => {
    const key = newKey('running');
    const body = newCustomer();
    expect((await postCustomer(body, key)).status).toBe(201);
    await t.db.orm.execute(
      sql`update idempotency_keys set status_code = null, response_body = null where scope = ${scope()} and key = ${key}`,
    );
    const retry = await postCustomer(body, key);
    expect(retry.status).toBe(409);
    expect(retry.body.error.code).toBe('idempotency_key_in_progress');
    expect(await customersNamed(body.name)).toBe(1);
  });

  it('keeps neither the work nor the key when the business transaction fails, so the retry runs once', async () => {
    const key = newKey('failed');
    const body = newCustomer();
    await t.db.orm.execute(
      sql.raw(`create or replace function fail_customer_insert() returns trigger language plpgsql as
      $$ begin raise exception 'the process died here'; end $$`),
    );
    await t.db.orm.execute(
      sql.raw(
        `create trigger fail_customer_insert before insert on customers for each row execute function fail_customer_insert()`,
      ),
    );
    const failed = await postCustomer(body, key).finally(() =>
      t.db.orm.execute(sql.raw('drop trigger fail_customer_insert on customers')),
    );
    expect(failed.status).toBe(500);
    expect(await keyRow(key)).toBeUndefined();
    const retry = await postCustomer(body, key);
    expect(retry.status, JSON.stringify(retry.body)).toBe(201);
    expect(retry.headers['idempotent-replayed']).toBeUndefined();
    expect(await customersNamed(body.name)).toBe(1);
    expect((await keyRow(key))?.status_code).toBe(201);
  });

  it('gives two concurrent duplicates one document', async () => {
    const key = newKey('twins');
    const body = newCustomer();
    const answers = await Promise.all([postCustomer(body, key), postCustomer(body, key)]);
    expect(await customersNamed(body.name)).toBe(1);
    const statuses = answers.map((a) => a.status).sort();
    expect([
      [201, 201],
      [201, 409],
    ]).toContainEqual(statuses);
    const replay = await postCustomer(body, key);
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(replay.body.id).toBe(answers.find((a) => a.status === 201)!.body.id);
  });

  it('gives two concurrent registrations with one key one company', async () => {
    const key = newKey('register');
    const email = uniqueEmail();
    const body = { company: { name: 'Twin Co' }, owner: { name: 'Twin', email, password: 'twin password' } };
    const answers = await Promise.all([
      t.api.post('/api/auth/register-company', body, { headers: { 'idempotency-key': key } }),
      t.api.post('/api/auth/register-company', body, { headers: { 'idempotency-key': key } }),
    ]);
    expect(answers.map((a) => a.status)).toContain(202);
    const users = await queryOne<{ n: number }>(
      t.db.orm,
      sql`select count(*)::int as n from users where email = ${email}`,
    );
    expect(users!.n).toBe(1);
  });
});

describe.runIf(onServer)('an Idempotency-Key when the server process is killed mid-request', () => {
  let child: ChildProcess | undefined;
  afterAll(() => {
    child?.kill('SIGKILL');
  });

  async function startChildServer(port: number): Promise<ChildProcess> {
    const database = await queryOne<{ name: string }>(t.db.orm, sql`select current_database() as name`);
    const server = spawn(
      process.execPath,
      ['--import', 'tsx', fileURLToPath(new URL('../../main.ts', import.meta.url))],
      {
        env: {
          ...process.env,
          DATABASE_URL: withDatabaseName(serverUrl!, database!.name),
          PORT: String(port),
          HOST: '127.0.0.1',
          DEMO_DATA: 'false',
          LOG_LEVEL: 'silent',
          JWT_SECRET: 'test-secret-test-secret-test-secret-0123456789',
        },
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    let output = '';
    server.stdout!.on('data', (chunk) => {
      output += chunk;
    });
    while (!output.includes('is running at')) {
      if (server.exitCode !== null) throw new Error(`The server exited: ${output}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return server;
  }

  it('runs the retry once: the killed request left neither a document nor a reserved key', async () => {
    child = await startChildServer(3131);
    const key = newKey('killed');
    const body = newCustomer();
    const database = await queryOne<{ name: string }>(t.db.orm, sql`select current_database() as name`);
    const locker = new pg.Client({ connectionString: withDatabaseName(serverUrl!, database!.name) });
    await locker.connect();
    try {
      await locker.query('begin; lock table customers in access exclusive mode');
      const request = fetch('http://127.0.0.1:3131/api/customers', {
        method: 'POST',
        headers: { authorization: `Bearer ${owner.token}`, 'content-type': 'application/json', 'idempotency-key': key },
        body: JSON.stringify(body),
      }).catch(() => 'connection lost');
      // The request is inside its business transaction, waiting for the table.
      for (;;) {
        const waiting = await locker.query(
          `select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`,
        );
        if (waiting.rows[0].n > 0) break;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      child.kill('SIGKILL');
      await once(child, 'exit');
      expect(await request).toBe('connection lost');
      await locker.query('commit');
    } finally {
      await locker.end();
    }
    const retry = await postCustomer(body, key);
    expect(retry.status, JSON.stringify(retry.body)).toBe(201);
    expect(retry.headers['idempotent-replayed']).toBeUndefined();
    expect(await customersNamed(body.name)).toBe(1);
    const replay = await postCustomer(body, key);
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(replay.body).toEqual(retry.body);
  });
});
