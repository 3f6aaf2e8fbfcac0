import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import { queryOne, type TenantContext } from '../../db/database.ts';
import { recordAudit } from '../audit/audit.ts';

/**
 * One company setting: its key, the shape of its value and the value a company has until it
 * sets one. Modules declare theirs next to the code that reads them.
 */
export interface CompanySetting<T> {
  key: string;
  schema: z.ZodType<T>;
  defaultValue: T;
  /** How a value appears in the audit trail, when the value itself is too large to keep there. */
  audited?: (value: T) => unknown;
}

export function defineCompanySetting<T>(
  key: string,
  schema: z.ZodType<T>,
  defaultValue: T,
  options: { audited?: (value: T) => unknown } = {},
): CompanySetting<T> {
  return { key, schema, defaultValue, ...options };
}

export async function readCompanySetting<T>(ctx: TenantContext, setting: CompanySetting<T>): Promise<T> {
  const row = await queryOne<{ value: unknown }>(
    ctx.tx,
    sql`select value from company_settings where tenant_id = ${ctx.tenantId} and key = ${setting.key}`,
  );
  if (!row) return setting.defaultValue;
  const parsed = setting.schema.safeParse(row.value);
  return parsed.success ? parsed.data : setting.defaultValue;
}

/** Sets the value and audits the change, in the caller's transaction. */
export async function writeCompanySetting<T>(ctx: TenantContext, setting: CompanySetting<T>, value: T): Promise<T> {
  const before = await readCompanySetting(ctx, setting);
  // JSON travels as text and is cast here: both drivers then store the value, not a JSON string of it.
  await ctx.tx.execute(
    sql`insert into company_settings (tenant_id, key, value, updated_by)
        values (${ctx.tenantId}, ${setting.key}, ${JSON.stringify(value)}::jsonb, ${ctx.actor.userId})
        on conflict (tenant_id, key)
        do update set value = excluded.value, updated_at = now(), updated_by = excluded.updated_by`,
  );
  await recordAudit(ctx, {
    action: 'company_setting.changed',
    entity: 'company_setting',
    entityId: ctx.tenantId,
    before: { [setting.key]: setting.audited ? setting.audited(before) : before },
    after: { [setting.key]: setting.audited ? setting.audited(value) : value },
  });
  return value;
}
