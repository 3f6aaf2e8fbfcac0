import { API_SCALE, currencyDecimals } from './number-text.ts';

interface CompanyFormat {
  locale: string;
  timezone: string;
}

interface MoneyFormat {
  locale: string;
  currency: string;
}

/** A date and time as people in the company read it: its locale and time zone. */
export function formatDateTime(iso: string, company: CompanyFormat): string {
  return new Intl.DateTimeFormat(company.locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: company.timezone,
  }).format(new Date(iso));
}

export function formatDate(iso: string, company: CompanyFormat): string {
  return new Intl.DateTimeFormat(company.locale, { dateStyle: 'medium', timeZone: company.timezone }).format(
    new Date(iso),
  );
}

/** A calendar day such as an order date (`2026-03-31`): the same day wherever the reader is. */
export function formatDay(day: string, company: Pick<CompanyFormat, 'locale'>): string {
  return new Intl.DateTimeFormat(company.locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${day}T00:00:00Z`),
  );
}

/** Today's date (`YYYY-MM-DD`) in the company's time zone. */
export function todayIn(timezone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: timezone, year: 'numeric', month: '2-digit', day: '2-digit' })
    .format(new Date())
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
