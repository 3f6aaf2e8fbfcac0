import { Exact, roundMoney } from '../../platform/money.ts';

export interface PricedLineInput {
  quantity: string;
  unitPrice: string;
  discountPercent: string;
}

export interface PricedLine {
  gross: string;
  lineTotal: string;
}

export interface Totals {
  subtotal: string;
  discountTotal: string;
  total: string;
}

/**
 * Line totals are rounded half-up to the currency's minor unit, line by line (SPEC §1.5): a
 * line's total is quantity × price less its discount; the order's subtotal is the sum of the
 * rounded gross amounts and its total the sum of the line totals.
 */
export function priceLines(
  lines: readonly PricedLineInput[],
  currency: string,
): { lines: PricedLine[]; totals: Totals } {
  let subtotal = new Exact(0);
  let total = new Exact(0);
  const priced = lines.map((line) => {
    const gross = new Exact(line.quantity).times(line.unitPrice);
    const net = gross.minus(gross.times(line.discountPercent).div(100));
    const roundedGross = roundMoney(gross, currency);
    const lineTotal = roundMoney(net, currency);
    subtotal = subtotal.plus(roundedGross);
    total = total.plus(lineTotal);
    return { gross: roundedGross.toFixed(), lineTotal: lineTotal.toFixed() };
  });
  return {
    lines: priced,
    totals: { subtotal: subtotal.toFixed(), discountTotal: subtotal.minus(total).toFixed(), total: total.toFixed() },
  };
}
