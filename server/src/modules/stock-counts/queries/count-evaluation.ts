import { sql } from 'drizzle-orm';
import { queryOne, queryRows, type TenantContext } from '../../../db/database.ts';
import { decimalText, literalList } from '../../../db/sql-fragments.ts';
import { currencyDecimals, Exact } from '../../../platform/money.ts';
import { companyCurrency } from '../../../platform/tenancy/company-calendar.ts';
import type { VarianceReason } from '../schema.ts';
import { openCountStates, stockCountFlow } from '../stock-count.workflow.ts';

export interface EvaluationFilter {
  dateFrom: string;
  dateTo: string;
  warehouseId?: string | undefined;
}

/**
 * How counting goes over a period of planned dates: counts per month by outcome, and for posted
 * counts the variance value per reason and the accuracy (lines found as the system had them, and
 * the share of the counted stock value that did not differ).
 */
export async function countEvaluation(ctx: TenantContext, filter: EvaluationFilter) {
  const currency = await companyCurrency(ctx);
  const decimals = currencyDecimals(currency);
  const posted = stockCountFlow.transitions.post.to;
  const cancelled = stockCountFlow.transitions.cancel.to;
  const inRange = sql`c.tenant_id = ${ctx.tenantId} and c.planned_date between ${filter.dateFrom} and ${filter.dateTo}
    ${filter.warehouseId ? sql`and c.warehouse_id = ${filter.warehouseId}` : sql``}`;
  const lineValue = sql`round((l.counted_quantity - l.system_quantity) * l.unit_cost, ${decimals})`;
  const postedLines = sql`stock_count_lines l join stock_counts c on c.tenant_id = l.tenant_id and c.id = l.count_id
    where ${inRange} and c.state = ${posted} and l.tenant_id = ${ctx.tenantId}`;

  const months = await queryRows<{ month: string; counts: number; posted: number; cancelled: number; open: number }>(
    ctx.tx,
    sql`select to_char(c.planned_date, 'YYYY-MM') as month, count(*)::int as counts,
               count(*) filter (where c.state = ${posted})::int as posted,
               count(*) filter (where c.state = ${cancelled})::int as cancelled,
               count(*) filter (where c.state in (${literalList(openCountStates)}))::int as open
        from stock_counts c where ${inRange}
        group by 1 order by 1`,
  );
  const monthValues = await queryRows<{ month: string; netVarianceValue: string; absoluteVarianceValue: string }>(
    ctx.tx,
    sql`select to_char(c.planned_date, 'YYYY-MM') as month,
               ${decimalText(sql`sum(${lineValue})`)} as "netVarianceValue",
               ${decimalText(sql`sum(abs(${lineValue}))`)} as "absoluteVarianceValue"
        from ${postedLines}
        group by 1`,
  );
  const reasons = await queryRows<{
    reason: VarianceReason;
    lines: number;
    netVarianceValue: string;
    absoluteVarianceValue: string;
  }>(
    ctx.tx,
    sql`select coalesce(l.reason, 'unknown') as reason, count(*)::int as lines,
               ${decimalText(sql`sum(${lineValue})`)} as "netVarianceValue",
               ${decimalText(sql`sum(abs(${lineValue}))`)} as "absoluteVarianceValue"
        from ${postedLines} and l.counted_quantity <> l.system_quantity
        group by 1 order by sum(abs(${lineValue})) desc, 1`,
  );
  const accuracy = await queryOne<{
    counts: number;
    lines: number;
    accurateLines: number;
    systemValue: string;
    absoluteVarianceValue: string;
  }>(
    ctx.tx,
    sql`select count(distinct c.id)::int as counts, count(*)::int as lines,
               count(*) filter (where l.counted_quantity = l.system_quantity)::int as "accurateLines",
               ${decimalText(sql`coalesce(sum(round(l.system_quantity * l.unit_cost, ${decimals})), 0)`)} as "systemValue",
               ${decimalText(sql`coalesce(sum(abs(${lineValue})), 0)`)} as "absoluteVarianceValue"
        from ${postedLines}`,
  );
  const monthValue = new Map(monthValues.map((m) => [m.month, m]));
  const a = accuracy!;
  const percent = (part: Exact, whole: Exact) =>
    whole.isZero() ? null : part.div(whole).times(100).toDecimalPlaces(2, Exact.ROUND_HALF_UP).toFixed();
  return {
    currency,
    dateFrom: filter.dateFrom,
    dateTo: filter.dateTo,
    months: months.map((m) => ({
      ...m,
      netVarianceValue: monthValue.get(m.month)?.netVarianceValue ?? '0',
      absoluteVarianceValue: monthValue.get(m.month)?.absoluteVarianceValue ?? '0',
    })),
    reasons,
    accuracy: {
      postedCounts: a.counts,
      lines: a.lines,
      accurateLines: a.accurateLines,
      lineAccuracyPercent: percent(new Exact(a.accurateLines), new Exact(a.lines)),
      systemValue: a.systemValue,
      absoluteVarianceValue: a.absoluteVarianceValue,
      valueAccuracyPercent: percent(
        Exact.max(0, new Exact(a.systemValue).minus(a.absoluteVarianceValue)),
        new Exact(a.systemValue),
      ),
    },
  };
}
