import { sql } from 'drizzle-orm';
import type { TenantContext } from '../../../db/database.ts';
import {
  type Reservation,
  type ReservationOutcome,
  type ReservationSource,
  reservationsOrShortage,
  reserveStockCtes,
  type StockDemand,
} from './reservations.ts';

/** Reserves a document's demand in a warehouse, all or nothing (see `reserveStockCtes`). */
export async function reserveStock(
  ctx: TenantContext,
  source: ReservationSource,
  warehouseId: string,
  demand: readonly StockDemand[],
): Promise<Reservation[]> {
  if (demand.length === 0) return [];
  const outcome = await ctx.prepared<ReservationOutcome>(
    'inventory.reserve_stock',
    sql`with demand as (
          select product_id, sum(quantity) as quantity
          from unnest(${sql.param(demand.map((d) => d.productId))}::uuid[],
                      ${sql.param(demand.map((d) => d.quantity))}::numeric[]) as d(product_id, quantity)
          group by product_id
        ), ${reserveStockCtes(ctx, { demand: 'demand', warehouseId: sql`${warehouseId}::uuid`, sourceType: source.type, sourceId: sql`${source.id}::uuid` })}
        select * from reservation_outcome order by "productId"`,
  );
  return reservationsOrShortage(ctx, outcome);
}
