import { sql } from 'drizzle-orm';
import { queryRows, type TenantContext } from '../../db/database.ts';
import { containsPattern, startsWithPattern } from '../../db/sql-fragments.ts';
import { searchableSources } from '../audit/references.ts';
import type { Permission } from '../permissions/permissions.ts';

export interface FoundRecord {
  kind: string;
  id: string;
  label: string;
  detail: string | null;
}

/**
 * Records of the company whose number, code or name contains `text`, of the kinds the user may
 * open, at most `perKind` of each kind: exact matches first, then records whose own number,
 * code or SKU (the first matched column) starts with it, then other columns starting with it
 * (a delivery whose reference is the order number), then the rest.
 */
export async function searchRecords(
  ctx: TenantContext,
  text: string,
  may: (permission: Permission) => boolean,
  perKind: number,
): Promise<FoundRecord[]> {
  const sources = searchableSources().filter((source) => may(source.search.permission));
  if (sources.length === 0) return [];
  const exact = text.toLowerCase();
  const starts = startsWithPattern(text);
  const contains = containsPattern(text);
  const selects = sources.map((source, order) => {
    const { matches, detail } = source.search;
    const any = (test: (column: (typeof matches)[number]) => ReturnType<typeof sql>) =>
      sql.join(matches.map(test), sql` or `);
    const rank = sql`case when ${any((m) => sql`lower(${m}) = ${exact}`)} then 0
                          when ${matches[0]} ilike ${starts} then 1
                          when ${any((m) => sql`${m} ilike ${starts}`)} then 2 else 3 end`;
    return sql`(select ${source.kind}::text as kind, ${source.id}::text as id, ${source.label}::text as label,
                       ${detail ?? sql`null`}::text as detail, ${order}::int as source_order, ${rank} as rank
                from ${source.table}
                where ${source.tenantId} = ${ctx.tenantId} and (${any((m) => sql`${m} ilike ${contains}`)})
                order by rank, label
                limit ${perKind})`;
  });
  return queryRows<FoundRecord>(
    ctx.tx,
    sql`select kind, id, label, detail from (${sql.join(selects, sql` union all `)}) found
        order by rank, source_order, label`,
  );
}
