import { hasLength, isEmail, isNotEmpty, matches } from '@mantine/form';
import { i18n } from '../i18n/i18n.ts';
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

// Rules are checked as the user types, so messages are looked up then, in the language on screen.
const t = i18n.t.bind(i18n);

const decimalsMessage = (decimals: number, unit?: string) => {
  if (decimals === 0) return unit ? t('ui:rules.wholeUnitOnly', { unit }) : t('ui:rules.wholeOnly');
  return unit
    ? t('ui:rules.atMostDecimalsIn', { count: decimals, unit })
    : t('ui:rules.atMostDecimals', { count: decimals });
};

/**
 * Why a number field's value is refused, or null. The value is what `DecimalInput` keeps: an API
 * decimal (`"-12.5"`), empty, or an entry it could not read (with its reason).
 */
export function numberProblem(value: string, rule: NumberRule = {}): string | null {
  const unreadable = unreadableProblem(value);
  if (unreadable) return unreadable;
  const text = value.trim();
  if (text === '') return rule.required ? t('ui:rules.enter', { what: rule.required }) : null;
  if (!/^-?\d+(\.\d+)?$/.test(text)) return t('ui:rules.digitsOnly', { example: '12.5' });
  const sign = rule.sign ?? 'non-negative';
  const negative = text.startsWith('-');
  if (sign === 'positive' && (negative || /^0(\.0+)?$/.test(text))) return t('ui:rules.aboveZero');
  if (sign === 'non-negative' && negative) return t('ui:rules.notNegative');
  const decimals = rule.decimals ?? 4;
  if (decimalPlaces(text) > decimals) return decimalsMessage(decimals, rule.unit);
  if (text.replace('-', '').split('.')[0]!.length > MAX_INTEGER_DIGITS)
    return t('ui:rules.tooLarge', { count: MAX_INTEGER_DIGITS });
  if (rule.max !== undefined && compareDecimals(text, rule.max) > 0) return t('ui:rules.atMost', { max: rule.max });
  return null;
}

/** Checks the browser makes before asking the server, with the server's own limits. */
export const formRules = {
  email: (value: unknown) => isEmail(t('ui:rules.email'))(value),
  password: (value: unknown) => isNotEmpty(t('ui:rules.password'))(value),
  newPassword: (value: unknown) => hasLength({ min: 8 }, t('ui:rules.newPassword'))(value),
  emailedCode: (value: unknown) => matches(/^\d{6}$/, t('ui:rules.emailedCode'))(value),
  /** `what` is already in the user's language: `t('…companyName')` of the page's namespace. */
  filled: (what: string) => (value: unknown) => isNotEmpty(t('ui:rules.enter', { what }))(value),
  /** A number field: see `NumberRule`. Optional and not negative unless the rule says otherwise. */
  number:
    (rule: NumberRule = {}) =>
    (value: string) =>
      numberProblem(value, rule),
  /** A percentage of 0 to 100 with at most 2 decimals, as the API takes discounts and tax rates. */
  percent: (value: string) => numberProblem(value, { decimals: 2, max: '100' }),
  /** An optional email address. */
  optionalEmail: (value: string) => (value.trim() === '' ? null : isEmail(t('ui:rules.email'))(value)),
};
