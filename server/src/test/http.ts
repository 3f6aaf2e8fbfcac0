import { expect } from 'vitest';
import type { TestApi } from './test-api.ts';

/** Whom a request goes as: anyone with an access token. */
export interface Caller {
  token: string;
}

export type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/** What a request answers when the test says nothing: 201 for a POST, 200 otherwise. */
const usualStatus = (method: Method) => (method === 'POST' ? 201 : 200);

/**
 * The requests API tests make: each expects a status (showing the body when another came) and
 * gives the body. `api` and `as` are read at each request, as tests create them in beforeAll;
 * `as` is whom requests go as unless one names someone else.
 */
export function expectingApi(
  api: () => TestApi,
  as: () => Caller,
  statusFor: (method: Method, url: string) => number = usualStatus,
) {
  async function call(method: Method, url: string, body?: unknown, status?: number, who: Caller = as()) {
    const r = await api().request(method, url, body, { token: who.token });
    expect(r.status, JSON.stringify(r.body)).toBe(status ?? statusFor(method, url));
    return r.body;
  }
  return {
    call,
    get: (url: string, who?: Caller) => call('GET', url, undefined, 200, who),
    post: (url: string, body?: unknown, status?: number, who?: Caller) => call('POST', url, body, status, who),
  };
}

type EntryLine = { accountCode: string; debit: string; credit: string };

/** Journal lines as "code: Dr x" / "code: Cr y", sorted: an entry compared at a glance. */
export const entryAsLines = (lines: readonly EntryLine[]): string[] =>
  lines.map((l) => (l.debit !== '0' ? `${l.accountCode}: Dr ${l.debit}` : `${l.accountCode}: Cr ${l.credit}`)).sort();

/** The one journal entry a document (`sourceId`) posted, as lines. */
export async function entryOf(api: TestApi, as: Caller, sourceId: string): Promise<string[]> {
  const { get } = expectingApi(
    () => api,
    () => as,
  );
  const { items } = await get(`/api/accounting/journal-entries?sourceId=${sourceId}`);
  expect(items).toHaveLength(1);
  return entryAsLines((await get(`/api/accounting/journal-entries/${items[0].id}`)).lines);
}
