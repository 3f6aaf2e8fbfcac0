import type { TenantContext } from '../../../db/database.ts';
import type { FieldProblem } from '../../../platform/errors.ts';
import { ValidationFailed } from '../../../platform/errors.ts';
import { companyCurrency } from '../../../platform/tenancy/company-calendar.ts';
import { applyTransition } from '../../../platform/transition.ts';
import { countLines, countTotals, describeLine, matchLine } from '../queries/count-lines.ts';
import { stockCountFlow } from '../stock-count.workflow.ts';
import { assertMayCount, type Counter, countFor } from './lock-stock-count.ts';

/**
 * Counting → counted, once every line is counted, none waits for a recount, and every variance
 * has its reason. A refusal names each line that stops it (`lines.N.countedQuantity`,
 * `lines.N.recount`, `lines.N.reason`, N counting from 0 in line order).
 */
export async function finishCounting(ctx: TenantContext, id: string, counter: Counter): Promise<void> {
  const count = await countFor(ctx, id, 'finish');
  assertMayCount(ctx, count, counter);
  const lines = await countLines(ctx, id);
  const currency = await companyCurrency(ctx);
  const problems: FieldProblem[] = [];
  for (const [i, line] of lines.entries()) {
    const match = matchLine(line, currency);
    if (!match.variance) {
      problems.push({ path: `lines.${i}.countedQuantity`, message: `Count ${describeLine(line)}` });
    } else if (line.recount) {
      problems.push({ path: `lines.${i}.recount`, message: `Recount ${describeLine(line)}, then clear its flag` });
    } else if (!match.variance.isZero() && !line.reason) {
      problems.push({
        path: `lines.${i}.reason`,
        message: `Give the reason for the variance of ${describeLine(line)}`,
      });
    }
  }
  if (problems.length > 0) {
    throw new ValidationFailed(
      `Counting cannot be finished yet: ${problems.length} line${problems.length === 1 ? '' : 's'} to complete. ${problems
        .slice(0, 5)
        .map((p) => p.message)
        .join('; ')}${problems.length > 5 ? '; …' : ''}`,
      problems,
    );
  }
  const totals = countTotals(lines, currency);
  await applyTransition(ctx, stockCountFlow, count, 'finish', {
    audit: {
      lines: totals.lines,
      linesWithVariance: totals.linesWithVariance,
      netVarianceValue: totals.netVarianceValue.toFixed(),
      absoluteVarianceValue: totals.absoluteVarianceValue.toFixed(),
    },
  });
}
