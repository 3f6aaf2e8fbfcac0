import { sql } from 'drizzle-orm';
import { queryRows, type TenantContext } from '../../../db/database.ts';
import type { ReservationSource } from '../commands/reservations.ts';

/** Per document line: the quantity delivered and its value, for returning goods at what they cost. */
export async function deliveredCosts(
  ctx: TenantContext,
  source: ReservationSource,
): Promise<Map<string, { quantity: string; value: string }>> {
  const rows = await queryRows<{ source_line_id: string; quantity: string; value: string }>(
    ctx.tx,
    sql`select l.source_line_id, sum(l.quantity)::text as quantity, sum(l.value)::text as value
        from stock_operation_lines l
        join stock_operations o on o.tenant_id = l.tenant_id and o.id = l.operation_id
        where o.tenant_id = ${ctx.tenantId} and o.type = 'delivery'
          and o.source_type = ${source.type} and o.source_id = ${source.id}
        group by l.source_line_id`,
  );
  return new Map(rows.map((r) => [r.source_line_id, { quantity: r.quantity, value: r.value }]));
}
