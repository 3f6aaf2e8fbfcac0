import type { TenantContext } from '../../../db/database.ts';
import { applyTransition } from '../../../platform/transition.ts';
import { stockCountFlow } from '../stock-count.workflow.ts';
import { countFor } from './lock-stock-count.ts';

/** Counted → reviewed: a reviewer has checked the matching and the reasons. */
export async function reviewStockCount(ctx: TenantContext, id: string): Promise<void> {
  const count = await countFor(ctx, id, 'review');
  await applyTransition(ctx, stockCountFlow, count, 'review');
}
