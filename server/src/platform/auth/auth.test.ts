import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryOne } from '../../db/database.ts';
import { codeFromEmail, logIn, onboardCompany, uniqueEmail } from '../../test/onboarding.ts';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { hashRefreshToken } from './credentials.ts';

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
  expect(response.status, JSON.stringify(response.body)).toBe(202);
  return { email, response };
}

async function verifyAndLogIn(email: string) {
  const verified = await t.api.post('/api/auth/verify-email', { email, code: await codeFromEmail(t.mail, email) });
  expect(verified.status).toBe(200);
  return logIn(t.api, email, password);
}

/** What a client can compare between two answers (ids and timings aside). */
const answer = (response: { status: number; body: unknown; headers: Record<string, unknown> }) => ({
  status: response.status,
  body: response.body,
  retryAfter: response.headers['retry-after'],
});

describe('registering a company', () => {
  it('creates the company with defaults and a 6-character code, and emails the owner a code', async () => {
    const { email, response } = await registerOwner();
    expect(response.body).toEqual({ accepted: true, message: expect.stringContaining('email') });
    const session = await verifyAndLogIn(email);
    const me = await t.api.get('/api/auth/me', { token: session.token });
    expect(me.body.user).toMatchObject({ email, emailVerified: true });
    const company = me.body.activeCompany;
    expect(company).toMatchObject({
      name: 'Kopi Nusantara',
      currency: 'IDR',
      timezone: 'Asia/Jakarta',
      locale: 'id-ID',
      domain: null,
    });
    expect(company.companyCode).toMatch(/^[A-Z0-9]{6}$/);

    const lookup = await t.api.get(`/api/companies/by-code/${company.companyCode.toLowerCase()}`);
    expect(lookup).toMatchObject({ status: 200, body: { name: 'Kopi Nusantara' } });
    expect(Object.keys(lookup.body)).toEqual(['name']);
  });

  it('answers a taken email, whatever its case, as a new one: creates nothing and emails the owner', async () => {
    const { email, response: first } = await registerOwner();
    await verifyAndLogIn(email);
    const companies = async () =>
      (await queryOne<{ n: number }>(t.db.orm, sql`select count(*)::int as n from tenants`))!.n;
    const before = await companies();
    const again = await t.api.post('/api/auth/register-company', {
      company: { name: 'Other' },
      owner: { name: 'X', email: email.toUpperCase(), password: 'the stranger password' },
    });
    expect(answer(again)).toEqual(answer(first));
    const warning = await t.mail.waitFor(email, (m) => m.subject === 'Someone tried to register with your email');
    expect(warning.text).toContain('Other');
    expect(await companies()).toBe(before);
    await logIn(t.api, email, password);
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
    expect(again.body.error.code).toBe('invalid_code');
  });

  it('locks the code after 5 wrong attempts: even the right code then fails', async () => {
    const { email } = await registerOwner();
    const code = await codeFromEmail(t.mail, email);
    const wrong = code === '111111' ? '222222' : '111111';
    const answers = [];
    for (let i = 0; i < 5; i++) answers.push(await t.api.post('/api/auth/verify-email', { email, code: wrong }));
    expect(answers.map((a) => a.body.error.code)).toEqual(Array(5).fill('invalid_code'));

    const right = await t.api.post('/api/auth/verify-email', { email, code });
    expect(answer(right)).toEqual(answer(answers[0]!));
    expect((await t.api.post('/api/auth/login', { email, password })).status).toBe(403);
  });

  it('refuses an expired code', async () => {
    const { email } = await registerOwner();
    const code = await codeFromEmail(t.mail, email);
    await t.db.orm.execute(
      sql`update one_time_codes set expires_at = now() - interval '1 second' where user_id = (select id from users where email = ${email})`,
    );
    const late = await t.api.post('/api/auth/verify-email', { email, code });
    expect(late.status).toBe(400);
    expect(late.body.error.code).toBe('invalid_code');
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

  it('a refresh whose answer was lost may be asked again at once; the lost token is then retired', async () => {
    const company = await onboardCompany(t.api, t.mail);
    const lost = await t.api.post('/api/auth/refresh', { refreshToken: company.refreshToken });
    expect(lost.status).toBe(200);
    const again = await t.api.post('/api/auth/refresh', { refreshToken: company.refreshToken });
    expect(again.status).toBe(200);
    const third = await t.api.post('/api/auth/refresh', { refreshToken: company.refreshToken });
    expect(third.status).toBe(200);
    expect(new Set([lost.body.refreshToken, again.body.refreshToken, third.body.refreshToken]).size).toBe(3);
    expect((await t.api.get('/api/auth/me', { token: third.body.accessToken })).status).toBe(200);
    const next = await t.api.post('/api/auth/refresh', { refreshToken: third.body.refreshToken });
    expect(next.status).toBe(200);

    // Once a later token has been used, the old one is a copy: the session ends.
    const replay = await t.api.post('/api/auth/refresh', { refreshToken: company.refreshToken });
    expect(replay.body.error.code).toBe('refresh_token_reused');
    expect((await t.api.post('/api/auth/refresh', { refreshToken: next.body.refreshToken })).status).toBe(401);
  });

  it('a retired token presented later is a copy and ends the session', async () => {
    const company = await onboardCompany(t.api, t.mail);
    const lost = await t.api.post('/api/auth/refresh', { refreshToken: company.refreshToken });
    const again = await t.api.post('/api/auth/refresh', { refreshToken: company.refreshToken });
    expect(again.status).toBe(200);
    await t.db.withPlatform(({ tx }) =>
      tx.execute(
        sql`update refresh_tokens set used_at = used_at - interval '1 minute'
            where session_id = (select session_id from refresh_tokens
                                where token_hash = ${hashRefreshToken(lost.body.refreshToken)})`,
      ),
    );
    const retired = await t.api.post('/api/auth/refresh', { refreshToken: lost.body.refreshToken });
    expect(retired.status).toBe(401);
    expect(retired.body.error.code).toBe('refresh_token_reused');
    expect((await t.api.post('/api/auth/refresh', { refreshToken: again.body.refreshToken })).body.error.code).toBe(
      'session_ended',
    );
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
    const refreshCookie = /erp_refresh=[^;]+/.exec(cookie)![0];
    const refreshed = await t.api.post('/api/auth/refresh', undefined, { headers: { cookie: refreshCookie } });
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
    expect(reused.status).toBe(400);
    expect(reused.body.error.code).toBe('invalid_code');
  });
});

describe('answers alike whether or not an account exists', () => {
  it('forgot-password', async () => {
    const company = await onboardCompany(t.api, t.mail);
    const known = await t.api.post('/api/auth/forgot-password', { email: company.email });
    const unknown = await t.api.post('/api/auth/forgot-password', { email: uniqueEmail('nobody') });
    expect(answer(unknown)).toEqual(answer(known));
    expect(known.status).toBe(202);
  });

  it('reset-password: unknown email, account without a code, wrong code', async () => {
    const company = await onboardCompany(t.api, t.mail);
    const attempt = (email: string, code = '123456') =>
      t.api.post('/api/auth/reset-password', { email, code, newPassword: 'brand new password' });
    const unknown = await attempt(uniqueEmail('nobody'));
    const withoutCode = await attempt(company.email);
    await t.api.post('/api/auth/forgot-password', { email: company.email });
    const code = await codeFromEmail(t.mail, company.email, 'reset');
    const wrong = await attempt(company.email, code === '123456' ? '654321' : '123456');
    expect(unknown.status).toBe(400);
    expect(answer(withoutCode)).toEqual(answer(unknown));
    expect(answer(wrong)).toEqual(answer(unknown));
    expect((await attempt(company.email, code)).status).toBe(200);
  });

  it('verify-email: unknown email, verified account, unverified account with a wrong code', async () => {
    const verified = await onboardCompany(t.api, t.mail);
    const { email: unverified } = await registerOwner();
    const code = await codeFromEmail(t.mail, unverified);
    const wrongCode = code === '123456' ? '654321' : '123456';
    const answers = await Promise.all(
      [uniqueEmail('nobody'), verified.email, unverified].map((email) =>
        t.api.post('/api/auth/verify-email', { email, code: wrongCode }),
      ),
    );
    expect(answers[0]!.status).toBe(400);
    expect(answers.map(answer)).toEqual(Array(3).fill(answer(answers[0]!)));
  });

  it('register: a new email and a taken one', async () => {
    const taken = await onboardCompany(t.api, t.mail);
    const register = (email: string) =>
      t.api.post('/api/auth/register-company', {
        company: { name: 'Probe' },
        owner: { name: 'Probe', email, password: 'probe password' },
      });
    expect(answer(await register(taken.email))).toEqual(answer(await register(uniqueEmail('new'))));
  });

  it('login: an unknown email and a wrong password', async () => {
    const company = await onboardCompany(t.api, t.mail);
    const wrong = await t.api.post('/api/auth/login', { email: company.email, password: 'not the password' });
    const unknown = await t.api.post('/api/auth/login', { email: uniqueEmail('nobody'), password: 'not the password' });
    expect(wrong.status).toBe(401);
    expect(answer(unknown)).toEqual(answer(wrong));
  });
});

describe("the user's language", () => {
  it('follows the company until the user chooses one, and refuses a language the app does not speak', async () => {
    const { email } = await registerOwner();
    const session = await verifyAndLogIn(email);
    expect((await t.api.get('/api/auth/me', { token: session.token })).body.user.language).toBeNull();

    const chosen = await t.api.put('/api/auth/me/language', { language: 'id' }, { token: session.token });
    expect(chosen).toMatchObject({ status: 200, body: { email, language: 'id' } });

    const refused = await t.api.put('/api/auth/me/language', { language: 'fr' }, { token: session.token });
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.body)).toContain('language');
    expect((await t.api.get('/api/auth/me', { token: session.token })).body.user.language).toBe('id');

    await t.api.put('/api/auth/me/language', { language: null }, { token: session.token });
    expect((await t.api.get('/api/auth/me', { token: session.token })).body.user.language).toBeNull();
  });
});
