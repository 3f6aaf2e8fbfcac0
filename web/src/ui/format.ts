import { currentLanguage } from '../i18n/i18n.ts';
import { API_SCALE, currencyDecimals } from './number-text.ts';

interface CompanyFormat {
  locale: string;
  timezone: string;
}

interface MoneyFormat {
  locale: string;
  currency: string;
}

/**
 * The locale dates are written in: the user's language in the company's region (`id-ID` read in
 * English → `en-ID`: "7 Dec 2026, 15.26"), so month and weekday names follow the words on the
 * screen (an English screen never shows "Des") and the order of day, month and year follows the
 * company. Numbers keep the company's own locale.
 */
export function dateLocale(company: Pick<CompanyFormat, 'locale'>): string {
  const language = currentLanguage();
  const region = new Intl.Locale(company.locale).maximize().region;
  return region ? `${language}-${region}` : language;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** The one place the app turns dates into text. */
function dateFormat(company: Pick<CompanyFormat, 'locale'>, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const locale = dateLocale(company);
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    dateFormats.set(key, format);
  }
  return format;
}

/** A moment (`2026-12-07T18:30:00Z`) as a date and time in the company's time zone. */
export function formatDateTime(iso: string, company: CompanyFormat): string {
  return dateFormat(company, { dateStyle: 'medium', timeStyle: 'short', timeZone: company.timezone }).format(
    new Date(iso),
  );
}

/** A moment as the date it was in the company's time zone. */
export function formatDate(iso: string, company: CompanyFormat): string {
  return dateFormat(company, { dateStyle: 'medium', timeZone: company.timezone }).format(new Date(iso));
}

/** A calendar day such as an order date (`2026-03-31`): the same day wherever the reader is. */
export function formatDay(day: string, company: Pick<CompanyFormat, 'locale'>): string {
  return dateFormat(company, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
}

/** A month (`2026-12` or any day in it) by name: `December` alone, or `Dec 2026` with its year. */
export function formatMonth(
  month: string,
  company: Pick<CompanyFormat, 'locale'>,
  style: 'name' | 'short' = 'short',
): string {
  const options: Intl.DateTimeFormatOptions =
    style === 'name' ? { month: 'long', timeZone: 'UTC' } : { month: 'short', year: 'numeric', timeZone: 'UTC' };
  return dateFormat(company, options).format(new Date(`${month.slice(0, 7)}-01T00:00:00Z`));
}

/** Today's date (`YYYY-MM-DD`) in the company's time zone. */
export function todayIn(timezone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: timezone, year: 'numeric', month: '2-digit', day: '2-digit' })
    .format(new Date())
    .slice(0, 10);
}

/** The calendar day a moment falls on in the company's time zone (`YYYY-MM-DD`). */
export function dayIn(iso: string, timezone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: timezone, year: 'numeric', month: '2-digit', day: '2-digit' })
    .format(new Date(iso))
    .slice(0, 10);
}

const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    numberFormats.set(key, format);
  }
  return format;
}

/**
 * An exact decimal string (`"1999.5"`) as money in the company's currency, with its usual decimals
 * (IDR none, USD 2) and, never rounded away, any further ones it has: a unit price of `"12.5"` IDR
 * shows as `Rp 12,5`, so typing what is shown stores what was there.
 */
export function formatMoney(amount: string, company: MoneyFormat): string {
  return numberFormat(company.locale, {
    style: 'currency',
    currency: company.currency,
    maximumFractionDigits: Math.max(API_SCALE, currencyDecimals(company.currency)),
  }).format(amount as Intl.StringNumericLiteral);
}

/** A quantity as a plain number: `12`, `450.5`. */
export function formatQuantity(quantity: string, company: Pick<MoneyFormat, 'locale'>): string {
  return numberFormat(company.locale, { maximumFractionDigits: 4 }).format(quantity as Intl.StringNumericLiteral);
}

/** A percentage given in percent (`"12.5"` → `12.5%`). */
export function formatPercent(percent: string, company: Pick<MoneyFormat, 'locale'>): string {
  return `${formatQuantity(percent, company)}%`;
}
