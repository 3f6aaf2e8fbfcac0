import { type SQL, sql } from 'drizzle-orm';

/** A timestamp as ISO 8601 text in UTC: raw queries return timestamps as text on both drivers. */
export const isoTime = (column: SQL): SQL =>
  sql`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** A numeric without the padding of its scale, as JSON text. */
export const decimalText = (value: SQL): SQL => sql`trim_scale(${value})::text`;
