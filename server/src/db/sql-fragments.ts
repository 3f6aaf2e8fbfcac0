import { type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';

/** A timestamp as JSON leaves the API: ISO 8601 in UTC with milliseconds, like Date.toISOString(). */
export const isoText = (value: SQL | AnyPgColumn | SQL.Aliased) =>
  sql`to_char(${value} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** A numeric as the API writes decimals: text without the padding of the column's scale. */
export const decimalText = (value: SQL | AnyPgColumn) => sql`trim_scale(${value})::text`;

/** What a user typed, matched literally by LIKE/ILIKE: `%`, `_` and `\` are not wildcards. */
const literalLike = (text: string) => text.replace(/[\\%_]/g, '\\$&');

/** A LIKE pattern for values containing `text`. */
export const containsPattern = (text: string) => `%${literalLike(text)}%`;

/** A LIKE pattern for values starting with `text`. */
export const startsWithPattern = (text: string) => `${literalLike(text)}%`;

/**
 * Names from code (states, kinds) as an SQL list of literals, `'posted', 'partially_paid'`, for
 * `in (…)`. Literals rather than parameters, so check constraints and index predicates in schema
 * files can use them and prepared statements keep one plan; anything but a plain name is refused.
 */
export function literalList(values: readonly string[]): SQL {
  const unsafe = values.find((value) => !/^[a-z_]+$/.test(value));
  if (unsafe !== undefined) throw new Error(`Not a plain name: ${unsafe}`);
  return sql.raw(values.map((value) => `'${value}'`).join(', '));
}
