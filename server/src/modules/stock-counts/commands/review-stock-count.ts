import type { TenantContext } from '../../../db/database.ts';
import { applyTransition, countFor } from './transition.ts';

/** Counted → reviewed: a reviewer has checked the matching and the reasons. */
export async function reviewStockCount(ctx: TenantContext, id: string): Promise<void> {
  const count = await countFor(ctx, id, 'review');
  await applyTransition(ctx, count, 'review');
}
