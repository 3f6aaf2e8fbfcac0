import { sql } from 'drizzle-orm';
import { type Database, queryRows, type TenantContext } from '../../../db/database.ts';
import { Exact } from '../../../platform/money.ts';
import { notifyMembersWith } from '../../../platform/notifications/notify.ts';
import { productsById } from '../../catalog/index.ts';
import { stockFigures } from '../queries/stock-queries.ts';

const STOCK_CHANGED = 'inventory.stock_changed';

/** Marks products whose on-hand or reserved stock this transaction changed, for the low-stock watch. */
export function noteStockChange(ctx: TenantContext, productIds: readonly string[]): void {
  if (productIds.length > 0) ctx.signal(STOCK_CHANGED, { tenantId: ctx.tenantId, productIds });
}

/**
 * Raises an alert for each of these products that has fallen under its reorder point (available
 * stock, as the low-stock list counts it), notifying whoever handles reordering, and clears the
 * alerts of those that recovered.
 */
export async function raiseLowStockAlerts(ctx: TenantContext, productIds: readonly string[]): Promise<string[]> {
  const products = await productsById(ctx, productIds);
  const figures = await stockFigures(ctx, [...products.keys()]);
  const isLow = (id: string) => {
    const p = products.get(id)!;
    if (!p.active || p.type === 'service' || !new Exact(p.reorderPoint).gt(0)) return false;
    return new Exact(figures.get(id)?.available ?? 0).lt(p.reorderPoint);
  };
  const low = [...products.keys()].filter(isLow);
  const recovered = [...products.keys()].filter((id) => !isLow(id));
  if (recovered.length > 0) {
    await ctx.tx.execute(
      sql`delete from low_stock_alerts where tenant_id = ${ctx.tenantId} and product_id = any(${sql.param(recovered)}::uuid[])`,
    );
  }
  if (low.length === 0) return [];
  const raised = await queryRows<{ product_id: string }>(
    ctx.tx,
    sql`insert into low_stock_alerts (tenant_id, product_id)
        select ${ctx.tenantId}, id from unnest(${sql.param(low)}::uuid[]) as p(id)
        on conflict do nothing
        returning product_id`,
  );
  for (const { product_id } of raised) {
    const p = products.get(product_id)!;
    const available = new Exact(figures.get(product_id)?.available ?? 0).toFixed();
    await notifyMembersWith(ctx, 'inventory.reorder.notify', {
      topic: 'inventory.low_stock',
      title: `Low stock: ${p.sku} ${p.name}`,
      body: `${available} ${p.unitOfMeasure} available, under the reorder point of ${p.reorderPoint}; reorder ${p.reorderQuantity}.`,
      link: '/inventory/low-stock',
    });
  }
  return raised.map((r) => r.product_id);
}

/**
 * Checks the products that committed transactions changed, a few times a second per company, off
 * the request path: the confirm hot path only records which products it touched.
 */
export function watchLowStock(
  db: Database,
  onError: (error: unknown) => void,
  intervalMs = 250,
): { stop(): Promise<void> } {
  const pending = new Map<string, Set<string>>();
  let timer: NodeJS.Timeout | null = null;
  let flushing: Promise<void> = Promise.resolve();

  const flush = async () => {
    timer = null;
    const batch = [...pending.entries()];
    pending.clear();
    for (const [tenantId, productIds] of batch) {
      await db
        .withTenant(tenantId, { userId: null }, (ctx) => raiseLowStockAlerts(ctx, [...productIds]))
        .catch(onError);
    }
  };
  const stop = db.onSignal(STOCK_CHANGED, (payload) => {
    const { tenantId, productIds } = payload as { tenantId: string; productIds: string[] };
    const set = pending.get(tenantId) ?? new Set();
    for (const id of productIds) set.add(id);
    pending.set(tenantId, set);
    if (timer) return;
    timer = setTimeout(() => {
      flushing = flushing.then(flush);
    }, intervalMs);
    timer.unref();
  });
  return {
    async stop() {
      stop();
      if (timer) clearTimeout(timer);
      await flushing;
    },
  };
}
