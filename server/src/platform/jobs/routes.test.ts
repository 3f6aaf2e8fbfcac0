import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addEmployee, type OnboardedCompany, onboardCompany } from '../../test/onboarding.ts';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { enqueueJob } from './enqueue.ts';

let t: TestApp;
let company: OnboardedCompany;
let jobId: string;
const as = (who: { token: string }, tenant = company.tenantId) => ({ token: who.token, tenant });

beforeAll(async () => {
  t = await createTestApp();
  company = await onboardCompany(t.api, t.mail, { name: 'Batik Jaya' });
  // Due tomorrow, so the app's runner leaves it queued while the API acts on it.
  jobId = (await t.db.withTenant(company.tenantId, { userId: null }, (ctx) =>
    enqueueJob(ctx, {
      type: 'accounting.depreciation',
      payload: { period: '2026-12' },
      runAt: new Date(Date.now() + 86_400_000),
    }),
  ))!;
});
afterAll(() => t.close());

describe('background jobs API', () => {
  it('lists the company’s jobs by state and its schedules', async () => {
    const queued = await t.api.get('/api/jobs?state=queued', as(company));
    expect(queued.status).toBe(200);
    expect(queued.body.items).toEqual([
      expect.objectContaining({
        id: jobId,
        type: 'accounting.depreciation',
        state: 'queued',
        payload: { period: '2026-12' },
        attempts: 0,
        maxAttempts: 5,
        progressPercent: null,
        lastError: null,
      }),
    ]);
    expect((await t.api.get('/api/jobs?state=dead', as(company))).body.items).toEqual([]);
    // The platform-wide housekeeping schedule belongs to no company.
    expect((await t.api.get('/api/job-schedules', as(company))).body).toEqual({ items: [] });
  });

  it('cancels a queued job and retries it', async () => {
    const cancelled = await t.api.post(`/api/jobs/${jobId}/cancel`, {}, as(company));
    expect(cancelled).toMatchObject({ status: 200, body: { state: 'cancelled' } });
    const again = await t.api.post(`/api/jobs/${jobId}/cancel`, {}, as(company));
    expect(again).toMatchObject({ status: 409, body: { error: { code: 'invalid_transition' } } });
    const retried = await t.api.post(`/api/jobs/${jobId}/retry`, {}, as(company));
    expect(retried).toMatchObject({ status: 200, body: { state: 'queued', attempts: 0, finishedAt: null } });
  });

  it('hides a job from another company and refuses members without the permission', async () => {
    const other = await onboardCompany(t.api, t.mail);
    expect((await t.api.get(`/api/jobs/${jobId}`, as(other, other.tenantId))).status).toBe(404);
    expect((await t.api.post(`/api/jobs/${jobId}/cancel`, {}, as(other, other.tenantId))).status).toBe(404);
    expect((await t.api.get('/api/jobs', as(other, other.tenantId))).body.items).toEqual([]);

    const member = await addEmployee(t.api, t.mail, company);
    expect((await t.api.get('/api/jobs', as(member))).status).toBe(403);
    expect((await t.api.post(`/api/jobs/${jobId}/retry`, {}, as(member))).status).toBe(403);
  });

  it('puts the retried job without a handler in dead-letter, shown with its error and on /health', async () => {
    await t.app.platform.jobRunner.drain();
    const job = await t.api.get(`/api/jobs/${jobId}`, as(company));
    expect(job.body).toMatchObject({
      state: 'dead',
      attempts: 1,
      lastError: 'No handler for job type accounting.depreciation',
    });
    const health = await t.api.get('/health');
    expect(health.body.backgroundJobs).toMatchObject({ ok: true, detail: 'running', overdue: 0, dead: 1 });
  });
});
