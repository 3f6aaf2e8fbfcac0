import { hasLength, isEmail, isNotEmpty, matches } from '@mantine/form';
import { compareDecimals, decimalPlaces } from './decimal.ts';
import { unreadableProblem } from './number-text.ts';

/** What a number field accepts, with the server's own limits. */
export interface NumberRule {
  /** Says what to enter when empty (`the quantity`); an empty field is fine without it. */
  required?: string;
  /** `positive` (the default for quantities moved), `non-negative` or `any`. */
  sign?: 'positive' | 'non-negative' | 'any';
  /** Decimals allowed: the unit's, the currency's, or 4 (the API's). */
  decimals?: number;
  /** The unit or currency the decimals are counted in, for the message (`pcs`, `IDR`). */
  unit?: string;
  /** The largest value, as a decimal text (`"100"`). */
  max?: string;
}

const MAX_INTEGER_DIGITS = 14;

const decimalsMessage = (decimals: number, unit?: string) => {
  if (decimals === 0) return unit ? `Whole ${unit} only, no decimals` : 'Whole numbers only, no decimals';
  return `At most ${decimals} decimal${decimals === 1 ? '' : 's'}${unit ? ` in ${unit}` : ''}`;
};

/**
 * Why a number field's value is refused, or null. The value is what `DecimalInput` keeps: an API
 * decimal (`"-12.5"`), empty, or an entry it could not read (with its reason).
 */
export function numberProblem(value: string, rule: NumberRule = {}): string | null {
  const unreadable = unreadableProblem(value);
  if (unreadable) return unreadable;
  const text = value.trim();
  if (text === '') return rule.required ? `Enter ${rule.required}` : null;
  if (!/^-?\d+(\.\d+)?$/.test(text)) return 'Use digits only, e.g. 12.5';
  const sign = rule.sign ?? 'non-negative';
  const negative = text.startsWith('-');
  if (sign === 'positive' && (negative || /^0(\.0+)?$/.test(text))) return 'Must be above zero';
  if (sign === 'non-negative' && negative) return 'Must not be negative';
  const decimals = rule.decimals ?? 4;
  if (decimalPlaces(text) > decimals) return decimalsMessage(decimals, rule.unit);
  if (text.replace('-', '').split('.')[0]!.length > MAX_INTEGER_DIGITS)
    return `Too large: at most ${MAX_INTEGER_DIGITS} digits before the decimals`;
  if (rule.max !== undefined && compareDecimals(text, rule.max) > 0) return `Must be at most ${rule.max}`;
  return null;
}

/** Checks the browser makes before asking the server, with the server's own limits. */
export const formRules = {
  email: isEmail('Enter a valid email address'),
  password: isNotEmpty('Enter your password'),
  newPassword: hasLength({ min: 8 }, 'Use at least 8 characters'),
  emailedCode: matches(/^\d{6}$/, 'Enter the 6 digits from the email'),
  filled: (what: string) => isNotEmpty(`Enter ${what}`),
  /** A number field: see `NumberRule`. Optional and not negative unless the rule says otherwise. */
  number:
    (rule: NumberRule = {}) =>
    (value: string) =>
      numberProblem(value, rule),
  /** A percentage of 0 to 100 with at most 2 decimals, as the API takes discounts and tax rates. */
  percent: (value: string) => numberProblem(value, { decimals: 2, max: '100' }),
  /** An optional email address. */
  optionalEmail: (value: string) => (value.trim() === '' ? null : isEmail('Enter a valid email address')(value)),
};
