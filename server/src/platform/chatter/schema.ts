import { bigint, index, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { createdAtColumn, idColumn, tenantIdColumn, tenantIsolation } from '../../db/columns.ts';
import { users } from '../auth/schema.ts';

/**
 * Chatter hangs off any record a module declares (platform/chatter/record-types.ts), so it names
 * the record by type and id instead of a foreign key per module; the commands check that the
 * record exists in the company before writing.
 */
export const chatterNotes = pgTable(
  'chatter_notes',
  {
    tenantId: tenantIdColumn(),
    id: idColumn(),
    recordType: text().notNull(),
    recordId: uuid().notNull(),
    authorId: uuid()
      .notNull()
      .references(() => users.id),
    body: text().notNull(),
    /** The members the note mentions, notified when it was written. */
    mentions: uuid().array().notNull(),
    createdAt: createdAtColumn(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index().on(t.tenantId, t.recordType, t.recordId, t.id),
    tenantIsolation(),
  ],
);

/** A file attached to a record; its bytes are in the attachment store under `storageKey`. */
export const chatterAttachments = pgTable(
  'chatter_attachments',
  {
    tenantId: tenantIdColumn(),
    id: idColumn(),
    recordType: text().notNull(),
    recordId: uuid().notNull(),
    uploadedBy: uuid()
      .notNull()
      .references(() => users.id),
    fileName: text().notNull(),
    contentType: text().notNull(),
    sizeBytes: bigint({ mode: 'number' }).notNull(),
    storageKey: text().notNull(),
    createdAt: createdAtColumn(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index().on(t.tenantId, t.recordType, t.recordId, t.id),
    tenantIsolation(),
  ],
);

/** Members told of every new note on a record. */
export const chatterFollowers = pgTable(
  'chatter_followers',
  {
    tenantId: tenantIdColumn(),
    recordType: text().notNull(),
    recordId: uuid().notNull(),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    createdAt: createdAtColumn(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.recordType, t.recordId, t.userId] }), tenantIsolation()],
);
