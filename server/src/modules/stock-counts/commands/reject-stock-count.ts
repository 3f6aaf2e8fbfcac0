import { and, eq, inArray, sql } from 'drizzle-orm';
import type { TenantContext } from '../../../db/database.ts';
import { invalidField } from '../../../platform/errors.ts';
import { applyTransition } from '../../../platform/transition.ts';
import { countLines } from '../queries/count-lines.ts';
import { stockCountLines } from '../schema.ts';
import { stockCountFlow } from '../stock-count.workflow.ts';
import { countFor } from './lock-stock-count.ts';

/**
 * Counted, reviewed or approved → back to counting, with the reason kept on the count. Lines the
 * reviewer names are flagged for a recount; the review and approval of the earlier pass are
 * cleared (the audit trail keeps them).
 */
export async function rejectStockCount(
  ctx: TenantContext,
  id: string,
  input: { reason: string; recountLineIds?: string[] | undefined },
): Promise<void> {
  const count = await countFor(ctx, id, 'reject');
  const recount = [...new Set(input.recountLineIds ?? [])];
  if (recount.length > 0) {
    const known = new Set((await countLines(ctx, id)).map((l) => l.id));
    for (const [i, lineId] of recount.entries()) {
      if (!known.has(lineId)) invalidField(`recountLineIds.${i}`, 'Not a line of this count');
    }
    await ctx.tx
      .update(stockCountLines)
      .set({ recount: true })
      .where(
        and(
          eq(stockCountLines.tenantId, ctx.tenantId),
          eq(stockCountLines.countId, id),
          inArray(stockCountLines.id, recount),
        ),
      );
  }
  await applyTransition(ctx, stockCountFlow, count, 'reject', {
    set: sql`reject_reason = ${input.reason}, counted_at = null, counted_by = null, reviewed_at = null,
             reviewed_by = null, approved_at = null, approved_by = null`,
    audit: { reason: input.reason, recountLines: recount.length },
  });
}
