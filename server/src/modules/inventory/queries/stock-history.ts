import { and, asc, eq, type SQL, sql } from 'drizzle-orm';
import { queryOne, queryRows, type TenantContext } from '../../../db/database.ts';
import { decimalText, isoText } from '../../../db/sql-fragments.ts';
import { keyset, toPage } from '../../../platform/http/pagination.ts';
import { companyTimezone } from '../../../platform/tenancy/company-calendar.ts';
import { getProductsByIds } from '../../catalog/index.ts';
import { type LocationKind, locations, type MoveType, warehouses, zones } from '../schema.ts';

export interface MoveFilter {
  productId?: string | undefined;
  lotId?: string | undefined;
  locationId?: string | undefined;
  moveType?: MoveType | undefined;
  actorId?: string | undefined;
  sourceId?: string | undefined;
  dateFrom?: string | undefined;
  dateTo?: string | undefined;
}

export interface MoveView {
  id: string;
  postedAt: string;
  productId: string;
  sku: string;
  productName: string;
  lotId: string | null;
  lotNumber: string | null;
  quantity: string;
  fromLocation: string;
  toLocation: string;
  unitCost: string;
  value: string;
  moveType: MoveType;
  reason: string | null;
  sourceType: string;
  sourceId: string;
  documentNumber: string | null;
  actorName: string | null;
}

/**
 * The time zone is read first and passed as a value: a subquery in the date bounds would keep
 * row-level security from using them as index conditions.
 */
async function conditions(ctx: TenantContext, filter: MoveFilter): Promise<SQL[]> {
  const timezone = filter.dateFrom || filter.dateTo ? await companyTimezone(ctx) : 'UTC';
  const dayStart = (date: string) => sql`${date}::date::timestamp at time zone ${timezone}`;
  return [
    sql`m.tenant_id = ${ctx.tenantId}`,
    filter.productId ? sql`m.product_id = ${filter.productId}` : undefined,
    filter.lotId ? sql`m.lot_id = ${filter.lotId}` : undefined,
    filter.locationId
      ? sql`(m.from_location_id = ${filter.locationId} or m.to_location_id = ${filter.locationId})`
      : undefined,
    filter.moveType ? sql`m.move_type = ${filter.moveType}` : undefined,
    filter.actorId ? sql`m.actor_id = ${filter.actorId}` : undefined,
    filter.sourceId ? sql`m.source_id = ${filter.sourceId}` : undefined,
    filter.dateFrom ? sql`m.posted_at >= ${dayStart(filter.dateFrom)}` : undefined,
    filter.dateTo ? sql`m.posted_at < ${dayStart(filter.dateTo)} + interval '1 day'` : undefined,
  ].filter((c): c is SQL => c !== undefined);
}

async function withProducts(
  ctx: TenantContext,
  rows: Array<Omit<MoveView, 'sku' | 'productName'>>,
): Promise<MoveView[]> {
  const products = new Map(
    (await getProductsByIds(ctx, [...new Set(rows.map((r) => r.productId))])).map((p) => [p.id, p]),
  );
  return rows.map((r) => ({
    ...r,
    sku: products.get(r.productId)?.sku ?? '?',
    productName: products.get(r.productId)?.name ?? '?',
  }));
}

const moveColumns = sql`m.id, ${isoText(sql`m.posted_at`)} as "postedAt", m.product_id as "productId", m.lot_id as "lotId",
  lot.number as "lotNumber", ${decimalText(sql`m.quantity`)} as quantity, src.code as "fromLocation", dst.code as "toLocation",
  ${decimalText(sql`m.unit_cost`)} as "unitCost", ${decimalText(sql`m.value`)} as value, m.move_type as "moveType", m.reason,
  m.source_type as "sourceType", m.source_id as "sourceId",
  coalesce(op.number, adj.number) as "documentNumber", u.name as "actorName"`;

const moveJoins = sql`join locations src on src.tenant_id = m.tenant_id and src.id = m.from_location_id
  join locations dst on dst.tenant_id = m.tenant_id and dst.id = m.to_location_id
  left join lots lot on lot.tenant_id = m.tenant_id and lot.id = m.lot_id
  left join stock_operations op on m.source_type = 'stock_operation' and op.tenant_id = m.tenant_id and op.id = m.source_id
  left join stock_adjustments adj on m.source_type = 'stock_adjustment' and adj.tenant_id = m.tenant_id and adj.id = m.source_id
  left join users u on u.id = m.actor_id`;

/** The stock ledger, newest first, filtered by product, lot, location, type, date or user. */
export async function moveHistory(
  ctx: TenantContext,
  filter: MoveFilter & { cursor?: string | undefined; limit: number },
) {
  const page = keyset({
    key: sql`m.posted_at`,
    id: sql`m.id`,
    descending: true,
    cursor: filter.cursor,
    keyType: 'timestamp',
  });
  const where = await conditions(ctx, filter);
  if (page.where) where.push(page.where);
  const rows = await queryRows<Omit<MoveView, 'sku' | 'productName'>>(
    ctx.tx,
    sql`select ${moveColumns} from stock_moves m ${moveJoins}
        where ${sql.join(where, sql` and `)}
        order by m.posted_at desc, m.id desc limit ${filter.limit + 1}`,
  );
  const result = toPage(rows, filter.limit, (last) => [last.postedAt, last.id]);
  return { items: await withProducts(ctx, result.items), nextCursor: result.nextCursor };
}

export async function allMoves(ctx: TenantContext, filter: MoveFilter, cap: number): Promise<MoveView[]> {
  const rows = await queryRows<Omit<MoveView, 'sku' | 'productName'>>(
    ctx.tx,
    sql`select ${moveColumns} from stock_moves m ${moveJoins}
        where ${sql.join(await conditions(ctx, filter), sql` and `)}
        order by m.posted_at desc, m.id desc limit ${cap}`,
  );
  return withProducts(ctx, rows);
}

/** Where a lot came from and where it went: its receipts, transfers, deliveries and returns. */
export async function traceLot(ctx: TenantContext, lotId: string) {
  const lot = await queryOne<{
    id: string;
    number: string;
    isSerial: boolean;
    expiryDate: string | null;
    productId: string;
  }>(
    ctx.tx,
    sql`select id, number, is_serial as "isSerial", expiry_date::text as "expiryDate", product_id as "productId"
        from lots where tenant_id = ${ctx.tenantId} and id = ${lotId}`,
  );
  if (!lot) return undefined;
  const [product] = await getProductsByIds(ctx, [lot.productId]);
  const moves = await queryRows<Omit<MoveView, 'sku' | 'productName'> & { partnerName: string | null }>(
    ctx.tx,
    sql`select ${moveColumns}, op.partner_name as "partnerName" from stock_moves m ${moveJoins}
        where m.tenant_id = ${ctx.tenantId} and m.lot_id = ${lotId} order by m.posted_at, m.id`,
  );
  const stock = await queryRows<{ locationCode: string; onHand: string; reserved: string }>(
    ctx.tx,
    sql`select loc.code as "locationCode", ${decimalText(sql`l.on_hand`)} as "onHand", ${decimalText(sql`l.reserved`)} as reserved
        from stock_levels l join locations loc on loc.tenant_id = l.tenant_id and loc.id = l.location_id
        where l.tenant_id = ${ctx.tenantId} and l.lot_id = ${lotId} and l.on_hand > 0 order by loc.code`,
  );
  return {
    lot: { ...lot, sku: product?.sku ?? '?', productName: product?.name ?? '?' },
    moves: moves.map((m) => ({ ...m, sku: product?.sku ?? '?', productName: product?.name ?? '?' })),
    stock,
  };
}

/** Lots of a product with stock, earliest expiry first: the order to pick them in (FEFO). */
export function lotsOfProduct(ctx: TenantContext, productId: string, locationId: string | undefined) {
  return queryRows<{
    lotId: string;
    number: string;
    isSerial: boolean;
    expiryDate: string | null;
    locationId: string;
    locationCode: string;
    onHand: string;
    available: string;
  }>(
    ctx.tx,
    sql`select lot.id as "lotId", lot.number, lot.is_serial as "isSerial", lot.expiry_date::text as "expiryDate",
               l.location_id as "locationId", loc.code as "locationCode",
               ${decimalText(sql`l.on_hand`)} as "onHand", ${decimalText(sql`l.on_hand - l.reserved`)} as available
        from stock_levels l
        join lots lot on lot.tenant_id = l.tenant_id and lot.id = l.lot_id
        join locations loc on loc.tenant_id = l.tenant_id and loc.id = l.location_id
        where l.tenant_id = ${ctx.tenantId} and l.product_id = ${productId} and l.on_hand > 0
          ${locationId ? sql`and l.location_id = ${locationId}` : sql``}
        order by lot.expiry_date nulls last, lot.number, loc.code`,
  );
}

/** A warehouse with its zones and locations and the stock in each location. */
export async function warehouseTree(ctx: TenantContext, warehouseId: string) {
  const [warehouse] = await ctx.tx
    .select()
    .from(warehouses)
    .where(and(eq(warehouses.tenantId, ctx.tenantId), eq(warehouses.id, warehouseId)));
  if (!warehouse) return undefined;
  const zoneRows = await ctx.tx
    .select()
    .from(zones)
    .where(and(eq(zones.tenantId, ctx.tenantId), eq(zones.warehouseId, warehouseId)))
    .orderBy(asc(zones.code));
  const locationRows = await queryRows<{
    id: string;
    zoneId: string | null;
    code: string;
    name: string;
    kind: LocationKind;
    isDefault: boolean;
    active: boolean;
    onHand: string;
    products: number;
  }>(
    ctx.tx,
    sql`select loc.id, loc.zone_id as "zoneId", loc.code, loc.name, loc.kind, loc.is_default as "isDefault", loc.active,
               ${decimalText(sql`coalesce(sum(l.on_hand), 0)`)} as "onHand",
               count(distinct l.product_id) filter (where l.on_hand > 0)::int as products
        from ${locations} loc
        left join stock_levels l on l.tenant_id = loc.tenant_id and l.location_id = loc.id
        where loc.tenant_id = ${ctx.tenantId} and loc.warehouse_id = ${warehouseId}
        group by loc.tenant_id, loc.id order by loc.code`,
  );
  return { warehouse, zones: zoneRows, locations: locationRows };
}
