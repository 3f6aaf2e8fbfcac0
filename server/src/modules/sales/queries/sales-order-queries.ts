import { and, asc, eq, gte, like, lte, sql } from 'drizzle-orm';
import { queryOne, type TenantContext } from '../../../db/database.ts';
import { keyset, parseSort, toPage } from '../../../platform/http/pagination.ts';
import { listReservations } from '../../inventory/index.ts';
import { salesOrderFlow } from '../sales-order.workflow.ts';
import { type SalesOrderState, salesOrderLines, salesOrders } from '../schema.ts';

export async function getSalesOrder(ctx: TenantContext, id: string) {
  const [order] = await ctx.tx
    .select()
    .from(salesOrders)
    .where(and(eq(salesOrders.tenantId, ctx.tenantId), eq(salesOrders.id, id)));
  if (!order) return undefined;
  const lines = await ctx.tx
    .select()
    .from(salesOrderLines)
    .where(and(eq(salesOrderLines.tenantId, ctx.tenantId), eq(salesOrderLines.salesOrderId, id)))
    .orderBy(asc(salesOrderLines.lineNo));
  const reservations = await listReservations(ctx, { type: 'sales_order', id });
  return { ...order, lines, reservations, allowedActions: salesOrderFlow.actionsFrom(order.state) };
}

export type SalesOrderDetail = NonNullable<Awaited<ReturnType<typeof getSalesOrder>>>;

export const salesOrderSorts = ['-orderDate', 'orderDate', '-number', 'number'] as const;

export interface SalesOrderFilter {
  state?: SalesOrderState | undefined;
  customerId?: string | undefined;
  dateFrom?: string | undefined;
  dateTo?: string | undefined;
  q?: string | undefined;
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
    filter.q ? like(salesOrders.number, `${filter.q.toUpperCase().replace(/[\\%_]/g, '\\$&')}%`) : undefined,
  ];
}

/** One page of orders; every filter combination walks an index of (tenant, filter, date, id). */
export async function listSalesOrders(
  ctx: TenantContext,
  filter: SalesOrderFilter & { sort: (typeof salesOrderSorts)[number]; cursor?: string | undefined; limit: number },
) {
  const { field, descending } = parseSort(filter.sort);
  const page = keyset({
    key: field === 'number' ? salesOrders.number : salesOrders.orderDate,
    id: salesOrders.id,
    descending,
    cursor: filter.cursor,
  });
  const rows = await ctx.tx
    .select(listColumns)
    .from(salesOrders)
    .where(and(...conditions(ctx, filter), page.where))
    .orderBy(...page.orderBy)
    .limit(filter.limit + 1);
  return toPage(rows, filter.limit, (last) => [field === 'number' ? last.number : last.orderDate, last.id]);
}

export function listAllSalesOrders(ctx: TenantContext, filter: SalesOrderFilter, cap: number) {
  return ctx.tx
    .select(listColumns)
    .from(salesOrders)
    .where(and(...conditions(ctx, filter)))
    .orderBy(sql`${salesOrders.orderDate} desc`, sql`${salesOrders.id} desc`)
    .limit(cap);
}

/** Orders confirmed or further (not drafts, not cancelled) in a date range, for the dashboard. */
export async function salesInPeriod(ctx: TenantContext, from: string, to: string) {
  const row = await queryOne<{ orders: number; total: string }>(
    ctx.tx,
    sql`select count(*)::int as orders, trim_scale(coalesce(sum(total), 0))::text as total
        from sales_orders
        where tenant_id = ${ctx.tenantId} and order_date between ${from} and ${to}
          and state not in ('draft', 'cancelled')`,
  );
  return row ?? { orders: 0, total: '0' };
}
