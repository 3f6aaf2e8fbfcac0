import { expect } from 'vitest';
import type { TestApi } from './test-api.ts';

/**
 * The ids of every row of a keyset-paged list, following `nextCursor` two rows at a time, so
 * that a sort that skips or repeats rows at page boundaries shows.
 */
export async function idsOfEveryPage(api: TestApi, token: string, list: string): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | null = null;
  do {
    const page = await api.get(`${list}${list.includes('?') ? '&' : '?'}limit=2${cursor ? `&cursor=${cursor}` : ''}`, {
      token,
    });
    expect(page.status, JSON.stringify(page.body)).toBe(200);
    ids.push(...page.body.items.map((row: { id: string }) => row.id));
    cursor = page.body.nextCursor;
  } while (cursor);
  return ids;
}

/** The ids of rows in the order the server should give them: by the key, ties by id. */
export function idsSortedBy<T extends { id: string }>(
  rows: readonly T[],
  key: (row: T) => string | number,
  descending: boolean,
): string[] {
  return [...rows]
    .sort((a, b) => {
      const [x, y] = [key(a), key(b)];
      const order = x < y ? -1 : x > y ? 1 : a.id < b.id ? -1 : 1;
      return descending ? -order : order;
    })
    .map((row) => row.id);
}

/** The data rows of an exported CSV (without the header and the byte-order mark). */
export const csvRows = (body: unknown): string[] =>
  String(body)
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\n')
    .slice(1);
