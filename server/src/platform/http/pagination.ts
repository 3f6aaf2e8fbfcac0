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

/**
 * `ids=…&ids=…`: only the rows a user selected in a list, for bulk actions such as "export the
 * selected rows". One id arrives as a plain string, several as an array.
 */
export const selectedIds = z
  .preprocess((value) => (typeof value === 'string' ? [value] : value), z.array(z.uuid()).min(1).max(500))
  .optional()
  .describe('Only these rows (the selection of a list), within the other filters');

export function encodeCursor(values: readonly unknown[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

/** PostgreSQL has no year 0. */
const fromYearOne = (value: string) => !value.startsWith('0000');

/** What a cursor may hold: each part is checked before it reaches SQL. */
export const cursorPart = {
  text: z
    .string()
    .max(500)
    .refine((value) => !value.includes('\u0000')),
  date: z.iso.date().refine(fromYearOne),
  timestamp: z.iso.datetime({ offset: true }).refine(fromYearOne),
  id: z.uuid(),
  decimal: z.string().regex(/^-?\d{1,24}(\.\d{1,12})?$/),
};

const invalidCursor = () =>
  new BadRequest(
    'invalid_cursor',
    'Invalid request. query.cursor: not a cursor from this list; start from the first page',
    {
      fields: [{ path: 'query.cursor', message: 'Not a cursor from this list; start from the first page' }],
    },
  );

/** The values of a cursor this list wrote, or 400 `invalid_cursor` for anything else. */
export function decodeCursor<const P extends [z.ZodType, ...z.ZodType[]]>(
  cursor: string,
  parts: P,
): z.output<z.ZodTuple<P, null>> {
  let values: unknown;
  try {
    values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursor();
  }
  const parsed = z.tuple(parts).safeParse(values);
  if (!parsed.success) throw invalidCursor();
  return parsed.data;
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
 * The condition and order of one keyset page sorted by `key` then `id`. The key's type says
 * what the cursor must hold; a timestamp key travels in the cursor as ISO text.
 */
export function keyset(options: {
  key: SQL | AnyPgColumn;
  id: SQL | AnyPgColumn;
  descending: boolean;
  cursor?: string | undefined;
  keyType?: 'text' | 'date' | 'timestamp' | 'decimal';
}): { where: SQL | undefined; orderBy: SQL[] } {
  const direction = options.descending ? sql`desc` : sql`asc`;
  const orderBy = [sql`${options.key} ${direction}`, sql`${options.id} ${direction}`];
  if (!options.cursor) return { where: undefined, orderBy };
  const keyType = options.keyType ?? 'text';
  const [value, id] = decodeCursor(options.cursor, [cursorPart[keyType], cursorPart.id]);
  const after = keyType === 'timestamp' ? new Date(value) : keyType === 'decimal' ? sql`${value}::numeric` : value;
  const where = options.descending
    ? sql`(${options.key}, ${options.id}) < (${after}, ${id})`
    : sql`(${options.key}, ${options.id}) > (${after}, ${id})`;
  return { where, orderBy };
}
