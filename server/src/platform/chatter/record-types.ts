import { and, eq, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { TenantContext } from '../../db/database.ts';
import { NotFound } from '../errors.ts';
import type { Permission } from '../permissions/permissions.ts';

/**
 * A kind of record that carries chatter (notes, attachments, followers, timeline). Each module
 * declares its own, as it declares its permissions, so a new module adds chatter to its documents
 * by declaring them and the platform never reads a module's tables by name.
 */
export interface ChatterRecordType {
  /** The audit log's entity name of the record (`sales_order`), which also keys its chatter. */
  type: string;
  /** How a person names one: `Sales order`. */
  label: string;
  /** Whoever may read the record may read and write its chatter. */
  readPermission: Permission;
  table: PgTable;
  tenantId: PgColumn;
  id: PgColumn;
  /** The document number, code or name shown for it (`SO-2026-00001`, a customer's name). */
  title: PgColumn | SQL;
  /** Where the web app opens it, for the links in notifications. */
  link: (id: string) => string;
  /** Business words for audit actions (`sales_order.confirmed` → `Confirmed the order`) where the verb alone reads badly. */
  wording?: Record<string, string>;
}

const recordTypes = new Map<string, ChatterRecordType>();

export function defineChatterRecords(...declared: ChatterRecordType[]): void {
  for (const recordType of declared) recordTypes.set(recordType.type, recordType);
}

export function chatterRecordTypeNames(): string[] {
  return [...recordTypes.keys()].sort();
}

export function chatterRecordType(type: string): ChatterRecordType {
  const found = recordTypes.get(type);
  if (!found) throw new Error(`Record type ${type} carries no chatter`);
  return found;
}

export interface ChatterRecord {
  type: ChatterRecordType;
  id: string;
  title: string;
}

/** The record as the company sees it; another company's id, or none, is not found. */
export async function findChatterRecord(ctx: TenantContext, type: string, id: string): Promise<ChatterRecord> {
  const recordType = chatterRecordType(type);
  const [row] = await ctx.tx
    .select({ title: recordType.title })
    .from(recordType.table)
    .where(and(eq(recordType.tenantId, ctx.tenantId), eq(recordType.id, id)));
  if (!row) throw new NotFound(recordType.label, id);
  return { type: recordType, id, title: String(row.title ?? '') };
}
