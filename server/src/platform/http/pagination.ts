import { type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import { BadRequest } from '../errors.ts';

/**
 * Keyset pagination: the cursor holds the sort value and id of the last row of a page, so the
 * next page starts with `(sort, id) > (value, id)` on an index, however deep the page.
 */
export const pageQuery = {
  cursor: z.string().max(500).optional().describe('`nextCursor` of the previous page'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
};

export function encodeCursor(values: readonly unknown[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

export function decodeCursor(cursor: string, arity: number): unknown[] {
  try {
    const values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(values) && values.length === arity) return values;
  } catch {
    // fall through to the error below
  }
  throw new BadRequest('validation_failed', 'Invalid request. query.cursor: not a cursor from this list', {
    fields: [{ path: 'query.cursor', message: 'Not a cursor from this list' }],
  });
}

/** The page and the cursor of the next one, from `limit + 1` fetched rows. */
export function toPage<T>(rows: T[], limit: number, cursorOf: (last: T) => readonly unknown[]) {
  const items = rows.slice(0, limit);
  return { items, nextCursor: rows.length > limit ? encodeCursor(cursorOf(items.at(-1)!)) : null };
}

/** `"-name"` → `{ field: 'name', descending: true }`. */
export function parseSort<F extends string>(sort: F | `-${F}`): { field: F; descending: boolean } {
  const descending = sort.startsWith('-');
  return { field: (descending ? sort.slice(1) : sort) as F, descending };
}

/**
 * The condition and order of one keyset page sorted by `key` then `id`. A timestamp key
 * travels in the cursor as ISO text.
 */
export function keyset(options: {
  key: SQL | AnyPgColumn;
  id: SQL | AnyPgColumn;
  descending: boolean;
  cursor?: string | undefined;
  timestamp?: boolean;
}): { where: SQL | undefined; orderBy: SQL[] } {
  const direction = options.descending ? sql`desc` : sql`asc`;
  const orderBy = [sql`${options.key} ${direction}`, sql`${options.id} ${direction}`];
  if (!options.cursor) return { where: undefined, orderBy };
  const [value, id] = decodeCursor(options.cursor, 2);
  const after = options.timestamp ? new Date(String(value)) : String(value);
  const where = options.descending
    ? sql`(${options.key}, ${options.id}) < (${after}, ${String(id)})`
    : sql`(${options.key}, ${options.id}) > (${after}, ${String(id)})`;
  return { where, orderBy };
}
