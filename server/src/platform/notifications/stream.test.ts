import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logIn, type OnboardedCompany, onboardCompany } from '../../test/onboarding.ts';
import { createTestApp, type TestApp } from '../../test/test-app.ts';

let t: TestApp;
let owner: OnboardedCompany;
let baseUrl: string;
beforeAll(async () => {
  t = await createTestApp();
  owner = await onboardCompany(t.api, t.mail);
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  baseUrl = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
});
afterAll(() => t.close());

/** Opens the event stream and resolves `ended` once the server closes it. */
async function openStream(token: string) {
  const response = await fetch(`${baseUrl}/api/notifications/stream`, {
    headers: { authorization: `Bearer ${token}` },
  });
  expect(response.status).toBe(200);
  expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  const first = await reader.read();
  expect(decoder.decode(first.value)).toContain(': connected');
  const ended = (async () => {
    for (;;) if ((await reader.read()).done) return 'ended';
  })();
  return { ended, cancel: () => reader.cancel() };
}

describe('the notification stream', () => {
  it('ends when its session logs out', async () => {
    const session = await logIn(t.api, owner.email, owner.password);
    const stream = await openStream(session.token);
    const logout = await t.api.post('/api/auth/logout', undefined, { token: session.token });
    expect(logout.status).toBe(204);
    expect(await stream.ended).toBe('ended');
  });

  it('ends when its session is revoked, and another session’s stream stays open', async () => {
    const revoked = await logIn(t.api, owner.email, owner.password);
    const other = await logIn(t.api, owner.email, owner.password);
    const revokedStream = await openStream(revoked.token);
    const otherStream = await openStream(other.token);
    const rotated = await t.api.post('/api/auth/refresh', { refreshToken: revoked.refreshToken });
    expect(rotated.status).toBe(200);
    expect((await t.api.post('/api/auth/refresh', { refreshToken: rotated.body.refreshToken })).status).toBe(200);
    // Presenting a used refresh token once a newer one was used revokes its whole session.
    const reused = await t.api.post('/api/auth/refresh', { refreshToken: revoked.refreshToken });
    expect(reused.body.error.code).toBe('refresh_token_reused');
    expect(await revokedStream.ended).toBe('ended');
    const stillOpen = await Promise.race([otherStream.ended, Promise.resolve('open')]);
    expect(stillOpen).toBe('open');
    await t.api.post('/api/auth/logout', undefined, { token: other.token });
    expect(await otherStream.ended).toBe('ended');
  });
});
