import { pgTable, text } from 'drizzle-orm/pg-core';

/** Values shared by every app instance, such as the generated token signing secret. */
export const instanceSettings = pgTable('instance_settings', {
  key: text().primaryKey(),
  value: text().notNull(),
}).enableRLS();
