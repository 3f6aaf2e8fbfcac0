import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import pg from 'pg';
import { describe, expect, inject, it, onTestFinished } from 'vitest';
import { onServer, openTestDatabase } from './test/test-database.ts';

const main = fileURLToPath(new URL('./main.ts', import.meta.url));
const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

/** The address from the server's "Server listening at ..." log line. */
function listeningAddress(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const address = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1];
      if (address) resolve(address);
    });
    child.once('exit', (code) => reject(new Error(`The server exited (${code}) before listening:\n${output}`)));
  });
}

async function untilWaitingOnLock(session: pg.Client): Promise<void> {
  for (;;) {
    await session.query('select pg_stat_clear_snapshot()');
    const { rows } = await session.query(
      `select count(*)::int as n from pg_stat_activity
       where datname = current_database() and application_name = 'mini-erp' and wait_event_type = 'Lock'`,
    );
    if (rows[0].n > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe.skipIf(!onServer)('stopping the server', () => {
  it('SIGTERM ends a request stuck on a held lock with 503 and exits, while the lock is still held', async () => {
    const { url, drop } = await openTestDatabase(inject('pgliteTemplatePath'));
    const locker = new pg.Client({ connectionString: url });
    await locker.connect();
    // Its own folder: no .env of a developer's checkout is read.
    const cwd = await mkdtemp(path.join(tmpdir(), 'mini-erp-shutdown-'));
    const server = spawn(process.execPath, ['--import', tsx, main], {
      cwd,
      stdio: ['ignore', 'pipe', 'inherit'],
      env: {
        PATH: process.env.PATH,
        DATABASE_URL: url,
        HOST: '127.0.0.1',
        PORT: '0',
        DEMO_DATA: 'false',
        LOG_LEVEL: 'info',
        // Nothing bounds the stuck statement but the shutdown itself.
        DATABASE_LOCK_TIMEOUT_MS: '0',
        DATABASE_STATEMENT_TIMEOUT_MS: '0',
        SHUTDOWN_GRACE_MS: '500',
      },
    });
    onTestFinished(() => {
      server.kill('SIGKILL');
    });
    const exited = new Promise<number | null>((resolve) => server.once('exit', (code) => resolve(code)));
    try {
      const address = await listeningAddress(server);
      await locker.query('begin; lock table users in access exclusive mode');
      const login = fetch(`${address}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'someone@example.com', password: 'a password of some length' }),
      });
      await untilWaitingOnLock(locker);

      server.kill('SIGTERM');
      const answer = await login;
      expect(answer.status).toBe(503);
      expect((await answer.json()).error.code).toMatch(/^database_/);
      expect(await exited).toBe(0);
    } finally {
      await locker.end();
      await rm(cwd, { recursive: true, force: true });
      await drop();
    }
  }, 90_000);
});
