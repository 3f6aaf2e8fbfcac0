/** How the API takes decimals: digits, an optional dot and at most four decimals, as text. */
const decimalPattern = /^\d{1,14}(\.\d{1,4})?$/;

export const isDecimalText = (value: string) => decimalPattern.test(value.trim());

/** The decimal places in a decimal text, ignoring trailing zeros (`"2.50"` has 1). */
export const decimalPlaces = (value: string) => value.trim().split('.')[1]?.replace(/0+$/, '').length ?? 0;

const SCALE = 4;

const scaled = (value: string): bigint => {
  const negative = value.startsWith('-');
  const [whole = '0', fraction = ''] = value.replace('-', '').split('.');
  const units = BigInt(whole + fraction.padEnd(SCALE, '0').slice(0, SCALE));
  return negative ? -units : units;
};

const unscaled = (units: bigint): string => {
  const sign = units < 0n ? '-' : '';
  const digits = (units < 0n ? -units : units).toString().padStart(SCALE + 1, '0');
  const fraction = digits.slice(-SCALE).replace(/0+$/, '');
  return `${sign}${digits.slice(0, -SCALE)}${fraction ? `.${fraction}` : ''}`;
};

/** `a − b` of two API decimals (up to four places), exactly: `"450.5" − "0.1"` is `"450.4"`. */
export function subtractDecimals(a: string, b: string): string {
  return unscaled(scaled(a) - scaled(b));
}

/** The exact sum of API decimals (up to four places): `["0.1", "0.2"]` is `"0.3"`. */
export const sumDecimals = (values: string[]): string => unscaled(values.reduce((sum, v) => sum + scaled(v), 0n));

/** Compares two API decimals exactly: negative, zero or positive as in a sort. */
export const compareDecimals = (a: string, b: string): number => {
  const difference = scaled(a) - scaled(b);
  return difference < 0n ? -1 : difference > 0n ? 1 : 0;
};
