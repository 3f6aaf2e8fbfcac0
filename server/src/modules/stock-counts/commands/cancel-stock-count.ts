import { sql } from 'drizzle-orm';
import type { TenantContext } from '../../../db/database.ts';
import { applyTransition, countFor } from './transition.ts';

/** Any state before posting → cancelled; nothing was posted, so nothing is undone. */
export async function cancelStockCount(ctx: TenantContext, id: string, reason: string | undefined): Promise<void> {
  const count = await countFor(ctx, id, 'cancel');
  await applyTransition(ctx, count, 'cancel', {
    set: sql`cancel_reason = ${reason || null}`,
    audit: { reason: reason || null },
  });
}
