import { Decimal } from 'decimal.js';
import { z } from 'zod';

/** Money and quantities are exact decimals; rounding is explicit and half-up (SPEC §1.5). */
export const Exact = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
export type Exact = InstanceType<typeof Exact>;

const decimalsCache = new Map<string, number>();

/** Minor units of a currency as people use them (IDR 0, USD 2, KWD 3), from the platform's CLDR data. */
export function currencyDecimals(currency: string): number {
  let decimals = decimalsCache.get(currency);
  if (decimals === undefined) {
    decimals =
      new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
    decimalsCache.set(currency, decimals);
  }
  return decimals;
}

export function roundMoney(amount: Exact, currency: string): Exact {
  return amount.toDecimalPlaces(currencyDecimals(currency), Decimal.ROUND_HALF_UP);
}

/** A decimal for JSON: a string without exponent or trailing zeros beyond `places`. */
export function decimalText(value: Exact | string, places?: number): string {
  const d = new Exact(value);
  return places === undefined ? d.toFixed() : d.toFixed(places);
}

const MAX_INTEGER_DIGITS = 14;

/**
 * A decimal sent as a JSON string, e.g. "12.5": at most 14 integer digits and `scale` decimals,
 * so it fits numeric(18, 4) columns. JSON numbers are refused: floats cannot carry money exactly.
 */
export function decimalInput(
  options: { scale?: number; sign?: 'positive' | 'non-negative' | 'any'; max?: string } = {},
) {
  const scale = options.scale ?? 4;
  const sign = options.sign ?? 'non-negative';
  const pattern = new RegExp(`^${sign === 'any' ? '-?' : ''}\\d{1,${MAX_INTEGER_DIGITS}}(\\.\\d{1,${scale}})?$`);
  const example = sign === 'any' ? '"-12.5"' : '"12.5"';
  let schema = z
    .string({ error: `Send a decimal as a string, e.g. ${example}` })
    .trim()
    .max(MAX_INTEGER_DIGITS + scale + 2)
    .regex(pattern, `A decimal string with at most ${scale} decimal places, e.g. ${example}`);
  // Refinements run even when the pattern failed; they judge only well-formed decimals.
  const wellFormed = (v: string) => pattern.test(v);
  if (sign === 'positive')
    schema = schema.refine((v) => !wellFormed(v) || new Exact(v).gt(0), 'Must be greater than zero');
  if (options.max !== undefined) {
    const max = options.max;
    schema = schema.refine((v) => !wellFormed(v) || new Exact(v).lte(max), `Must be at most ${max}`);
  }
  return schema;
}

export const decimalOut = z.string().describe('Decimal as a string, e.g. "1999.99"');
