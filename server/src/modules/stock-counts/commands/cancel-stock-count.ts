import { sql } from 'drizzle-orm';
import type { TenantContext } from '../../../db/database.ts';
import { applyTransition } from '../../../platform/transition.ts';
import { stockCountFlow } from '../stock-count.workflow.ts';
import { countFor } from './lock-stock-count.ts';

/** Any state before posting → cancelled; nothing was posted, so nothing is undone. */
export async function cancelStockCount(ctx: TenantContext, id: string, reason: string | undefined): Promise<void> {
  const count = await countFor(ctx, id, 'cancel');
  await applyTransition(ctx, stockCountFlow, count, 'cancel', {
    set: sql`cancel_reason = ${reason || null}`,
    audit: { reason: reason || null },
  });
}
