import { integer, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { createdAtColumn } from '../../db/columns.ts';

/** First answer to a POST carrying an Idempotency-Key, replayed to retries of the same request. */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    scope: text().notNull(),
    key: text().notNull(),
    requestHash: text().notNull(),
    statusCode: integer(),
    responseBody: text(),
    createdAt: createdAtColumn(),
  },
  (t) => [primaryKey({ columns: [t.scope, t.key] })],
).enableRLS();
