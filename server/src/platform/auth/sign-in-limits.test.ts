import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeFromEmail, logIn, onboardCompany, uniqueEmail } from '../../test/onboarding.ts';
import type { TestApi } from '../../test/test-api.ts';
import { createTestApp, type TestApp } from '../../test/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const login = (api: TestApi, email: string, password: string, cookie?: string) =>
  api.post('/api/auth/login', { email, password }, cookie ? { headers: { cookie } } : {});

/** The device cookie a successful login sets, as a Cookie header. */
function deviceCookieOf(response: { headers: Record<string, unknown> }): string {
  const cookie = /erp_device_[\w-]+=[^;]+/.exec(String(response.headers['set-cookie']))?.[0];
  if (!cookie) throw new Error('No device cookie was set');
  return cookie;
}

async function failLogins(api: TestApi, email: string, times: number, cookie?: string) {
  const statuses = [];
  for (let i = 0; i < times; i++) statuses.push((await login(api, email, 'not the password', cookie)).status);
  return statuses;
}

/** Ends the current wait of every counter now, as if its delay had passed. */
const waitOutDelays = (app: TestApp) =>
  app.db.orm.execute(sql`update auth_throttles set blocked_until = now() where blocked_until > now()`);

describe('slowing down password guessing', () => {
  it('lets 5 failures through, then makes each further one wait twice as long', async () => {
    const company = await onboardCompany(t.api, t.mail);
    expect(await failLogins(t.api, company.email, 5)).toEqual([401, 401, 401, 401, 401]);
    const blocked = await login(t.api, company.email, company.password);
    expect(blocked.status).toBe(429);
    expect(blocked.body.error.code).toBe('too_many_requests');
    const firstWait = Number(blocked.headers['retry-after']);
    expect(firstWait).toBeGreaterThan(0);
    expect(firstWait).toBeLessThanOrEqual(60);

    await waitOutDelays(t);
    expect(await failLogins(t.api, company.email, 1)).toEqual([401]);
    const longer = await login(t.api, company.email, company.password);
    expect(longer.status).toBe(429);
    expect(Number(longer.headers['retry-after'])).toBeGreaterThan(60);
    expect(Number(longer.headers['retry-after'])).toBeLessThanOrEqual(120);

    await waitOutDelays(t);
    await logIn(t.api, company.email, company.password);
    expect(await failLogins(t.api, company.email, 4)).toEqual([401, 401, 401, 401]);
  });

  it('throttles an email without an account exactly as one with an account', async () => {
    const company = await onboardCompany(t.api, t.mail);
    const nobody = uniqueEmail('nobody');
    expect(await failLogins(t.api, nobody, 5)).toEqual(await failLogins(t.api, company.email, 5));
    const [known, unknown] = [await login(t.api, company.email, 'x'), await login(t.api, nobody, 'x')];
    expect(unknown.status).toBe(429);
    expect({ status: unknown.status, code: unknown.body.error.code }).toEqual({
      status: known.status,
      code: known.body.error.code,
    });
  });

  it('keeps a throttled account throttled while 5,100 other emails fail', async () => {
    const company = await onboardCompany(t.api, t.mail);
    await failLogins(t.api, company.email, 5);
    const limits = t.app.platform.auth.limits;
    const strangers = Array.from({ length: 5100 }, () => `${randomBytes(6).toString('hex')}@example.com`);
    for (let i = 0; i < strangers.length; i += 100) {
      await Promise.all(strangers.slice(i, i + 100).map((email) => limits.beginPasswordAttempt({ account: email })));
    }
    expect((await login(t.api, company.email, company.password)).status).toBe(429);
  });

  it('counts wrong passwords sent to join-company against the same limit as login', async () => {
    const company = await onboardCompany(t.api, t.mail);
    const other = await onboardCompany(t.api, t.mail);
    for (let i = 0; i < 5; i++) {
      const join = await t.api.post('/api/auth/join-company', {
        companyCode: other.companyCode,
        name: 'Guesser',
        email: company.email,
        password: `guess number ${i}`,
      });
      expect(join.status).toBe(202);
    }
    expect((await login(t.api, company.email, company.password)).status).toBe(429);
    const joinNow = await t.api.post('/api/auth/join-company', {
      companyCode: other.companyCode,
      name: 'Guesser',
      email: company.email,
      password: company.password,
    });
    expect(joinNow.status).toBe(429);
  });
});

describe('the owner is never locked out by a stranger', () => {
  it('signs in from a device used before while strangers are held back', async () => {
    const company = await onboardCompany(t.api, t.mail);
    const device = deviceCookieOf(await login(t.api, company.email, company.password));
    await failLogins(t.api, company.email, 8);
    await waitOutDelays(t);
    await failLogins(t.api, company.email, 3);
    expect((await login(t.api, company.email, company.password)).status).toBe(429);

    const owner = await login(t.api, company.email, company.password, device);
    expect(owner.status).toBe(200);
    expect(String(owner.headers['set-cookie'] ?? '')).not.toContain('erp_device_');
    expect((await login(t.api, company.email, company.password)).status).toBe(429);
  });

  it('trusts a device cookie only for its own account, and only when its signature holds', async () => {
    const victim = await onboardCompany(t.api, t.mail);
    const attacker = await onboardCompany(t.api, t.mail);
    const attackerDevice = deviceCookieOf(await login(t.api, attacker.email, attacker.password));
    const victimDevice = deviceCookieOf(await login(t.api, victim.email, victim.password));
    await failLogins(t.api, victim.email, 5);
    expect((await login(t.api, victim.email, victim.password, attackerDevice)).status).toBe(429);
    const forged = victimDevice.replace(/\.[\w-]+$/, '.forged');
    expect((await login(t.api, victim.email, victim.password, forged)).status).toBe(429);
  });

  it('gives a known device its own limit, so a stolen cookie buys few guesses', async () => {
    const company = await onboardCompany(t.api, t.mail);
    const device = deviceCookieOf(await login(t.api, company.email, company.password));
    expect(await failLogins(t.api, company.email, 6, device)).toEqual([401, 401, 401, 401, 401, 429]);
    expect((await login(t.api, company.email, company.password, device)).status).toBe(429);
    await logIn(t.api, company.email, company.password);
  });

  it('lifts the delay once the owner resets the password by emailed code', async () => {
    const company = await onboardCompany(t.api, t.mail);
    await failLogins(t.api, company.email, 6);
    expect((await t.api.post('/api/auth/forgot-password', { email: company.email })).status).toBe(202);
    const code = await codeFromEmail(t.mail, company.email, 'reset');
    const reset = await t.api.post('/api/auth/reset-password', {
      email: company.email,
      code,
      newPassword: 'a fresh password',
    });
    expect(reset.status).toBe(200);
    await logIn(t.api, company.email, 'a fresh password');
  });
});

describe('limits shared by every instance and kept across restarts', () => {
  it('counts failures on two instances of one database together, and after a restart', async () => {
    const first = await createTestApp();
    // Onboarded first: on a server the other instance's dispatcher could deliver the codes.
    const company = await onboardCompany(first.api, first.mail);
    const second = await createTestApp({}, { sameDatabaseAs: first });
    try {
      expect(await failLogins(first.api, company.email, 3)).toEqual([401, 401, 401]);
      expect(await failLogins(second.api, company.email, 2)).toEqual([401, 401]);
      expect((await login(first.api, company.email, company.password)).status).toBe(429);
      expect((await login(second.api, company.email, company.password)).status).toBe(429);

      await second.close();
      const restarted = await createTestApp({}, { sameDatabaseAs: first });
      try {
        expect((await login(restarted.api, company.email, company.password)).status).toBe(429);
      } finally {
        await restarted.close();
      }
    } finally {
      await second.close().catch(() => {});
      await first.close();
    }
  });

  it('limits each address across instances', async () => {
    const first = await createTestApp({ AUTH_RATE_LIMIT_PER_IP: '3' });
    const second = await createTestApp({ AUTH_RATE_LIMIT_PER_IP: '3' }, { sameDatabaseAs: first });
    try {
      const statuses = [];
      for (const app of [first, second, first, second]) {
        statuses.push((await login(app.api, uniqueEmail(), 'whatever1')).status);
      }
      expect(statuses).toEqual([401, 401, 401, 429]);
      const code = await second.api.post('/api/auth/verify-email', { email: uniqueEmail(), code: '123456' });
      expect(code.status).toBe(429);
      expect(Number(code.headers['retry-after'])).toBeGreaterThan(0);
    } finally {
      await second.close();
      await first.close();
    }
  });

  it('housekeeping deletes counters that no longer count, and keeps those that do', async () => {
    const company = await onboardCompany(t.api, t.mail);
    await failLogins(t.api, company.email, 5);
    await t.db.orm.execute(sql`insert into auth_throttles (key, hits, expires_at) values ('ip:old', 3, now())`);
    await t.app.platform.auth.limits.purgeExpired();
    const keys = await t.db.orm.execute(sql`select key from auth_throttles where key = 'ip:old'`);
    expect((keys as unknown as { rows: unknown[] }).rows).toEqual([]);
    expect((await login(t.api, company.email, company.password)).status).toBe(429);
  });
});
