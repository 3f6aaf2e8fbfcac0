import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webDist } from '../../app.ts';
import { queryOne } from '../../db/database.ts';
import { openApiPath } from '../../scripts/write-openapi.ts';
import { type OnboardedCompany, onboardCompany, uniqueEmail } from '../../test/onboarding.ts';
import { createTestApp, type TestApp } from '../../test/test-app.ts';

let t: TestApp;
let owner: OnboardedCompany;
beforeAll(async () => {
  t = await createTestApp();
  owner = await onboardCompany(t.api, t.mail);
});
afterAll(() => t.close());

async function rowCounts() {
  return queryOne<{ users: number; tenants: number; memberships: number; outbox: number }>(
    t.db.orm,
    sql`select (select count(*) from users)::int as users, (select count(*) from tenants)::int as tenants,
               (select count(*) from memberships)::int as memberships, (select count(*) from outbox)::int as outbox`,
  );
}

const validRegistration = () => ({
  company: { name: 'Valid Co' },
  owner: { name: 'Valid Owner', email: uniqueEmail(), password: 'valid password' },
});

describe('bad input', () => {
  const cases: Array<[string, { body?: unknown; raw?: string; contentType?: string }, number, string, string[]]> = [
    ['malformed JSON', { raw: '{"company": {"name": ' }, 400, 'malformed_json', []],
    ['an empty JSON body', { raw: '' }, 400, 'malformed_json', []],
    ['a JSON array', { body: [1, 2] }, 400, 'validation_failed', ['']],
    ['missing fields', { body: {} }, 400, 'validation_failed', ['company', 'owner']],
    [
      'wrong types',
      { body: { company: { name: 42, currency: true }, owner: { name: [], email: 7, password: null } } },
      400,
      'validation_failed',
      ['company.currency', 'company.name', 'owner.email', 'owner.name', 'owner.password'],
    ],
    [
      'oversized strings',
      { body: { ...validRegistration(), company: { name: 'x'.repeat(10_000) } } },
      400,
      'validation_failed',
      ['company.name'],
    ],
    [
      'unknown fields',
      { body: { ...validRegistration(), admin: true, company: { name: 'Co', plan: 'gold' } } },
      400,
      'validation_failed',
      ['admin', 'company.plan'],
    ],
    [
      'invalid values',
      {
        body: {
          company: { name: 'Co', currency: 'XXQ', timezone: 'Nowhere/Land', domain: 'not a domain' },
          owner: { name: 'O', email: 'o@', password: 'short' },
        },
      },
      400,
      'validation_failed',
      ['company.currency', 'company.domain', 'company.timezone', 'owner.email', 'owner.password'],
    ],
    ['a text body', { raw: 'name=Co', contentType: 'text/plain' }, 415, 'unsupported_media_type', []],
    ['a body over 1 MiB', { raw: JSON.stringify({ padding: 'x'.repeat(1_100_000) }) }, 413, 'payload_too_large', []],
  ];

  it.each(cases)('answers %s with a clear error and writes nothing', async (_label, input, status, code, paths) => {
    const before = await rowCounts();
    const response = await t.api.request('POST', '/api/auth/register-company', input.body, {
      ...(input.raw !== undefined ? { rawBody: input.raw } : {}),
      headers: { 'content-type': input.contentType ?? 'application/json' },
    });
    expect(response.status, JSON.stringify(response.body)).toBe(status);
    expect(response.body.error.code).toBe(code);
    expect(response.body.error.message.length).toBeGreaterThan(10);
    if (paths.length) {
      const reported = response.body.error.details.fields.map((f: { path: string }) => f.path);
      expect([...new Set(reported)].sort()).toEqual(paths);
    }
    expect(await rowCounts()).toEqual(before);
  });

  it('names the query and path parameters that are wrong', async () => {
    const badId = await t.api.post('/api/members/123/approve', undefined, { token: owner.token });
    expect(badId.body.error.details.fields).toEqual([expect.objectContaining({ path: 'params.id' })]);
    const badQuery = await t.api.get('/api/members?status=everyone', { token: owner.token });
    expect(badQuery.body.error.details.fields).toEqual([expect.objectContaining({ path: 'query.status' })]);
  });

  it('never answers 500 to garbage sent to any documented endpoint', async () => {
    const victim = await onboardCompany(t.api, t.mail);
    const document = (await t.api.get('/api/openapi.json')).body;
    const garbage = [
      undefined,
      {},
      [],
      'text',
      { unexpected: { nested: [1, 2, 3] } },
      { id: 'x'.repeat(5000) },
      {
        quantity: 'five',
        salePrice: '1e5',
        creditLimit: '--1',
        lines: [{ productId: 'x', quantity: 'NaN', discountPercent: 'abc' }],
      },
    ];
    const failures: string[] = [];
    for (const [path, operations] of Object.entries<Record<string, unknown>>(document.paths)) {
      const url = path
        .replace('{id}', '00000000-0000-7000-8000-000000000000')
        .replace('{code}', 'QQQQQQ')
        .concat('?limit=-1&cursor=%00&status=%27%3B--');
      for (const method of Object.keys(operations)) {
        for (const body of method === 'get' ? [undefined] : garbage) {
          const response = await t.api.request(method.toUpperCase() as 'GET', url, body, { token: victim.token });
          if (response.status >= 500)
            failures.push(`${method.toUpperCase()} ${url} ${JSON.stringify(body)} → ${response.status}`);
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it('answers unknown routes with the error shape', async () => {
    const response = await t.api.get('/api/no-such-thing');
    expect(response).toMatchObject({ status: 404, body: { error: { code: 'route_not_found' } } });
    expect(response.headers['x-request-id']).toBeTruthy();
  });
});

describe('the OpenAPI document', () => {
  type Schema = Record<string, any>;
  let document: Schema;
  beforeAll(async () => {
    document = (await t.api.get('/api/openapi.json')).body;
  });

  const resolve = (schema: Schema): Schema =>
    schema.$ref ? document.components.schemas[schema.$ref.split('/').pop()] : schema;

  /** Paths of request strings with no upper bound, so oversized input could reach the database. */
  function unboundedStrings(schema: Schema, path: string, seen = new Set<Schema>()): string[] {
    const s = resolve(schema);
    if (!s || seen.has(s)) return [];
    seen.add(s);
    const nested = [...(s.anyOf ?? []), ...(s.oneOf ?? []), ...(s.allOf ?? [])].flatMap((x: Schema) =>
      unboundedStrings(x, path, seen),
    );
    if (s.type === 'string' && s.maxLength === undefined && !s.enum && !s.format && !s.pattern) return [path];
    if (s.type === 'array') return [...nested, ...unboundedStrings(s.items ?? {}, `${path}[]`, seen)];
    if (s.type === 'object' || s.properties) {
      return [
        ...nested,
        ...Object.entries<Schema>(s.properties ?? {}).flatMap(([k, v]) => unboundedStrings(v, `${path}.${k}`, seen)),
      ];
    }
    return nested;
  }

  it('documents every endpoint the platform issue lists', () => {
    const operations = Object.entries<Schema>(document.paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(operations).toEqual(
      expect.arrayContaining([
        'POST /api/auth/register-company',
        'POST /api/auth/verify-email',
        'POST /api/auth/resend-code',
        'POST /api/auth/login',
        'POST /api/auth/refresh',
        'POST /api/auth/logout',
        'GET /api/auth/me',
        'GET /api/companies/by-code/{code}',
        'POST /api/auth/join-company',
        'GET /api/members',
        'POST /api/members/{id}/approve',
        'POST /api/members/{id}/reject',
        'PATCH /api/members/{id}',
        'POST /api/auth/forgot-password',
        'POST /api/auth/reset-password',
        'GET /api/audit',
        'GET /health',
        'GET /ready',
      ]),
    );
  });

  it('gives every operation a summary, tags, a success response and, unless public, its security', () => {
    const problems: string[] = [];
    for (const [path, ops] of Object.entries<Schema>(document.paths)) {
      for (const [method, op] of Object.entries<Schema>(ops)) {
        const name = `${method.toUpperCase()} ${path}`;
        if (!op.summary) problems.push(`${name}: summary`);
        if (!op.tags?.length) problems.push(`${name}: tags`);
        if (!Object.keys(op.responses ?? {}).some((s) => s.startsWith('2'))) problems.push(`${name}: 2xx response`);
        if (path.startsWith('/api/') && !op.responses?.['400']) problems.push(`${name}: error responses`);
      }
    }
    expect(problems).toEqual([]);
    expect(document.paths['/api/members'].get.security).toEqual([{ bearerAuth: [] }]);
    expect(document.paths['/api/auth/refresh'].post.requestBody.required).toBe(false);
    expect(document.paths['/api/auth/login'].post.requestBody.required).toBe(true);
    expect(document.paths['/api/auth/login'].post.security).toBeUndefined();
  });

  it('bounds every string a client can send', () => {
    const unbounded: string[] = [];
    for (const [path, ops] of Object.entries<Schema>(document.paths)) {
      for (const [method, op] of Object.entries<Schema>(ops)) {
        const body = op.requestBody?.content?.['application/json']?.schema;
        if (body) unbounded.push(...unboundedStrings(body, `${method.toUpperCase()} ${path} body`));
        for (const parameter of op.parameters ?? []) {
          if (parameter.in === 'header') continue;
          unbounded.push(
            ...unboundedStrings(parameter.schema ?? {}, `${method.toUpperCase()} ${path} ${parameter.name}`),
          );
        }
      }
    }
    expect(unbounded).toEqual([]);
  });

  it('matches server/openapi.json, from which the web app’s client is generated (npm run api:spec)', async () => {
    const committed = JSON.parse(await readFile(openApiPath, 'utf8'));
    expect(document).toEqual(committed);
  });

  it('is served with a browsable UI', async () => {
    const ui = await t.api.get('/api/docs/');
    expect(ui.status).toBe(200);
    expect(String(ui.body)).toContain('swagger');
  });
});

describe('idempotency keys', () => {
  it('answers a retried POST with the first answer and creates nothing twice', async () => {
    const body = validRegistration();
    const key = `register-${Date.now()}`;
    const first = await t.api.post('/api/auth/register-company', body, { headers: { 'idempotency-key': key } });
    const before = await rowCounts();
    const retry = await t.api.post('/api/auth/register-company', body, { headers: { 'idempotency-key': key } });
    expect(first.status).toBe(202);
    expect(retry.status).toBe(202);
    expect(retry.body).toEqual(first.body);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(await rowCounts()).toEqual(before);
  });

  it('refuses the same key for a different request', async () => {
    const key = `reuse-${Date.now()}`;
    await t.api.post('/api/auth/register-company', validRegistration(), { headers: { 'idempotency-key': key } });
    const other = await t.api.post('/api/auth/register-company', validRegistration(), {
      headers: { 'idempotency-key': key },
    });
    expect(other.status).toBe(422);
    expect(other.body.error.code).toBe('idempotency_key_reused');
  });

  it('replays refusals too, and scopes keys per user', async () => {
    const key = `refusal-${Date.now()}`;
    const url = '/api/members/00000000-0000-7000-8000-000000000000/approve';
    const first = await t.api.post(url, undefined, { token: owner.token, headers: { 'idempotency-key': key } });
    const retry = await t.api.post(url, undefined, { token: owner.token, headers: { 'idempotency-key': key } });
    expect([first.status, retry.status]).toEqual([404, 404]);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    const otherUser = await onboardCompany(t.api, t.mail);
    const theirs = await t.api.post(url, undefined, { token: otherUser.token, headers: { 'idempotency-key': key } });
    expect(theirs.headers['idempotent-replayed']).toBeUndefined();
  });

  it('rejects a malformed key', async () => {
    const response = await t.api.post('/api/auth/register-company', validRegistration(), {
      headers: { 'idempotency-key': 'k'.repeat(300) },
    });
    expect(response.body.error.code).toBe('invalid_idempotency_key');
  });
});

describe.runIf(existsSync(path.join(webDist, 'index.html')))('the web app', () => {
  it('answers app pages (GET and HEAD) with a fresh index.html and hashed assets with long caching', async () => {
    for (const method of ['GET', 'HEAD'] as const) {
      const page = await t.app.inject({ method, url: '/sales/orders' });
      expect(page.statusCode, method).toBe(200);
      expect(page.headers['content-type']).toMatch(/text\/html/);
      expect(page.headers['cache-control']).toBe('no-cache');
    }
    const index = await t.app.inject({ method: 'GET', url: '/' });
    const asset = /src="(\/assets\/[^"]+\.js)"/.exec(index.body)?.[1];
    expect(asset).toBeTruthy();
    const script = await t.app.inject({ method: 'GET', url: asset! });
    expect(script.statusCode).toBe(200);
    expect(script.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await t.app.inject({ method: 'GET', url: '/assets/missing.js' })).statusCode).toBe(404);
  });
});

describe('operations endpoints', () => {
  it('reports the database and the job runner in /health, and readiness in /ready', async () => {
    const health = await t.api.get('/health');
    expect(health.status).toBe(200);
    expect(health.body).toMatchObject({
      status: 'ok',
      database: { ok: true, kind: t.db.kind },
      jobs: { ok: true, overdue: 0, failed: 0 },
    });
    expect(await t.api.get('/ready')).toMatchObject({ status: 200, body: { ready: true } });
  });
});
