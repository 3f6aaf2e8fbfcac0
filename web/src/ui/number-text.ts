/**
 * Numbers as people in the company type and read them (id-ID: `1.654.122`, `12,5`), turned into
 * the API's decimal text (`"1654122"`, `"12.5"`) and back, exactly: no floats on the way.
 */

import { i18n } from '../i18n/i18n.ts';

/** At most this many decimals travel to the API (numeric(18, 4) columns). */
export const API_SCALE = 4;

interface Separators {
  group: string;
  decimal: string;
}

const separatorsByLocale = new Map<string, Separators>();

/** The locale's thousands and decimal separators, from the platform's CLDR data. */
export function separatorsOf(locale: string): Separators {
  let separators = separatorsByLocale.get(locale);
  if (!separators) {
    const parts = new Intl.NumberFormat(locale, { numberingSystem: 'latn' }).formatToParts(1234567.5);
    separators = {
      group: parts.find((p) => p.type === 'group')?.value ?? ',',
      decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.',
    };
    separatorsByLocale.set(locale, separators);
  }
  return separators;
}

/** Minor units of a currency as people use them (IDR 0, USD 2, KWD 3). */
export function currencyDecimals(currency: string): number {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

const signsByCurrency = new Map<string, string[]>();

/** What may be pasted along with an amount and is not part of the number: `Rp`, `IDR`, `$`, `US$`. */
export function currencySigns(locale: string, currency: string): string[] {
  const key = `${locale}|${currency}`;
  let signs = signsByCurrency.get(key);
  if (!signs) {
    const displays = ['symbol', 'narrowSymbol'] as const;
    signs = [
      currency,
      ...displays.flatMap((currencyDisplay) =>
        new Intl.NumberFormat(locale, { style: 'currency', currency, currencyDisplay })
          .formatToParts(1)
          .filter((p) => p.type === 'currency')
          .map((p) => p.value),
      ),
    ].sort((a, b) => b.length - a.length);
    signsByCurrency.set(key, signs);
  }
  return signs;
}

/** How the locale writes one thousand two hundred thirty-four and a half: `1.234,5` in id-ID. */
export const exampleNumber = (locale: string) => {
  const { group, decimal } = separatorsOf(locale);
  return `1${group}234${decimal}5`;
};

const spaces = /[\s\u00a0\u202f]/g;
/** A separator as it stands in a regular-expression character class. */
const inClass = (separator: string) => separator.replace(/[\\\]^-]/g, '\\$&');
const isSpace = (separator: string) => /^[\s\u00a0\u202f]$/.test(separator);
const readable = (separator: string) => (isSpace(separator) ? i18n.t('ui:rules.aSpace') : separator);

const formats = new Map<string, Intl.NumberFormat>();
function cachedFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { numberingSystem: 'latn', ...options });
    formats.set(key, format);
  }
  return format;
}

/** Whether `digits` are grouped as the locale groups them (always, or only from 5 digits as in es-ES). */
function groupedAsLocale(grouped: string, digits: string, locale: string, group: string): boolean {
  const normalise = (text: string) => (isSpace(group) ? text.replace(spaces, ' ') : text);
  const wanted = normalise(grouped);
  return (['always', 'auto'] as const).some(
    (useGrouping) =>
      normalise(cachedFormat(locale, { useGrouping }).format(digits as Intl.StringNumericLiteral)) === wanted,
  );
}

export type ParsedNumber = { ok: true; value: string } | { ok: false; problem: string };

/**
 * Reads a number typed in the locale: `10.000` is ten thousand in id-ID, `12,5` twelve and a half.
 * Anything that could mean two numbers (`1,234.5` or `10.00` in id-ID) is refused with the reason,
 * never guessed. Empty text is `""`. A currency symbol or code and a trailing `%` may be pasted along.
 */
export function parseNumberText(text: string, locale: string, strip: string[] = []): ParsedNumber {
  const { group, decimal } = separatorsOf(locale);
  const example = exampleNumber(locale);
  let rest = text.trim();
  for (const affix of strip) if (affix) rest = rest.split(affix).join('');
  rest = rest.replace(/%$/, '').trim();
  if (rest === '') return { ok: true, value: '' };
  const negative = /^[-\u2212]/.test(rest);
  if (negative) rest = rest.slice(1).trim();
  if (isSpace(group)) rest = rest.replace(spaces, group);
  const allowed = new RegExp(`^[0-9${inClass(group)}${inClass(decimal)}]+$`);
  if (!allowed.test(rest) || !/[0-9]/.test(rest)) {
    const foreign = ['.', ','].find((s) => s !== decimal && s !== group && rest.includes(s));
    if (foreign && allowed.test(rest.split(foreign).join('')))
      return { ok: false, problem: i18n.t('ui:rules.notClearDecimal', { example, decimal: readable(decimal) }) };
    return { ok: false, problem: i18n.t('ui:rules.digitsOnly', { example }) };
  }
  const [whole = '', fraction = '', ...more] = rest.split(decimal);
  const digits = whole.split(group).join('');
  const clear =
    more.length === 0 &&
    !fraction.includes(group) &&
    (whole === digits || (digits !== '' && groupedAsLocale(whole, digits, locale, group)));
  if (!clear) {
    return {
      ok: false,
      problem: i18n.t('ui:rules.notClear', { example, group: readable(group), decimal: readable(decimal) }),
    };
  }
  const integer = digits.replace(/^0+(?=\d)/, '') || '0';
  const decimals = fraction.replace(/0+$/, '');
  const magnitude = decimals ? `${integer}.${decimals}` : integer;
  return { ok: true, value: negative && /[1-9]/.test(magnitude) ? `-${magnitude}` : magnitude };
}

/**
 * An API decimal as an input shows it: grouped in the locale, at least `minDecimals` decimals
 * (a currency's, e.g. `12,50` in USD) and every decimal it has, so that reading it back gives
 * the same value.
 */
export function formatNumberText(value: string, locale: string, minDecimals = 0): string {
  if (value === '') return '';
  return cachedFormat(locale, {
    useGrouping: true,
    minimumFractionDigits: minDecimals,
    maximumFractionDigits: Math.max(API_SCALE, minDecimals),
  }).format(value as Intl.StringNumericLiteral);
}

/**
 * What a number field holds while its text cannot be read: a mark no decimal starts with, then the
 * reason. The form keeps API decimals only; this keeps an unreadable entry from passing as one.
 */
const UNREADABLE = '\u2063';

export const unreadableValue = (problem: string) => `${UNREADABLE}${problem}`;

/** The reason a number field's text could not be read, or null when it holds a decimal or nothing. */
export const unreadableProblem = (value: string): string | null =>
  value.startsWith(UNREADABLE) ? value.slice(UNREADABLE.length) : null;
