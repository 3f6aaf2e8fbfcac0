import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OnboardedCompany, onboardCompany } from '../../test/onboarding.ts';
import { createTestApp, type TestApp } from '../../test/test-app.ts';

let t: TestApp;
let owner: OnboardedCompany;
beforeAll(async () => {
  t = await createTestApp();
  owner = await onboardCompany(t.api, t.mail);
});
afterAll(() => t.close());

describe('security headers', () => {
  it.each([
    ['the health check', '/health'],
    ['an API answer', '/api/openapi.json'],
    ['an API error', '/api/customers'],
    ['an unknown API route', '/api/nothing-here'],
    ['the API docs', '/api/docs/'],
  ])('are sent with %s', async (_label, url) => {
    const response = await t.api.get(url);
    const policy = String(response.headers['content-security-policy']);
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toContain('upgrade-insecure-requests');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-frame-options']).toBe('DENY');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
  });
});

describe('the X-Tenant-ID header', () => {
  it('names the company in upper or lower case', async () => {
    for (const tenant of [owner.tenantId.toUpperCase(), owner.tenantId.toLowerCase()]) {
      const response = await t.api.get('/api/customers', { token: owner.token, tenant });
      expect(response.status, JSON.stringify(response.body)).toBe(200);
    }
  });
});
