import { randomBytes } from 'node:crypto';
import { expect } from 'vitest';
import type { CapturingMailer } from '../platform/mail/mailer.ts';
import type { TestApi } from './test-api.ts';

export const uniqueEmail = (label = 'user') => `${label}.${randomBytes(4).toString('hex')}@example.com`;

/** The six-digit code in the newest email to `email` about `topic`. */
export async function codeFromEmail(
  mail: CapturingMailer,
  email: string,
  purpose: 'verification' | 'reset' = 'verification',
) {
  const message = await mail.waitFor(email, (m) => m.subject.toLowerCase().includes(purpose));
  const code = /\b(\d{6})\b/.exec(message.text)?.[1];
  if (!code) throw new Error(`No code in: ${message.text}`);
  return code;
}

export interface Session {
  token: string;
  refreshToken: string;
  userId: string;
  email: string;
  password: string;
}

export interface OnboardedCompany extends Session {
  tenantId: string;
  companyCode: string;
  companyName: string;
}

export async function logIn(api: TestApi, email: string, password: string): Promise<Session> {
  const login = await api.post('/api/auth/login', { email, password });
  expect(login.status, JSON.stringify(login.body)).toBe(200);
  return {
    token: login.body.accessToken,
    refreshToken: login.body.refreshToken,
    userId: login.body.user.id,
    email,
    password,
  };
}

/** Register → verify by emailed code → log in: a company with a working owner session. */
export async function onboardCompany(
  api: TestApi,
  mail: CapturingMailer,
  company: Record<string, unknown> = {},
): Promise<OnboardedCompany> {
  const email = uniqueEmail('owner');
  const password = 'correct horse battery';
  const registered = await api.post('/api/auth/register-company', {
    company: { name: `Company ${randomBytes(3).toString('hex')}`, ...company },
    owner: { name: 'Olivia Owner', email, password },
  });
  expect(registered.status, JSON.stringify(registered.body)).toBe(202);
  const verified = await api.post('/api/auth/verify-email', { email, code: await codeFromEmail(mail, email) });
  expect(verified.status, JSON.stringify(verified.body)).toBe(200);
  const session = await logIn(api, email, password);
  const me = await api.get('/api/auth/me', { token: session.token });
  const active = me.body.activeCompany;
  return { ...session, tenantId: active.id, companyCode: active.companyCode, companyName: active.name };
}

/** An employee joins by company code, verifies, and (unless told not to) is approved by the owner. */
export async function addEmployee(
  api: TestApi,
  mail: CapturingMailer,
  company: OnboardedCompany,
  grant: { role?: 'member' | 'admin' | 'owner'; jobRoles?: string[]; approve?: boolean } = {},
): Promise<Session & { membershipId: string }> {
  const email = uniqueEmail('employee');
  const password = 'employee password 1';
  const joined = await api.post('/api/auth/join-company', {
    companyCode: company.companyCode,
    name: 'Eddie Employee',
    email,
    password,
  });
  expect(joined.status, JSON.stringify(joined.body)).toBe(202);
  await api.post('/api/auth/verify-email', { email, code: await codeFromEmail(mail, email) });
  const pending = await api.get('/api/members?status=pending', { token: company.token });
  const membershipId = pending.body.items.find((m: { email: string }) => m.email === email).id;
  if (grant.approve !== false) {
    const approved = await api.post(
      `/api/members/${membershipId}/approve`,
      { role: grant.role ?? 'member', jobRoles: grant.jobRoles ?? [] },
      { token: company.token },
    );
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
  }
  return { ...(await logIn(api, email, password)), membershipId };
}
