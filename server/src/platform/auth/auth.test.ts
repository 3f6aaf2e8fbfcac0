import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeFromEmail, logIn, onboardCompany, uniqueEmail } from '../../test/onboarding.ts';
import { createTestApp, type TestApp } from '../../test/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const password = 'a good long password';

async function registerOwner(email = uniqueEmail('owner')) {
  const response = await t.api.post('/api/auth/register-company', {
    company: { name: 'Kopi Nusantara' },
    owner: { name: 'Budi Santoso', email, password },
  });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return { email, response };
}

describe('registering a company', () => {
  it('creates the company with defaults and a 6-character code, and emails the owner a code', async () => {
    const { email, response } = await registerOwner();
    expect(response.body.company).toMatchObject({
      name: 'Kopi Nusantara',
      currency: 'IDR',
      timezone: 'Asia/Jakarta',
      locale: 'id-ID',
      domain: null,
    });
    expect(response.body.company.companyCode).toMatch(/^[A-Z0-9]{6}$/);
    expect(response.body.owner).toMatchObject({ email, emailVerified: false });
    expect(await codeFromEmail(t.mail, email)).toMatch(/^\d{6}$/);

    const lookup = await t.api.get(`/api/companies/by-code/${response.body.company.companyCode.toLowerCase()}`);
    expect(lookup).toMatchObject({ status: 200, body: { name: 'Kopi Nusantara' } });
    expect(Object.keys(lookup.body)).toEqual(['name']);
  });

  it('refuses a second account with the same email, whatever its case', async () => {
    const { email } = await registerOwner();
    const again = await t.api.post('/api/auth/register-company', {
      company: { name: 'Other' },
      owner: { name: 'X', email: email.toUpperCase(), password },
    });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('email_taken');
  });

  it('stores the one-time code only as a keyed hash', async () => {
    const { email } = await registerOwner();
    const code = await codeFromEmail(t.mail, email);
    const rows = await t.db.orm.execute(
      sql`select code_hash from one_time_codes c join users u on u.id = c.user_id where u.email = ${email}`,
    );
    const hashes = (rows as unknown as { rows: { code_hash: string }[] }).rows.map((r) => r.code_hash);
    expect(hashes).toHaveLength(1);
    expect(hashes[0]).not.toContain(code);
  });
});

describe('verifying the email', () => {
  it('refuses login before verification and accepts it after', async () => {
    const { email } = await registerOwner();
    const early = await t.api.post('/api/auth/login', { email, password });
    expect(early.status).toBe(403);
    expect(early.body.error.code).toBe('email_not_verified');

    const verified = await t.api.post('/api/auth/verify-email', { email, code: await codeFromEmail(t.mail, email) });
    expect(verified).toMatchObject({ status: 200, body: { verified: true } });
    const login = await t.api.post('/api/auth/login', { email, password });
    expect(login.status).toBe(200);
    expect(login.body.memberships).toEqual([expect.objectContaining({ role: 'owner', companyName: 'Kopi Nusantara' })]);

    const again = await t.api.post('/api/auth/verify-email', { email, code: '000000' });
    expect(again.body.error.code).toBe('already_verified');
  });

  it('locks the code after 5 wrong attempts: even the right code then fails', async () => {
    const { email } = await registerOwner();
    const code = await codeFromEmail(t.mail, email);
    const wrong = code === '111111' ? '222222' : '111111';
    const answers = [];
    for (let i = 0; i < 5; i++) answers.push(await t.api.post('/api/auth/verify-email', { email, code: wrong }));
    expect(answers.map((a) => a.body.error.code)).toEqual(Array(5).fill('invalid_code'));
    expect(answers.map((a) => a.body.error.details.attemptsLeft)).toEqual([4, 3, 2, 1, 0]);

    const right = await t.api.post('/api/auth/verify-email', { email, code });
    expect(right.status).toBe(400);
    expect(right.body.error.code).toBe('code_locked');
    expect((await t.api.post('/api/auth/login', { email, password })).status).toBe(403);
  });

  it('refuses an expired code', async () => {
    const { email } = await registerOwner();
    const code = await codeFromEmail(t.mail, email);
    await t.db.orm.execute(
      sql`update one_time_codes set expires_at = now() - interval '1 second' where user_id = (select id from users where email = ${email})`,
    );
    const late = await t.api.post('/api/auth/verify-email', { email, code });
    expect(late.body.error.code).toBe('code_expired');
  });

  it('throttles codes per address, answering alike whether or not the account exists', async () => {
    const { email } = await registerOwner();
    const unknown = uniqueEmail('nobody');
    for (const address of [email, unknown]) {
      const first = await t.api.post('/api/auth/resend-code', { email: address });
      expect(first.status, address).toBe(202);
      const again = await t.api.post('/api/auth/resend-code', { email: address });
      expect(again.status, address).toBe(429);
      expect(Number(again.headers['retry-after'])).toBeGreaterThan(0);
    }
  });

  it('sends a new code that replaces the old one once the last is a minute old', async () => {
    const { email } = await registerOwner();
    const first = await codeFromEmail(t.mail, email);
    await t.db.orm.execute(
      sql`update one_time_codes set created_at = now() - interval '2 minutes' where user_id = (select id from users where email = ${email})`,
    );
    expect((await t.api.post('/api/auth/resend-code', { email })).status).toBe(202);
    await t.mail.waitFor(email, (m) => m.subject.includes('verification') && !m.text.includes(first));
    const second = await codeFromEmail(t.mail, email);
    if (second !== first) {
      expect((await t.api.post('/api/auth/verify-email', { email, code: first })).body.error.code).toBe('invalid_code');
    }
    expect((await t.api.post('/api/auth/verify-email', { email, code: second })).status).toBe(200);
  });
});

describe('sessions', () => {
  it('rotates refresh tokens, and reuse of a used one revokes the whole family', async () => {
    const company = await onboardCompany(t.api, t.mail);
    const first = await t.api.post('/api/auth/refresh', { refreshToken: company.refreshToken });
    expect(first.status).toBe(200);
    expect(first.body.refreshToken).not.toBe(company.refreshToken);
    const second = await t.api.post('/api/auth/refresh', { refreshToken: first.body.refreshToken });
    expect(second.status).toBe(200);
    expect((await t.api.get('/api/auth/me', { token: second.body.accessToken })).status).toBe(200);

    const replay = await t.api.post('/api/auth/refresh', { refreshToken: company.refreshToken });
    expect(replay.status).toBe(401);
    expect(replay.body.error.code).toBe('refresh_token_reused');

    const newest = await t.api.post('/api/auth/refresh', { refreshToken: second.body.refreshToken });
    expect(newest.status).toBe(401);
    expect(newest.body.error.code).toBe('session_ended');
    const me = await t.api.get('/api/auth/me', { token: second.body.accessToken });
    expect(me.status).toBe(401);
    expect(me.body.error.code).toBe('session_ended');
  });

  it('logout ends the session at once, for the access and the refresh token', async () => {
    const company = await onboardCompany(t.api, t.mail);
    expect((await t.api.post('/api/auth/logout', undefined, { token: company.token })).status).toBe(204);
    expect((await t.api.get('/api/auth/me', { token: company.token })).status).toBe(401);
    expect((await t.api.post('/api/auth/refresh', { refreshToken: company.refreshToken })).status).toBe(401);
  });

  it('gives the web app its refresh token as an httpOnly SameSite cookie', async () => {
    const company = await onboardCompany(t.api, t.mail);
    const login = await t.api.post('/api/auth/login', {
      email: company.email,
      password: company.password,
      refreshTokenIn: 'cookie',
    });
    expect(login.status).toBe(200);
    expect(login.body.refreshToken).toBeUndefined();
    const cookie = String(login.headers['set-cookie']);
    expect(cookie).toMatch(/erp_refresh=[^;]+;/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Path=\/api\/auth/);
    const refreshed = await t.api.post('/api/auth/refresh', undefined, { headers: { cookie: cookie.split(';')[0]! } });
    expect(refreshed.status).toBe(200);
    expect(refreshed.body.accessToken).toBeTruthy();
    expect(String(refreshed.headers['set-cookie'])).toMatch(/erp_refresh=/);
  });

  it('refuses a tampered or missing access token', async () => {
    const company = await onboardCompany(t.api, t.mail);
    expect((await t.api.get('/api/auth/me')).body.error.code).toBe('authentication_required');
    const tampered = `${company.token.slice(0, -2)}xx`;
    const response = await t.api.get('/api/auth/me', { token: tampered });
    expect(response.status).toBe(401);
    expect(response.body.error.code).toBe('invalid_token');
  });
});

describe('login throttling', () => {
  it('locks an account for a while after 5 failed passwords, even for the right one', async () => {
    const company = await onboardCompany(t.api, t.mail);
    for (let i = 0; i < 5; i++) {
      const wrong = await t.api.post('/api/auth/login', { email: company.email, password: 'wrong password' });
      expect(wrong.status).toBe(401);
    }
    const blocked = await t.api.post('/api/auth/login', { email: company.email, password: company.password });
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(60);
  });

  it('limits login and code endpoints per address', async () => {
    const strict = await createTestApp({ AUTH_RATE_LIMIT_PER_IP: '3' });
    try {
      const statuses = [];
      for (let i = 0; i < 4; i++) {
        statuses.push(
          (await strict.api.post('/api/auth/login', { email: uniqueEmail(), password: 'whatever1' })).status,
        );
      }
      expect(statuses).toEqual([401, 401, 401, 429]);
      expect((await strict.api.post('/api/auth/verify-email', { email: uniqueEmail(), code: '123456' })).status).toBe(
        429,
      );
    } finally {
      await strict.close();
    }
  });
});

describe('password reset', () => {
  it('sets a new password by emailed code and ends every session', async () => {
    const company = await onboardCompany(t.api, t.mail);
    const accepted = await t.api.post('/api/auth/forgot-password', { email: company.email });
    expect(accepted.status).toBe(202);
    const code = await codeFromEmail(t.mail, company.email, 'reset');
    const reset = await t.api.post('/api/auth/reset-password', {
      email: company.email,
      code,
      newPassword: 'brand new password',
    });
    expect(reset.status).toBe(200);

    expect((await t.api.get('/api/auth/me', { token: company.token })).status).toBe(401);
    expect((await t.api.post('/api/auth/login', { email: company.email, password: company.password })).status).toBe(
      401,
    );
    await logIn(t.api, company.email, 'brand new password');
    const reused = await t.api.post('/api/auth/reset-password', {
      email: company.email,
      code,
      newPassword: 'another password',
    });
    expect(reused.body.error.code).toBe('code_expired');
  });

  it('answers forgot-password for an unknown email exactly as for a known one', async () => {
    const response = await t.api.post('/api/auth/forgot-password', { email: uniqueEmail('nobody') });
    expect(response.status).toBe(202);
  });
});
