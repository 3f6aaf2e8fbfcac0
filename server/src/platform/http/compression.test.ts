import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webDist } from '../../app.ts';
import { createCustomer } from '../../test/fixtures.ts';
import { type OnboardedCompany, onboardCompany } from '../../test/onboarding.ts';
import { createTestApp, type TestApp } from '../../test/test-app.ts';

let t: TestApp;
let owner: OnboardedCompany;

beforeAll(async () => {
  t = await createTestApp();
  owner = await onboardCompany(t.api, t.mail);
});
afterAll(() => t.close());

const get = (url: string, encodings: string) =>
  t.app.inject({
    method: 'GET',
    url,
    headers: { authorization: `Bearer ${owner.token}`, 'x-tenant-id': owner.tenantId, 'accept-encoding': encodings },
  });

describe('compressed answers', () => {
  it('sends a JSON answer over 1 KiB with brotli or gzip, as the client accepts, and the same content', async () => {
    const plain = await get('/api/openapi.json', 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.rawPayload.length).toBeGreaterThan(1024);

    const br = await get('/api/openapi.json', 'gzip, deflate, br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toContain('accept-encoding');
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(plain.body);

    const gzip = await get('/api/openapi.json', 'gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.rawPayload).toString()).toBe(plain.body);
  });

  it('leaves a small answer as it is', async () => {
    const health = await get('/health', 'gzip, br');
    expect(health.statusCode).toBe(200);
    expect(health.rawPayload.length).toBeLessThan(1024);
    expect(health.headers['content-encoding']).toBeUndefined();
    expect(health.json()).toHaveProperty('status');
  });

  it('keeps an export a download: its file name, type and bytes', async () => {
    for (let i = 0; i < 30; i++) await createCustomer(t.api, owner, { name: `Compressed customer ${i}` });
    const plain = await get('/api/customers/export?format=csv', 'identity');
    const gzip = await get('/api/customers/export?format=csv', 'gzip');
    expect(gzip.statusCode).toBe(200);
    expect(gzip.headers['content-disposition']).toBe(plain.headers['content-disposition']);
    expect(gzip.headers['content-type']).toBe(plain.headers['content-type']);
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.rawPayload).equals(plain.rawPayload)).toBe(true);

    // A PDF is compressed already: it is sent unchanged.
    const pdf = await get('/api/customers/export?format=pdf', 'gzip, br');
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-encoding']).toBeUndefined();
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('streams server-sent events uncompressed, each event as it happens', async () => {
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = t.app.server.address() as { port: number };
    const controller = new AbortController();
    const response = await fetch(`http://127.0.0.1:${port}/api/notifications/stream`, {
      headers: { authorization: `Bearer ${owner.token}`, 'accept-encoding': 'gzip, br' },
      signal: controller.signal,
    });
    expect(response.headers.get('content-type')).toBe('text/event-stream');
    expect(response.headers.get('content-encoding')).toBeNull();
    // The first line arrives while the stream stays open: nothing holds it back to compress.
    const { value } = await response.body!.getReader().read();
    expect(new TextDecoder().decode(value)).toContain(': connected');
    controller.abort();
  });
});

describe.runIf(existsSync(path.join(webDist, 'index.html')))('the web app', () => {
  const script = readdirSync(path.join(webDist, 'assets')).find((file) => /^index-.*\.js$/.test(file))!;

  it('sends the compressed copies the build wrote, with long caching for hashed files', async () => {
    const original = readFileSync(path.join(webDist, 'assets', script));
    const br = await get(`/assets/${script}`, 'gzip, br');
    expect(br.statusCode).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toContain('javascript');
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(br.rawPayload.equals(readFileSync(path.join(webDist, 'assets', `${script}.br`)))).toBe(true);
    expect(brotliDecompressSync(br.rawPayload).equals(original)).toBe(true);

    const gzip = await get(`/assets/${script}`, 'gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.rawPayload).equals(original)).toBe(true);

    const plain = await get(`/assets/${script}`, 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.rawPayload.equals(original)).toBe(true);
  });

  it('sends app pages compressed and never cached stale', async () => {
    const page = await get('/sales-orders', 'gzip');
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-encoding']).toBe('gzip');
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(gunzipSync(page.rawPayload).toString()).toContain('<div id="root">');
  });
});
