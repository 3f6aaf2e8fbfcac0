import { companyLanguage, type Language, Words } from '../i18n/index.ts';
import { currencyDecimals } from '../money.ts';

/** Where a company is: its documents are written in its locale and dated in its time zone. */
export interface CompanyPlace {
  locale: string;
  timezone: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_DATE_IN_TEXT = /(?<![\w-])(\d{4}-\d{2}-\d{2})(?![\w-])/g;
const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

const decimalsOf = (value: string) => value.split('.')[1]?.length ?? 0;

/**
 * How a company writes numbers, money and dates in text meant for people (PDFs): "Rp 1.490.200",
 * "7 Desember 2026" for id-ID, "IDR 1,490,200" and "7 December 2026" for en-GB, and the words
 * around them in the company's language. Files meant for machines (CSV, XLSX) keep plain decimals
 * and ISO dates instead.
 */
export class DocumentFormat {
  readonly locale: string;
  readonly timezone: string;
  readonly language: Language;
  readonly words: Words;
  private readonly longDate: Intl.DateTimeFormat;
  private readonly mediumDate: Intl.DateTimeFormat;
  private readonly stampFormat: Intl.DateTimeFormat;
  private readonly calendarDay: Intl.DateTimeFormat;
  private readonly wallClock: Intl.DateTimeFormat;

  constructor(place: CompanyPlace) {
    this.locale = place.locale;
    this.timezone = place.timezone;
    this.language = companyLanguage(place);
    this.words = new Words(this.language);
    // A calendar date (an invoice date) is a day, not an instant: format it as that day in UTC.
    this.longDate = new Intl.DateTimeFormat(this.locale, { dateStyle: 'long', timeZone: 'UTC' });
    this.mediumDate = new Intl.DateTimeFormat(this.locale, { dateStyle: 'medium', timeZone: 'UTC' });
    this.stampFormat = new Intl.DateTimeFormat(this.locale, {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      timeZoneName: 'short',
      timeZone: this.timezone,
    });
    this.calendarDay = new Intl.DateTimeFormat('en-CA', { timeZone: this.timezone });
    this.wallClock = new Intl.DateTimeFormat('en-CA', {
      timeZone: this.timezone,
      timeZoneName: 'longOffset',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
  }

  /** An amount with its currency, with the currency's decimals and any further ones it has: "Rp 1.490.200". */
  money(amount: string, currency: string): string {
    const decimals = currencyDecimals(currency);
    return new Intl.NumberFormat(this.locale, {
      style: 'currency',
      currency,
      minimumFractionDigits: decimals,
      maximumFractionDigits: Math.max(decimals, decimalsOf(amount)),
    }).format(amount as Intl.StringNumericLiteral);
  }

  /** A quantity or other plain decimal, exactly as stored: "1.234,5". */
  number(value: string | number): string {
    const text = String(value);
    return new Intl.NumberFormat(this.locale, { maximumFractionDigits: Math.min(20, decimalsOf(text)) }).format(
      text as Intl.StringNumericLiteral,
    );
  }

  /** A rate given in percent ("11" → "11%"). */
  percent(value: string): string {
    return `${this.number(value)}%`;
  }

  /** A calendar date (YYYY-MM-DD) written out: "7 Desember 2026". */
  date(isoDate: string): string {
    return this.longDate.format(new Date(`${isoDate}T00:00:00Z`));
  }

  /** A moment as the company's clocks showed it, with the zone: "8 Desember 2026 pukul 03.30 WIB". */
  timestamp(at: Date | string): string {
    return this.stampFormat.format(typeof at === 'string' ? new Date(at) : at);
  }

  /** The company's calendar day of a moment (YYYY-MM-DD), e.g. for file names. */
  day(at: Date): string {
    return this.calendarDay.format(at);
  }

  /** A moment in ISO 8601 at the company's offset, for machines: "2026-12-08T03:30:00+07:00". */
  isoLocal(at: Date | string): string {
    const parts = Object.fromEntries(
      this.wallClock.formatToParts(typeof at === 'string' ? new Date(at) : at).map((p) => [p.type, p.value]),
    );
    const offset = parts.timeZoneName === 'GMT' ? '+00:00' : parts.timeZoneName!.slice(3);
    return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}${offset}`;
  }

  /** A spreadsheet cell: values as they are, timestamps at the company's offset. */
  machineCell(value: string | number | null): string | number | null {
    return typeof value === 'string' && ISO_TIMESTAMP.test(value) ? this.isoLocal(value) : value;
  }

  /** A table cell of a printed list: numbers with the locale's separators, ISO dates and times written out. */
  cell(value: string | number | null): string {
    if (value === null) return '';
    if (typeof value === 'number') return this.number(value);
    if (ISO_DATE.test(value)) return this.mediumDate.format(new Date(`${value}T00:00:00Z`));
    if (ISO_TIMESTAMP.test(value)) return this.timestamp(value);
    return value;
  }

  /** A sentence such as a report title, with the ISO dates in it written out. */
  text(value: string): string {
    return value.replace(ISO_DATE_IN_TEXT, (date) => this.date(date));
  }
}
