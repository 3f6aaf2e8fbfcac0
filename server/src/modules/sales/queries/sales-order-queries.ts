import { and, eq, gte, inArray, like, lte, type SQL, sql } from 'drizzle-orm';
import { queryOne, type TenantContext } from '../../../db/database.ts';
import { decimalText, isoText, startsWithPattern } from '../../../db/sql-fragments.ts';
import { keyset, parseSort, toPage } from '../../../platform/http/pagination.ts';
import { listReservations, operationsOfSource, type Reservation } from '../../inventory/index.ts';
import { salesOrderFlow } from '../sales-order.workflow.ts';
import { type SalesOrderState, salesOrders } from '../schema.ts';

/**
 * The order as the API shows it, as SQL over a row aliased `o`: the detail query selects it and
 * state changes return it, so an order reads the same whichever way it was fetched.
 */
/** The order's number as a scalar subquery, for other modules' lists (an invoice's order). */
export function salesOrderNumberOf(ctx: TenantContext, orderId: SQL): SQL {
  return sql`(select o.number from sales_orders o where o.tenant_id = ${ctx.tenantId} and o.id = ${orderId})`;
}

export function orderDetailColumns(ctx: TenantContext): SQL {
  return sql`o.id, o.number, o.customer_id as "customerId", o.customer_name as "customerName",
    o.order_date::text as "orderDate", o.currency, o.state, o.warehouse_id as "warehouseId", o.notes,
    ${decimalText(sql`o.subtotal`)} as subtotal, ${decimalText(sql`o.discount_total`)} as "discountTotal",
    ${decimalText(sql`o.total`)} as total, ${isoText(sql`o.created_at`)} as "createdAt",
    ${isoText(sql`o.updated_at`)} as "updatedAt", ${isoText(sql`o.confirmed_at`)} as "confirmedAt",
    ${isoText(sql`o.cancelled_at`)} as "cancelledAt", o.cancel_reason as "cancelReason",
    (select coalesce(json_agg(json_build_object(
        'id', l.id, 'lineNo', l.line_no, 'productId', l.product_id, 'sku', l.sku, 'productName', l.product_name,
        'description', l.description, 'unitOfMeasure', l.unit_of_measure, 'stocked', l.stocked,
        'quantity', ${decimalText(sql`l.quantity`)}, 'unitPrice', ${decimalText(sql`l.unit_price`)},
        'discountPercent', ${decimalText(sql`l.discount_percent`)}, 'lineTotal', ${decimalText(sql`l.line_total`)},
        'deliveredQuantity', ${decimalText(sql`l.delivered_quantity`)}, 'returnedQuantity', ${decimalText(sql`l.returned_quantity`)},
        'invoicedQuantity', ${decimalText(sql`l.invoiced_quantity`)})
        order by l.line_no), '[]')
     from sales_order_lines l where l.tenant_id = ${ctx.tenantId} and l.sales_order_id = o.id) as lines`;
}

export interface SalesOrderLineView {
  id: string;
  lineNo: number;
  productId: string;
  sku: string;
  productName: string;
  description: string | null;
  unitOfMeasure: string;
  stocked: boolean;
  quantity: string;
  unitPrice: string;
  discountPercent: string;
  lineTotal: string;
  deliveredQuantity: string;
  returnedQuantity: string;
  invoicedQuantity: string;
}

export interface SalesOrderView {
  id: string;
  number: string;
  customerId: string;
  customerName: string;
  orderDate: string;
  currency: string;
  state: SalesOrderState;
  warehouseId: string;
  notes: string | null;
  subtotal: string;
  discountTotal: string;
  total: string;
  createdAt: string;
  updatedAt: string;
  confirmedAt: string | null;
  cancelledAt: string | null;
  cancelReason: string | null;
  lines: SalesOrderLineView[];
}

/**
 * What a state change answers with, over a row aliased `o`: the order's new state, not the whole
 * document (its lines do not change; GET the order for them). Kept small because confirmation is
 * the busiest write of the product.
 */
export function orderStateColumns(alias = 'o'): SQL {
  const o = sql.raw(alias);
  return sql`${o}.id, ${o}.number, ${o}.state, ${decimalText(sql`${o}.total`)} as total,
    ${isoText(sql`${o}.confirmed_at`)} as "confirmedAt", ${isoText(sql`${o}.cancelled_at`)} as "cancelledAt",
    ${isoText(sql`${o}.updated_at`)} as "updatedAt"`;
}

export interface SalesOrderStateView {
  id: string;
  number: string;
  state: SalesOrderState;
  total: string;
  confirmedAt: string | null;
  cancelledAt: string | null;
  updatedAt: string;
}

export type SalesOrderTransition = SalesOrderStateView & {
  reservations: Reservation[];
  allowedActions: ReturnType<typeof salesOrderFlow.actionsFrom>;
};

export function withActions<T extends SalesOrderStateView>(order: T, reservations: Reservation[]) {
  return { ...order, reservations, allowedActions: salesOrderFlow.actionsFrom(order.state) };
}

export async function getSalesOrder(ctx: TenantContext, id: string) {
  const order = await queryOne<SalesOrderView>(
    ctx.tx,
    sql`select ${orderDetailColumns(ctx)} from sales_orders o where o.tenant_id = ${ctx.tenantId} and o.id = ${id}`,
  );
  if (!order) return undefined;
  const source = { type: 'sales_order', id };
  return {
    ...withActions(order, await listReservations(ctx, source)),
    stockOperations: await operationsOfSource(ctx, source),
  };
}

export const salesOrderSorts = [
  '-orderDate',
  'orderDate',
  '-number',
  'number',
  'customerName',
  '-customerName',
  'state',
  '-state',
  'total',
  '-total',
] as const;

type SalesOrderSortField = Exclude<(typeof salesOrderSorts)[number], `-${string}`>;

/** Each sort's column and how its value travels in the cursor; ties break on the id. */
const sortKeys = {
  orderDate: { column: salesOrders.orderDate, keyType: 'date' },
  number: { column: salesOrders.number, keyType: 'text' },
  customerName: { column: salesOrders.customerName, keyType: 'text' },
  state: { column: salesOrders.state, keyType: 'text' },
  total: { column: salesOrders.total, keyType: 'decimal' },
} as const satisfies Record<SalesOrderSortField, { column: unknown; keyType: string }>;

export interface SalesOrderFilter {
  state?: SalesOrderState | undefined;
  customerId?: string | undefined;
  dateFrom?: string | undefined;
  dateTo?: string | undefined;
  q?: string | undefined;
  /** Only these orders (the rows a user selected), still within the other filters. */
  ids?: string[] | undefined;
}

const listColumns = {
  id: salesOrders.id,
  number: salesOrders.number,
  customerId: salesOrders.customerId,
  customerName: salesOrders.customerName,
  orderDate: salesOrders.orderDate,
  state: salesOrders.state,
  currency: salesOrders.currency,
  total: salesOrders.total,
  createdAt: salesOrders.createdAt,
};

function conditions(ctx: TenantContext, filter: SalesOrderFilter) {
  return [
    eq(salesOrders.tenantId, ctx.tenantId),
    filter.state ? eq(salesOrders.state, filter.state) : undefined,
    filter.customerId ? eq(salesOrders.customerId, filter.customerId) : undefined,
    filter.dateFrom ? gte(salesOrders.orderDate, filter.dateFrom) : undefined,
    filter.dateTo ? lte(salesOrders.orderDate, filter.dateTo) : undefined,
    filter.q ? like(salesOrders.number, startsWithPattern(filter.q.toUpperCase())) : undefined,
    filter.ids ? inArray(salesOrders.id, filter.ids) : undefined,
  ];
}

/** One page of orders; every filter combination walks an index of (tenant, filter, date, id). */
export async function listSalesOrders(
  ctx: TenantContext,
  filter: SalesOrderFilter & { sort: (typeof salesOrderSorts)[number]; cursor?: string | undefined; limit: number },
) {
  const { field, descending } = parseSort(filter.sort);
  const { column, keyType } = sortKeys[field];
  const page = keyset({ key: column, id: salesOrders.id, descending, cursor: filter.cursor, keyType });
  const rows = await ctx.tx
    .select(listColumns)
    .from(salesOrders)
    .where(and(...conditions(ctx, filter), page.where))
    .orderBy(...page.orderBy)
    .limit(filter.limit + 1);
  return toPage(rows, filter.limit, (last) => [String(last[field]), last.id]);
}

export function listAllSalesOrders(ctx: TenantContext, filter: SalesOrderFilter, cap: number) {
  return ctx.tx
    .select(listColumns)
    .from(salesOrders)
    .where(and(...conditions(ctx, filter)))
    .orderBy(sql`${salesOrders.orderDate} desc`, sql`${salesOrders.id} desc`)
    .limit(cap);
}

export const salesOrderGroupings = ['state', 'customer'] as const;

/**
 * The orders of the filters grouped by state or customer: how many, and their total in the
 * company currency (orders are in it). The biggest groups first, at most 100 of them.
 */
export function groupSalesOrders(
  ctx: TenantContext,
  filter: SalesOrderFilter,
  by: (typeof salesOrderGroupings)[number],
) {
  const key = by === 'state' ? salesOrders.state : salesOrders.customerId;
  const label = by === 'state' ? salesOrders.state : sql<string>`max(${salesOrders.customerName})`;
  const count = sql<number>`count(*)::int`;
  return ctx.tx
    .select({ key, label, count, total: sql<string>`trim_scale(sum(${salesOrders.total}))::text` })
    .from(salesOrders)
    .where(and(...conditions(ctx, filter)))
    .groupBy(key)
    .orderBy(sql`${count} desc`, key)
    .limit(100);
}
