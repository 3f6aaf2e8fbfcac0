import { sql } from 'drizzle-orm';
import { queryOne, type TenantContext } from '../../../db/database.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { Exact } from '../../../platform/money.ts';
import { reserveStock, type StockDemand } from '../../inventory/index.ts';
import { getCustomer, lockCustomer } from '../../partners/index.ts';
import { CreditLimitExceeded } from '../errors.ts';
import { refuseTransition } from './save-sales-order.ts';

interface ClaimedOrder {
  customer_id: string;
  warehouse_id: string;
  total: string;
  demand: StockDemand[];
}

/**
 * The customer's open amount (confirmed orders not yet invoiced, this one included) must stay
 * within the credit limit. The customer row is locked only when there is a limit, after the
 * stock rows: every command takes stock before customers, so the locks never cross.
 */
async function assertWithinCreditLimit(ctx: TenantContext, customerId: string, total: string) {
  const customer = await getCustomer(ctx, customerId);
  if (customer?.creditLimit == null) return;
  await lockCustomer(ctx, customerId);
  const open = await queryOne<{ amount: string }>(
    ctx.tx,
    sql`select coalesce(sum(total), 0)::text as amount from sales_orders
        where tenant_id = ${ctx.tenantId} and customer_id = ${customerId}
          and state in ('confirmed', 'partially_delivered', 'delivered')`,
  );
  if (new Exact(open!.amount).gt(customer.creditLimit)) {
    throw new CreditLimitExceeded({
      customer: customer.name,
      creditLimit: customer.creditLimit,
      openAmount: new Exact(open!.amount).toFixed(),
      orderTotal: total,
    });
  }
}

/**
 * Draft → confirmed, reserving the stock of every stocked line at once. The state changes by a
 * conditional update first, so of ten simultaneous confirmations one proceeds and the rest find
 * the order no longer draft; a shortage or the credit limit then rolls everything back.
 */
export async function confirmSalesOrder(
  ctx: TenantContext,
  id: string,
  options: { overrideCreditLimit: boolean },
): Promise<void> {
  const claimed = await queryOne<ClaimedOrder>(
    ctx.tx,
    sql`update sales_orders set state = 'confirmed', confirmed_at = now(), confirmed_by = ${ctx.actor.userId}, updated_at = now()
        where tenant_id = ${ctx.tenantId} and id = ${id} and state = 'draft'
        returning customer_id, warehouse_id, trim_scale(total)::text as total,
          (select coalesce(json_agg(json_build_object('productId', l.product_id, 'quantity', l.quantity::text)), '[]')
           from sales_order_lines l
           where l.tenant_id = ${ctx.tenantId} and l.sales_order_id = ${id} and l.stocked) as demand`,
  );
  if (!claimed) {
    return refuseTransition(
      ctx,
      id,
      'confirm',
      (state) => `Only draft orders can be confirmed; this order is ${state}`,
    );
  }
  await reserveStock(ctx, { type: 'sales_order', id }, claimed.warehouse_id, claimed.demand);
  if (!options.overrideCreditLimit) await assertWithinCreditLimit(ctx, claimed.customer_id, claimed.total);
  await recordAudit(ctx, {
    action: 'sales_order.confirmed',
    entity: 'sales_order',
    entityId: id,
    before: { state: 'draft' },
    after: { state: 'confirmed', ...(options.overrideCreditLimit ? { creditLimitOverridden: true } : {}) },
  });
}
