import { sql } from 'drizzle-orm';
import { queryOne, type TenantContext } from '../../../db/database.ts';
import { literalList } from '../../../db/sql-fragments.ts';
import { auditInsert } from '../../../platform/audit/audit.ts';
import { Exact } from '../../../platform/money.ts';
import { refuseTransition, transitionAudit, transitionUpdate } from '../../../platform/transition.ts';
import { openReceivableSql } from '../../accounting/index.ts';
import { type ReservationOutcome, reservationsOrShortage, reserveStockCtes } from '../../inventory/index.ts';
import { creditLimitOf, lockCustomer } from '../../partners/index.ts';
import { CreditLimitExceeded } from '../errors.ts';
import {
  orderStateColumns,
  type SalesOrderStateView,
  type SalesOrderTransition,
  withActions,
} from '../queries/sales-order-queries.ts';
import { committedOrderStates, salesOrderFlow } from '../sales-order.workflow.ts';

/**
 * The customer's open amount must stay within the credit limit: what the ledger says they owe
 * (open receivable) plus what confirmed orders, this one included, will still invoice. The
 * customer row is locked only when there is a limit, after the stock rows: every command takes
 * stock before customers, so the locks never cross.
 */
async function assertWithinCreditLimit(
  ctx: TenantContext,
  order: SalesOrderStateView & { customerId: string },
  creditLimit: string,
) {
  const customer = await lockCustomer(ctx, order.customerId);
  const open = await queryOne<{ amount: string }>(
    ctx.tx,
    sql`select trim_scale(${openReceivableSql(ctx, sql`${order.customerId}::uuid`)}
                + (select coalesce(sum(total - invoiced_amount), 0) from sales_orders
                   where tenant_id = ${ctx.tenantId} and customer_id = ${order.customerId}
                     and state in (${literalList(committedOrderStates)})))::text as amount`,
  );
  if (new Exact(open!.amount).gt(creditLimit)) {
    throw new CreditLimitExceeded({
      customer: customer!.name,
      creditLimit,
      openAmount: open!.amount,
      orderTotal: order.total,
    });
  }
}

/**
 * Draft → confirmed, reserving the stock of every stocked line at once. This is the busiest write
 * of the product, so it is one prepared statement between BEGIN and COMMIT: the transition's
 * conditional update claims the draft (of ten simultaneous confirmations one matches, the others
 * find it no longer draft), the lines' demand is reserved by inventory's CTEs, the transition's
 * audit row is written, and the order's new state comes back with the customer's credit limit. A shortage or the credit limit
 * then throws, and the transaction rolls everything back.
 */
export async function confirmSalesOrder(
  ctx: TenantContext,
  id: string,
  options: { overrideCreditLimit: boolean },
): Promise<SalesOrderTransition> {
  const draft = { id, state: 'draft' } as const;
  const transition = { audit: options.overrideCreditLimit ? { creditLimitOverridden: true } : {} };
  const [confirmed] = await ctx.prepared<
    SalesOrderStateView & { customerId: string; creditLimit: string | null; outcome: ReservationOutcome[] }
  >(
    'sales.confirm_order',
    sql`with claimed as (
          ${transitionUpdate(ctx, salesOrderFlow, draft, 'confirm', { returning: sql`*` })}
        ), demand as (
          select l.product_id, sum(l.quantity) as quantity
          from sales_order_lines l
          where l.tenant_id = ${ctx.tenantId} and l.sales_order_id = (select id from claimed) and l.stocked
          group by l.product_id
        ), ${reserveStockCtes(ctx, {
          demand: 'demand',
          warehouseId: sql`(select warehouse_id from claimed)`,
          sourceType: 'sales_order',
          sourceId: sql`(select id from claimed)`,
        })}, audited as (${auditInsert(ctx, transitionAudit(salesOrderFlow, draft, 'confirm', transition))})
        select ${orderStateColumns()}, o.customer_id as "customerId",
               ${creditLimitOf(ctx, sql`o.customer_id`)} as "creditLimit",
               (select coalesce(json_agg(r order by r."productId"), '[]') from reservation_outcome r) as outcome
        from claimed o`,
  );
  if (!confirmed) return refuseTransition(ctx, salesOrderFlow, id, 'confirm');
  const { creditLimit, outcome, customerId, ...order } = confirmed;
  const reservations = await reservationsOrShortage(ctx, outcome);
  if (creditLimit !== null && !options.overrideCreditLimit) {
    await assertWithinCreditLimit(ctx, { ...order, customerId }, creditLimit);
  }
  return withActions(order, reservations);
}
