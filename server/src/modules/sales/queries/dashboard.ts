import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { queryRows } from '../../../db/database.ts';
import { literalList } from '../../../db/sql-fragments.ts';
import { decimalOut, Exact } from '../../../platform/money.ts';
import { dashboardCard } from '../../dashboard/index.ts';
import { soldOrderStates } from '../sales-order.workflow.ts';

const counted = sql`o.state in (${literalList(soldOrderStates)})`;

const Month = z.object({ from: z.iso.date(), to: z.iso.date(), orders: z.number().int(), total: decimalOut });

/** This month's and last month's orders, in total and by day of the month, for the sales chart. */
export const salesCard = dashboardCard({
  key: 'sales',
  permission: 'sales.order.read',
  schema: z.object({
    thisMonth: Month,
    lastMonth: Month,
    byDay: z.array(z.object({ day: z.number().int(), thisMonth: decimalOut, lastMonth: decimalOut })),
  }),
  async load(ctx, { thisMonth, lastMonth }) {
    const rows = await queryRows<{ order_date: string; orders: number; total: string }>(
      ctx.tx,
      sql`select o.order_date::text as order_date, count(*)::int as orders, trim_scale(sum(o.total))::text as total
          from sales_orders o
          where o.tenant_id = ${ctx.tenantId} and o.order_date between ${lastMonth.from} and ${thisMonth.to} and ${counted}
          group by o.order_date`,
    );
    const month = (range: { from: string; to: string }) => {
      const inside = rows.filter((r) => r.order_date >= range.from && r.order_date <= range.to);
      return {
        ...range,
        orders: inside.reduce((sum, r) => sum + r.orders, 0),
        total: inside.reduce((sum, r) => sum.plus(r.total), new Exact(0)).toFixed(),
        byDay: new Map(inside.map((r) => [Number(r.order_date.slice(8, 10)), r.total])),
      };
    };
    const current = month(thisMonth);
    const previous = month(lastMonth);
    const days = Math.max(Number(thisMonth.to.slice(8, 10)), Number(lastMonth.to.slice(8, 10)));
    return {
      thisMonth: { from: current.from, to: current.to, orders: current.orders, total: current.total },
      lastMonth: { from: previous.from, to: previous.to, orders: previous.orders, total: previous.total },
      byDay: Array.from({ length: days }, (_, i) => ({
        day: i + 1,
        thisMonth: current.byDay.get(i + 1) ?? '0',
        lastMonth: previous.byDay.get(i + 1) ?? '0',
      })),
    };
  },
});

/** The five products sold for the most this month. */
export const topProductsCard = dashboardCard({
  key: 'topProducts',
  permission: 'sales.order.read',
  schema: z.array(
    z.object({ productId: z.uuid(), sku: z.string(), name: z.string(), quantity: decimalOut, total: decimalOut }),
  ),
  load: (ctx, { thisMonth }) =>
    queryRows<{ productId: string; sku: string; name: string; quantity: string; total: string }>(
      ctx.tx,
      sql`select l.product_id as "productId", max(l.sku) as sku, max(l.product_name) as name,
                 trim_scale(sum(l.quantity))::text as quantity, trim_scale(sum(l.line_total))::text as total
          from sales_orders o
          join sales_order_lines l on l.tenant_id = o.tenant_id and l.sales_order_id = o.id
          where o.tenant_id = ${ctx.tenantId} and o.order_date between ${thisMonth.from} and ${thisMonth.to} and ${counted}
          group by l.product_id
          order by sum(l.line_total) desc, max(l.sku)
          limit 5`,
    ),
});

/** The five customers who ordered for the most this month. */
export const topCustomersCard = dashboardCard({
  key: 'topCustomers',
  permission: 'sales.order.read',
  schema: z.array(z.object({ customerId: z.uuid(), name: z.string(), orders: z.number().int(), total: decimalOut })),
  load: (ctx, { thisMonth }) =>
    queryRows<{ customerId: string; name: string; orders: number; total: string }>(
      ctx.tx,
      sql`select o.customer_id as "customerId", max(o.customer_name) as name, count(*)::int as orders,
                 trim_scale(sum(o.total))::text as total
          from sales_orders o
          where o.tenant_id = ${ctx.tenantId} and o.order_date between ${thisMonth.from} and ${thisMonth.to} and ${counted}
          group by o.customer_id
          order by sum(o.total) desc, max(o.customer_name)
          limit 5`,
    ),
});
