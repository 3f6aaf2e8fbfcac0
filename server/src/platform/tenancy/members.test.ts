import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addEmployee, codeFromEmail, logIn, onboardCompany, uniqueEmail } from '../../test/onboarding.ts';
import { createTestApp, type TestApp } from '../../test/test-app.ts';

let t: TestApp;
const bell = async (member: { token: string; tenantId: string }) =>
  (await t.api.get('/api/notifications', { token: member.token, tenant: member.tenantId })).body;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('joining a company by its code', () => {
  it('walks join → verify → pending (sees nothing) → approved (sees the company)', async () => {
    const company = await onboardCompany(t.api, t.mail, { name: 'Batik Jaya' });
    const email = uniqueEmail('joiner');
    const joined = await t.api.post('/api/auth/join-company', {
      companyCode: company.companyCode.toLowerCase(),
      name: 'Sari Wulan',
      email,
      password: 'joiner password',
    });
    expect(joined).toMatchObject({ status: 202, body: { accepted: true, company: { name: 'Batik Jaya' } } });

    await t.mail.waitFor(email, (m) => m.subject.includes('verification'));
    await t.app.platform.dispatcher.drain();
    expect(t.mail.sent.filter((m) => m.to === company.email && m.subject.includes('asks to join'))).toEqual([]);
    expect((await bell(company)).items).toEqual([]);

    await t.api.post('/api/auth/verify-email', { email, code: await codeFromEmail(t.mail, email) });
    const notice = await t.mail.waitFor(company.email, (m) => m.subject === 'Sari Wulan asks to join Batik Jaya');
    expect(notice.text).toContain(email);
    const inBell = await bell(company);
    expect(inBell.unread).toBe(1);
    expect(inBell.items).toEqual([
      expect.objectContaining({
        topic: 'membership.requested',
        title: 'Sari Wulan asks to join Batik Jaya',
        link: '/members?tab=requests',
      }),
    ]);
    const pending = await logIn(t.api, email, 'joiner password');

    const me = await t.api.get('/api/auth/me', { token: pending.token });
    expect(me.body.memberships).toEqual([expect.objectContaining({ companyName: 'Batik Jaya', role: 'pending' })]);
    expect(me.body.activeCompany).toBeNull();
    expect(me.body.permissions).toEqual([]);
    expect(me.body.activeCompanyProblem.code).toBe('membership_pending');
    for (const url of ['/api/company', '/api/members', `/api/audit?entity=company&id=${company.tenantId}`]) {
      const blocked = await t.api.get(url, { token: pending.token });
      expect(blocked.status, url).toBe(403);
      expect(blocked.body.error.code, url).toBe('membership_pending');
    }

    const requests = await t.api.get('/api/members?status=pending', { token: company.token });
    const request = requests.body.items.find((m: { email: string }) => m.email === email);
    expect(request).toMatchObject({ name: 'Sari Wulan', role: 'pending' });
    const approved = await t.api.post(
      `/api/members/${request.id}/approve`,
      { role: 'member', jobRoles: ['sales'] },
      { token: company.token },
    );
    expect(approved.body).toMatchObject({ role: 'member', jobRoles: ['sales'] });
    await t.mail.waitFor(email, (m) => m.subject.includes('You have joined'));

    const after = await t.api.get('/api/auth/me', { token: pending.token });
    expect(after.body.activeCompany.name).toBe('Batik Jaya');
    expect(after.body.permissions).toContain('dashboard.view');
    expect(after.body.permissions).not.toContain('platform.members.manage');
    expect((await t.api.get('/api/company', { token: pending.token })).status).toBe(200);
    expect((await t.api.get('/api/members', { token: pending.token })).body.error.code).toBe('permission_denied');

    const trail = await t.api.get(`/api/audit?entity=membership&id=${request.id}`, { token: company.token });
    expect(trail.body.items.map((e: { action: string }) => e.action)).toEqual([
      'membership.approved',
      'membership.requested',
    ]);
    expect(trail.body.items[0]).toMatchObject({
      actor: { id: company.userId, name: 'Olivia Owner' },
      before: { role: 'pending' },
      after: { role: 'member', jobRoles: ['sales'] },
    });
  });

  it('lets an existing account join a second company with its password, and choose the company per request', async () => {
    const first = await onboardCompany(t.api, t.mail, { name: 'First Co' });
    const second = await onboardCompany(t.api, t.mail, { name: 'Second Co' });
    const joined = await t.api.post('/api/auth/join-company', {
      companyCode: second.companyCode,
      name: 'Olivia',
      email: first.email,
      password: first.password,
    });
    expect(joined.status).toBe(202);
    await t.mail.waitFor(first.email, (m) => m.subject === 'Your request to join Second Co');
    await t.mail.waitFor(second.email, (m) => m.subject.includes('asks to join Second Co'));
    const requestId = (await t.api.get('/api/members?status=pending', { token: second.token })).body.items[0].id;
    await t.api.post(`/api/members/${requestId}/approve`, undefined, { token: second.token });

    const ambiguous = await t.api.get('/api/company', { token: first.token });
    expect(ambiguous.status).toBe(400);
    expect(ambiguous.body.error.code).toBe('tenant_required');
    const inFirst = await t.api.get('/api/company', { token: first.token, tenant: first.tenantId });
    const inSecond = await t.api.get('/api/company', { token: first.token, tenant: second.tenantId });
    expect([inFirst.body.name, inSecond.body.name]).toEqual(['First Co', 'Second Co']);

    const stranger = await onboardCompany(t.api, t.mail);
    const foreign = await t.api.get('/api/company', { token: first.token, tenant: stranger.tenantId });
    expect(foreign.status).toBe(403);
    expect(foreign.body.error.code).toBe('not_a_member');
    const garbage = await t.api.get('/api/company', { token: first.token, tenant: 'not-a-uuid' });
    expect(garbage.status).toBe(400);
  });

  it('answers a second request as the first and keeps one pending request; an unknown code is 404', async () => {
    const company = await onboardCompany(t.api, t.mail);
    const body = { companyCode: company.companyCode, name: 'Dup', email: uniqueEmail(), password: 'password 123' };
    const first = await t.api.post('/api/auth/join-company', body);
    const again = await t.api.post('/api/auth/join-company', body);
    expect(again.status).toBe(202);
    expect(again.body).toEqual(first.body);
    await t.mail.waitFor(body.email, (m) => m.text.includes('you already asked to join'));
    const pending = await t.api.get('/api/members?status=pending', { token: company.token });
    expect(pending.body.items.map((m: { email: string }) => m.email)).toEqual([body.email]);
    const unknown = await t.api.get('/api/companies/by-code/ZZZZZ9');
    expect(unknown.status).toBe(404);
  });
});

describe('joining with an email that has an account', () => {
  const join = (companyCode: string, email: string, password: string) =>
    t.api.post('/api/auth/join-company', { companyCode, name: 'Someone', email, password });

  it('answers a wrong password exactly as the right one, and records nothing for it', async () => {
    const victim = await onboardCompany(t.api, t.mail);
    const target = await onboardCompany(t.api, t.mail, { name: 'Target Co' });
    const wrong = await join(target.companyCode, victim.email, 'a guessed password');
    await t.mail.waitFor(victim.email, (m) => m.text.includes('the password did not match'));
    expect((await t.api.get('/api/members?status=pending', { token: target.token })).body.items).toEqual([]);
    expect((await t.api.get('/api/auth/me', { token: victim.token })).body.memberships).toHaveLength(1);

    const right = await join(target.companyCode, victim.email, victim.password);
    expect({ status: wrong.status, body: wrong.body }).toEqual({ status: right.status, body: right.body });
    expect(right.status).toBe(202);
    const pending = await t.api.get('/api/members?status=pending', { token: target.token });
    expect(pending.body.items.map((m: { email: string }) => m.email)).toEqual([victim.email]);
  });

  it('answers a new email exactly as an existing one', async () => {
    const existing = await onboardCompany(t.api, t.mail);
    const target = await onboardCompany(t.api, t.mail);
    const forExisting = await join(target.companyCode, existing.email, 'some password 1');
    const forNew = await join(target.companyCode, uniqueEmail('new'), 'some password 1');
    expect({ status: forNew.status, body: forNew.body }).toEqual({
      status: forExisting.status,
      body: forExisting.body,
    });
  });
});

describe('deciding on members', () => {
  it('rejects a request, after which the person has no access and cannot be approved', async () => {
    const company = await onboardCompany(t.api, t.mail);
    const applicant = await addEmployee(t.api, t.mail, company, { approve: false });
    const rejected = await t.api.post(`/api/members/${applicant.membershipId}/reject`, undefined, {
      token: company.token,
    });
    expect(rejected.body.role).toBe('rejected');
    const approveLater = await t.api.post(`/api/members/${applicant.membershipId}/approve`, undefined, {
      token: company.token,
    });
    expect(approveLater.status).toBe(409);
    expect(approveLater.body.error).toMatchObject({
      code: 'invalid_transition',
      details: { current: 'rejected', attempted: 'approve' },
    });
    expect((await t.api.get('/api/company', { token: applicant.token })).body.error.code).toBe('no_company');
    expect((await t.api.get('/api/auth/me', { token: applicant.token })).body.memberships).toEqual([]);
    const members = await t.api.get('/api/members', { token: company.token });
    expect(members.body.items.map((m: { email: string }) => m.email)).toEqual([company.email]);
  });

  it('approving twice answers 409 with the current state', async () => {
    const company = await onboardCompany(t.api, t.mail);
    const employee = await addEmployee(t.api, t.mail, company);
    const twice = await t.api.post(`/api/members/${employee.membershipId}/approve`, undefined, {
      token: company.token,
    });
    expect(twice.status).toBe(409);
    expect(twice.body.error.details).toMatchObject({ current: 'member', allowed: [] });
  });

  it('changes roles with the owner rules: admins cannot touch owners, nobody changes themselves', async () => {
    const company = await onboardCompany(t.api, t.mail);
    const admin = await addEmployee(t.api, t.mail, company, { role: 'admin' });
    const clerk = await addEmployee(t.api, t.mail, company, { jobRoles: ['warehouse'] });

    const promoted = await t.api.patch(
      `/api/members/${clerk.membershipId}`,
      { jobRoles: ['warehouse', 'sales'] },
      {
        token: admin.token,
      },
    );
    expect(promoted.body).toMatchObject({ role: 'member', jobRoles: ['warehouse', 'sales'] });

    const ownerMembership = (await t.api.get('/api/members', { token: company.token })).body.items.find(
      (m: { role: string }) => m.role === 'owner',
    ).id;
    const demoteOwner = await t.api.patch(
      `/api/members/${ownerMembership}`,
      { role: 'member' },
      { token: admin.token },
    );
    expect(demoteOwner.status).toBe(403);
    expect(demoteOwner.body.error.code).toBe('owner_required');
    const makeOwner = await t.api.patch(
      `/api/members/${clerk.membershipId}`,
      { role: 'owner' },
      { token: admin.token },
    );
    expect(makeOwner.body.error.code).toBe('owner_required');
    const self = await t.api.patch(`/api/members/${admin.membershipId}`, { role: 'member' }, { token: admin.token });
    expect(self.status).toBe(422);
    expect(self.body.error.code).toBe('own_membership');
    const empty = await t.api.patch(`/api/members/${clerk.membershipId}`, {}, { token: admin.token });
    expect(empty.status).toBe(400);

    const byOwner = await t.api.patch(
      `/api/members/${clerk.membershipId}`,
      { role: 'owner' },
      { token: company.token },
    );
    expect(byOwner.body.role).toBe('owner');
    const unknownRole = await t.api.patch(
      `/api/members/${clerk.membershipId}`,
      { jobRoles: ['janitor'] },
      {
        token: company.token,
      },
    );
    expect(unknownRole.status).toBe(400);
    expect(unknownRole.body.error.details.fields[0].path).toBe('jobRoles.0');
  });

  it('grants a member only what their job roles allow', async () => {
    const company = await onboardCompany(t.api, t.mail);
    const manager = await addEmployee(t.api, t.mail, company, { jobRoles: ['manager'] });
    const me = await t.api.get('/api/auth/me', { token: manager.token });
    expect(me.body.permissions).toContain('platform.audit.read');
    expect(me.body.permissions).not.toContain('platform.members.manage');
    expect(me.body.permissions).not.toContain('platform.settings.manage');
    expect((await t.api.patch('/api/company', { name: 'Renamed' }, { token: manager.token })).status).toBe(403);
  });
});

describe('isolation between companies', () => {
  it('answers 404 for another company’s membership ids and never lists them', async () => {
    const mine = await onboardCompany(t.api, t.mail);
    const theirs = await onboardCompany(t.api, t.mail);
    const theirApplicant = await addEmployee(t.api, t.mail, theirs, { approve: false });

    for (const [method, url] of [
      ['POST', `/api/members/${theirApplicant.membershipId}/approve`],
      ['POST', `/api/members/${theirApplicant.membershipId}/reject`],
      ['PATCH', `/api/members/${theirApplicant.membershipId}`],
    ] as const) {
      const response = await t.api.request(method, url, method === 'PATCH' ? { role: 'member' } : undefined, {
        token: mine.token,
      });
      expect(response.status, `${method} ${url}`).toBe(404);
    }
    const pending = await t.api.get('/api/members?status=pending', { token: mine.token });
    expect(pending.body.items).toEqual([]);
    const trail = await t.api.get(`/api/audit?entity=membership&id=${theirApplicant.membershipId}`, {
      token: mine.token,
    });
    expect(trail.body.items).toEqual([]);
    const companyTrail = await t.api.get(`/api/audit?entity=company&id=${theirs.tenantId}`, { token: mine.token });
    expect(companyTrail.body.items).toEqual([]);

    const stillPending = await t.api.get('/api/members?status=pending', { token: theirs.token });
    expect(stillPending.body.items).toEqual([
      expect.objectContaining({ id: theirApplicant.membershipId, role: 'pending' }),
    ]);
  });

  it('changes the company profile of the active company only, and audits it', async () => {
    const company = await onboardCompany(t.api, t.mail);
    const changed = await t.api.patch(
      '/api/company',
      { name: 'Renamed Ltd', currency: 'usd', domain: 'renamed.co.id' },
      {
        token: company.token,
      },
    );
    expect(changed.body).toMatchObject({
      name: 'Renamed Ltd',
      currency: 'USD',
      domain: 'renamed.co.id',
      timezone: 'Asia/Jakarta',
    });
    const trail = await t.api.get(`/api/audit?entity=company&id=${company.tenantId}`, { token: company.token });
    expect(trail.body.items[0]).toMatchObject({ action: 'company.updated', before: { name: company.companyName } });
    const bad = await t.api.patch(
      '/api/company',
      { currency: 'XYZ', timezone: 'Mars/Olympus' },
      { token: company.token },
    );
    expect(bad.body.error.details.fields.map((f: { path: string }) => f.path).sort()).toEqual(['currency', 'timezone']);
  });
});
