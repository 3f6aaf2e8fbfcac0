import type { TenantContext } from '../../../db/database.ts';
import { companyCurrency } from '../../../platform/tenancy/company-calendar.ts';
import { applyTransition } from '../../../platform/transition.ts';
import { ApprovalNeedsManager } from '../errors.ts';
import { countLines, countTotals } from '../queries/count-lines.ts';
import { stockCountSettings } from '../settings.ts';
import { stockCountFlow } from '../stock-count.workflow.ts';
import { countFor } from './lock-stock-count.ts';

/**
 * Reviewed → approved. Whoever may review approves a count whose total variance value (gains and
 * losses without their sign) is within the company's threshold; above it only a manager may
 * (`inventory.count.approve`), and others get 403 `approval_needs_manager`.
 */
export async function approveStockCount(
  ctx: TenantContext,
  id: string,
  approver: { canApproveAboveThreshold: boolean },
): Promise<void> {
  const count = await countFor(ctx, id, 'approve');
  const currency = await companyCurrency(ctx);
  const totals = countTotals(await countLines(ctx, id), currency);
  const { approvalThreshold } = await stockCountSettings(ctx);
  const aboveThreshold = totals.absoluteVarianceValue.gt(approvalThreshold);
  if (aboveThreshold && !approver.canApproveAboveThreshold) {
    throw new ApprovalNeedsManager({
      varianceValue: totals.absoluteVarianceValue.toFixed(),
      threshold: approvalThreshold,
      currency,
    });
  }
  await applyTransition(ctx, stockCountFlow, count, 'approve', {
    audit: {
      absoluteVarianceValue: totals.absoluteVarianceValue.toFixed(),
      approvalThreshold,
      aboveThreshold,
    },
  });
}
