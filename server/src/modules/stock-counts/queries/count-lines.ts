import { and, asc, eq } from 'drizzle-orm';
import type { TenantContext } from '../../../db/database.ts';
import { Exact, roundMoney } from '../../../platform/money.ts';
import { stockCountLines } from '../schema.ts';

export type StockCountLineRow = typeof stockCountLines.$inferSelect;

export function countLines(ctx: TenantContext, countId: string): Promise<StockCountLineRow[]> {
  return ctx.tx
    .select()
    .from(stockCountLines)
    .where(and(eq(stockCountLines.tenantId, ctx.tenantId), eq(stockCountLines.countId, countId)))
    .orderBy(asc(stockCountLines.lineNo));
}

export interface LineMatch {
  /** Counted − system; null until counted. */
  variance: Exact | null;
  /** Of the system quantity; null until counted, or when the system had none. */
  variancePercent: Exact | null;
  /** The variance at the snapshot's unit cost, rounded to the currency. */
  varianceValue: Exact | null;
}

/** Matching: what the counters found against what the system had when counting started. */
export function matchLine(
  line: Pick<StockCountLineRow, 'systemQuantity' | 'countedQuantity' | 'unitCost'>,
  currency: string,
): LineMatch {
  if (line.countedQuantity === null) return { variance: null, variancePercent: null, varianceValue: null };
  const variance = new Exact(line.countedQuantity).minus(line.systemQuantity);
  const system = new Exact(line.systemQuantity);
  return {
    variance,
    variancePercent: system.isZero() ? null : variance.div(system).times(100).toDecimalPlaces(2, Exact.ROUND_HALF_UP),
    varianceValue: roundMoney(variance.times(line.unitCost), currency),
  };
}

export interface CountTotals {
  lines: number;
  countedLines: number;
  linesWithVariance: number;
  /** Lines with a variance and no reason yet. */
  linesMissingReason: number;
  systemValue: Exact;
  /** Gains minus losses. */
  netVarianceValue: Exact;
  /** Gains and losses added without their sign: what the approval threshold is compared with. */
  absoluteVarianceValue: Exact;
}

export function countTotals(lines: readonly StockCountLineRow[], currency: string): CountTotals {
  const totals: CountTotals = {
    lines: lines.length,
    countedLines: 0,
    linesWithVariance: 0,
    linesMissingReason: 0,
    systemValue: new Exact(0),
    netVarianceValue: new Exact(0),
    absoluteVarianceValue: new Exact(0),
  };
  for (const line of lines) {
    totals.systemValue = totals.systemValue.plus(
      roundMoney(new Exact(line.systemQuantity).times(line.unitCost), currency),
    );
    const match = matchLine(line, currency);
    if (!match.variance) continue;
    totals.countedLines++;
    if (match.variance.isZero()) continue;
    totals.linesWithVariance++;
    if (!line.reason) totals.linesMissingReason++;
    totals.netVarianceValue = totals.netVarianceValue.plus(match.varianceValue!);
    totals.absoluteVarianceValue = totals.absoluteVarianceValue.plus(match.varianceValue!.abs());
  }
  return totals;
}

/** How a line is named to people: "line 3 (SKU-1 at WH/STOCK, lot L-7)". */
export function describeLine(line: Pick<StockCountLineRow, 'lineNo' | 'sku' | 'locationCode' | 'lotNumber'>): string {
  return `line ${line.lineNo} (${line.sku} at ${line.locationCode}${line.lotNumber ? `, lot ${line.lotNumber}` : ''})`;
}
