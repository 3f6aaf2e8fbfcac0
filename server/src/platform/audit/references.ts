import { type SQL, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { queryRows, type TenantContext } from '../../db/database.ts';
import { users } from '../auth/schema.ts';
import type { Permission } from '../permissions/permissions.ts';

/** A record an audit entry mentions, by id or document number, as a person reads it. */
export interface AuditReference {
  kind: string;
  id: string;
  /** The document number, code or name the app shows for it. */
  label: string;
}

/** How the global search (Ctrl+K) finds a kind of record. */
export interface RecordSearch {
  /** Who may find it: the permission that lets them open its page. */
  permission: Permission;
  /** Matched against what was typed; the first is the record's own number, code or SKU. */
  matches: readonly PgColumn[];
  /** A second line that tells two hits apart: the customer of an order, a product's name. */
  detail?: PgColumn | SQL;
}

/**
 * Where a module keeps records that audit entries mention and the global search finds: the
 * module declares its own table (as it declares its permissions), so the audit trail and the
 * search name them without reading other modules.
 */
export interface AuditReferenceSource {
  kind: string;
  table: PgTable;
  tenantId: PgColumn;
  id: PgColumn;
  label: PgColumn | SQL;
  /** A document number that entries also mention by itself (`delivery: "DEL-2026-00003"`). */
  number?: PgColumn;
  search?: RecordSearch;
}

const sources: AuditReferenceSource[] = [];

export function defineAuditReferences(...declared: AuditReferenceSource[]): void {
  sources.push(...declared);
}

/** The declared record kinds that the global search can find. */
export const searchableSources = () =>
  sources.flatMap((source) => (source.search ? [{ ...source, search: source.search }] : []));

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const documentNumberPattern = /^[A-Z]{1,6}-\d{4}-\d{3,}$/;

/** Every id and document number anywhere in the given values (nested objects and arrays included). */
function mentionedIn(values: unknown[]): { ids: string[]; numbers: string[] } {
  const ids = new Set<string>();
  const numbers = new Set<string>();
  const visit = (value: unknown): void => {
    if (typeof value === 'string') {
      if (uuidPattern.test(value)) ids.add(value.toLowerCase());
      else if (documentNumberPattern.test(value)) numbers.add(value);
    } else if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') Object.values(value).forEach(visit);
  };
  values.forEach(visit);
  return { ids: [...ids], numbers: [...numbers] };
}

/**
 * The records that a page of audit entries mentions, keyed by the id or number as it appears in
 * the entries, in one statement over every declared source (and the company's users).
 */
export async function resolveAuditReferences(
  ctx: TenantContext,
  values: unknown[],
): Promise<Record<string, AuditReference>> {
  const { ids, numbers } = mentionedIn(values);
  if (ids.length === 0 && numbers.length === 0) return {};
  const idList = sql`${sql.param(ids)}::uuid[]`;
  const numberList = sql`${sql.param(numbers)}::text[]`;
  const selects = [
    sql`select 'user'::text as kind, ${users.id}::text as id, ${users.name} as label, null::text as number
        from ${users} where ${users.id} = any(${idList})`,
    ...sources.map(
      (source) =>
        sql`select ${source.kind}::text as kind, ${source.id}::text as id, ${source.label}::text as label,
                   ${source.number ?? sql`null`}::text as number
            from ${source.table}
            where ${source.tenantId} = ${ctx.tenantId}
              and (${source.id} = any(${idList})${source.number ? sql` or ${source.number} = any(${numberList})` : sql``})`,
    ),
  ];
  const rows = await queryRows<AuditReference & { number: string | null }>(ctx.tx, sql.join(selects, sql` union all `));
  const references: Record<string, AuditReference> = {};
  for (const { number, ...reference } of rows) {
    references[reference.id] = reference;
    if (number) references[number] = reference;
  }
  return references;
}
