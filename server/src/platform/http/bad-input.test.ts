import { randomUUID } from 'node:crypto';
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

interface Parameter {
  name: string;
  in: 'query' | 'path' | 'header';
  required?: boolean;
  schema?: { format?: string; enum?: string[]; type?: string };
}

/** A value the parameter's schema accepts, so the request gets as far as reading the cursor. */
function sampleValue(parameter: Parameter): string {
  const schema = parameter.schema ?? {};
  if (schema.enum) return schema.enum[0]!;
  if (schema.format === 'uuid') return randomUUID();
  if (schema.format === 'date') return '2026-01-01';
  return 'sample';
}

/** Every GET list of the live OpenAPI document that pages by `cursor`, with its required parameters filled. */
async function pagedLists(): Promise<string[]> {
  const document = (await t.api.get('/api/openapi.json')).body as {
    paths: Record<string, Record<string, { parameters?: Parameter[] }>>;
  };
  const urls: string[] = [];
  for (const [path, operations] of Object.entries(document.paths)) {
    const parameters = operations.get?.parameters ?? [];
    if (!parameters.some((p) => p.in === 'query' && p.name === 'cursor')) continue;
    const query = parameters
      .filter((p) => p.in === 'query' && p.required)
      .map((p) => `${p.name}=${encodeURIComponent(sampleValue(p))}`);
    const filled = path.replace(/\{(\w+)\}/g, (_, name) => {
      // A record type, say, is one of a list; ids are UUIDs.
      const choices = parameters.find((p) => p.in === 'path' && p.name === name)?.schema?.enum;
      return choices ? choices[0]! : randomUUID();
    });
    urls.push(`${filled}?${[...query, ''].join('&')}`);
  }
  return urls;
}

const encoded = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const crafted: Array<[string, string]> = [
  ['not JSON', Buffer.from('not json at all').toString('base64url')],
  ['an object', encoded({ value: 'x', id: randomUUID() })],
  ['a string', encoded('x')],
  ['too few values', encoded(['x'])],
  ['too many values', encoded(['2026-01-01', randomUUID(), '1', 'x'])],
  ['numbers', encoded([1, 2])],
  ['nulls', encoded([null, null, null])],
  ['an id that is not a UUID', encoded(['2026-01-01', 'not-a-uuid'])],
  ['a NUL byte', encoded(['\u0000', randomUUID()])],
  ['an impossible date', encoded(['2026-02-30', randomUUID(), '0'])],
  ['a nested array', encoded([[1], { a: 1 }])],
];

describe('a crafted cursor', () => {
  it('is refused with 400 invalid_cursor by every paged list', async () => {
    const lists = await pagedLists();
    expect(lists.length).toBeGreaterThanOrEqual(13);
    const answers: string[] = [];
    for (const list of lists) {
      for (const [label, cursor] of crafted) {
        const response = await t.api.get(`${list}cursor=${cursor}`, { token: owner.token });
        const fields = response.body?.error?.details?.fields?.map((f: { path: string }) => f.path);
        answers.push(`${list} ${label}: ${response.status} ${response.body?.error?.code} ${fields}`);
      }
    }
    expect(answers.filter((a) => !a.endsWith(': 400 invalid_cursor query.cursor'))).toEqual([]);
  });

  it('leaves the cursors the lists write working', async () => {
    for (const name of ['Cursor One', 'Cursor Two']) {
      expect(
        (await t.api.post('/api/customers', { code: name.replace(' ', '-'), name }, { token: owner.token })).status,
      ).toBe(201);
    }
    const first = await t.api.get('/api/customers?limit=1&sort=name&q=Cursor', { token: owner.token });
    const second = await t.api.get(`/api/customers?limit=1&sort=name&q=Cursor&cursor=${first.body.nextCursor}`, {
      token: owner.token,
    });
    expect(second.status).toBe(200);
    expect(second.body.items[0].name).toBe('Cursor Two');
  });
});

describe('a NUL byte', () => {
  it('in a body field is refused with its path', async () => {
    const response = await t.api.post(
      '/api/customers',
      { code: 'NUL-1', name: 'Null\u0000Byte' },
      { token: owner.token },
    );
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('validation_failed');
    expect(response.body.error.details.fields).toEqual([{ path: 'name', message: 'Must not contain a NUL character' }]);
  });

  it('in a nested body field and a key is refused with their paths', async () => {
    const response = await t.api.post('/api/auth/register-company', {
      company: { name: 'Co\u0000' },
      owner: { name: 'Owner', email: 'nul@example.com', password: 'long enough', 'x\u0000': 1 },
    });
    expect(response.status).toBe(400);
    expect(response.body.error.details.fields.map((f: { path: string }) => f.path)).toEqual([
      'company.name',
      'owner.x\u0000',
    ]);
  });

  it('in a query parameter is refused with its path', async () => {
    const response = await t.api.get('/api/customers?q=%00', { token: owner.token });
    expect(response.status).toBe(400);
    expect(response.body.error.details.fields).toEqual([
      { path: 'query.q', message: 'Must not contain a NUL character' },
    ]);
  });

  it('in a path parameter is refused with its path', async () => {
    const response = await t.api.get('/api/companies/by-code/AB%00CD');
    expect(response.status).toBe(400);
    expect(response.body.error.details.fields).toEqual([
      { path: 'params.code', message: 'Must not contain a NUL character' },
    ]);
  });
});
