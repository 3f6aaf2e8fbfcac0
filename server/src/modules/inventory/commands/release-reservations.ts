import { sql } from 'drizzle-orm';
import { queryRows, type TenantContext } from '../../../db/database.ts';
import { noteStockChange } from './low-stock-alerts.ts';
import type { ReservationSource } from './reservations.ts';

/** Gives back everything reserved for the document; releasing twice releases nothing more. */
export async function releaseReservations(ctx: TenantContext, source: ReservationSource): Promise<void> {
  const released = await queryRows<{ product_id: string }>(
    ctx.tx,
    sql`with released as (
          delete from stock_reservations
          where tenant_id = ${ctx.tenantId} and source_type = ${source.type} and source_id = ${source.id}
          returning product_id, location_id, lot_id, quantity
        ), per_level as (
          select product_id, location_id, lot_id, sum(quantity) as quantity from released
          group by product_id, location_id, lot_id
        ), locked as materialized (
          select l.id, r.quantity
          from stock_levels l
          join per_level r on r.product_id = l.product_id and r.location_id = l.location_id
            and r.lot_id is not distinct from l.lot_id
          where l.tenant_id = ${ctx.tenantId}
          order by l.product_id, l.location_id, l.lot_id nulls first
          for update of l
        )
        update stock_levels l set reserved = l.reserved - k.quantity, updated_at = now()
        from locked k
        where l.tenant_id = ${ctx.tenantId} and l.id = k.id
        returning l.product_id`,
  );
  noteStockChange(
    ctx,
    released.map((r) => r.product_id),
  );
}
