import { sql } from 'drizzle-orm';
import { queryRows, type TenantContext } from '../../../db/database.ts';
import { decimalText, isoText } from '../../../db/sql-fragments.ts';
import type { Reservation, ReservationSource } from '../commands/reservations.ts';

export function listReservations(ctx: TenantContext, source: ReservationSource): Promise<Reservation[]> {
  return queryRows<Reservation>(
    ctx.tx,
    sql`select r.product_id as "productId", r.location_id as "locationId", l.code as "locationCode",
               ${decimalText(sql`r.quantity`)} as quantity, ${isoText(sql`r.created_at`)} as "createdAt"
        from stock_reservations r join locations l on l.tenant_id = r.tenant_id and l.id = r.location_id
        where r.tenant_id = ${ctx.tenantId} and r.source_type = ${source.type} and r.source_id = ${source.id}
        order by r.product_id`,
  );
}
