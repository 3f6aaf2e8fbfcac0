import { sql } from 'drizzle-orm';
import { queryRows, type TenantContext } from '../../../db/database.ts';
import { Exact, roundMoney } from '../../../platform/money.ts';
import { companyCurrency } from '../../../platform/tenancy/company-calendar.ts';
import { productsById } from '../../catalog/index.ts';
import { holdsStock } from '../schema.ts';

export interface ValuationRow {
  productId: string;
  sku: string;
  name: string;
  costingMethod: string;
  warehouseId: string | null;
  warehouseCode: string;
  quantity: string;
  unitCost: string;
  value: string;
}

/**
 * The stock's value per product and warehouse: now (from each product's valuation) or at the end
 * of any date (rebuilt from the move ledger). A product's value is split over its warehouses by
 * quantity, the last warehouse taking the rounding, so the parts always add up to the product.
 */
export async function valuationReport(
  ctx: TenantContext,
  filter: { asOf?: string | undefined; warehouseId?: string | undefined; productId?: string | undefined },
): Promise<{ asOf: string | null; currency: string; rows: ValuationRow[]; total: string }> {
  const currency = await companyCurrency(ctx);
  const productFilter = filter.productId ? sql`and m.product_id = ${filter.productId}` : sql``;
  const totals = filter.asOf
    ? await queryRows<{ product_id: string; quantity: string; value: string }>(
        ctx.tx,
        sql`select m.product_id,
                   sum(case when ${holdsStock(sql`dst.kind`)} then m.quantity else 0 end)
                 - sum(case when ${holdsStock(sql`src.kind`)} then m.quantity else 0 end) as quantity,
                   sum(case when ${holdsStock(sql`dst.kind`)} and not ${holdsStock(sql`src.kind`)} then m.value else 0 end)
                 - sum(case when ${holdsStock(sql`src.kind`)} and not ${holdsStock(sql`dst.kind`)} then m.value else 0 end) as value
            from stock_moves m
            join locations src on src.tenant_id = m.tenant_id and src.id = m.from_location_id
            join locations dst on dst.tenant_id = m.tenant_id and dst.id = m.to_location_id
            where m.tenant_id = ${ctx.tenantId} and m.posted_at < (${filter.asOf}::date + 1)::timestamp at time zone
                  (select timezone from tenants where id = ${ctx.tenantId}) ${productFilter}
            group by m.product_id`,
      )
    : await queryRows<{ product_id: string; quantity: string; value: string }>(
        ctx.tx,
        sql`select product_id, quantity, value from stock_valuations m
            where tenant_id = ${ctx.tenantId} ${productFilter}`,
      );
  const perWarehouse = await queryRows<{
    product_id: string;
    warehouse_id: string | null;
    code: string;
    quantity: string;
  }>(
    ctx.tx,
    filter.asOf
      ? sql`select q.product_id, q.warehouse_id, coalesce(w.code, 'TRANSIT') as code, sum(q.quantity) as quantity
            from (
              select m.product_id, dst.warehouse_id, m.quantity from stock_moves m
              join locations src on src.tenant_id = m.tenant_id and src.id = m.from_location_id
              join locations dst on dst.tenant_id = m.tenant_id and dst.id = m.to_location_id
              where m.tenant_id = ${ctx.tenantId} and ${holdsStock(sql`dst.kind`)} and m.posted_at < (${filter.asOf}::date + 1)::timestamp at time zone
                    (select timezone from tenants where id = ${ctx.tenantId}) ${productFilter}
              union all
              select m.product_id, src.warehouse_id, -m.quantity from stock_moves m
              join locations src on src.tenant_id = m.tenant_id and src.id = m.from_location_id
              where m.tenant_id = ${ctx.tenantId} and ${holdsStock(sql`src.kind`)} and m.posted_at < (${filter.asOf}::date + 1)::timestamp at time zone
                    (select timezone from tenants where id = ${ctx.tenantId}) ${productFilter}
            ) q left join warehouses w on w.tenant_id = ${ctx.tenantId} and w.id = q.warehouse_id
            group by q.product_id, q.warehouse_id, w.code`
      : sql`select l.product_id, loc.warehouse_id, coalesce(w.code, 'TRANSIT') as code, sum(l.on_hand) as quantity
            from stock_levels l
            join locations loc on loc.tenant_id = l.tenant_id and loc.id = l.location_id
            left join warehouses w on w.tenant_id = l.tenant_id and w.id = loc.warehouse_id
            where l.tenant_id = ${ctx.tenantId} ${filter.productId ? sql`and l.product_id = ${filter.productId}` : sql``}
            group by l.product_id, loc.warehouse_id, w.code`,
  );
  const products = await productsById(
    ctx,
    totals.map((t) => t.product_id),
  );
  const rows: ValuationRow[] = [];
  let total = new Exact(0);
  for (const t of totals.sort((a, b) =>
    (products.get(a.product_id)?.sku ?? '').localeCompare(products.get(b.product_id)?.sku ?? ''),
  )) {
    const quantity = new Exact(t.quantity);
    const value = new Exact(t.value);
    if (quantity.isZero() && value.isZero()) continue;
    const product = products.get(t.product_id)!;
    const unitCost = quantity.isZero() ? new Exact(0) : value.div(quantity).toDecimalPlaces(4, Exact.ROUND_HALF_UP);
    const parts = perWarehouse.filter((w) => w.product_id === t.product_id && !new Exact(w.quantity).isZero());
    let left = value;
    parts.forEach((part, i) => {
      const share = i === parts.length - 1 ? left : roundMoney(value.times(part.quantity).div(quantity), currency);
      left = left.minus(share);
      if (filter.warehouseId && part.warehouse_id !== filter.warehouseId) return;
      rows.push({
        productId: product.id,
        sku: product.sku,
        name: product.name,
        costingMethod: product.costingMethod,
        warehouseId: part.warehouse_id,
        warehouseCode: part.code,
        quantity: new Exact(part.quantity).toFixed(),
        unitCost: unitCost.toFixed(),
        value: share.toFixed(),
      });
      total = total.plus(share);
    });
  }
  return { asOf: filter.asOf ?? null, currency, rows, total: total.toFixed() };
}
