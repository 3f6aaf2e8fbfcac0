import dayjs from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';

dayjs.extend(customParseFormat);

/** How a single day shows in inputs: "7 Dec 2026", in the UI's language. */
export const dayInputFormat = 'D MMM YYYY';

/** Whether the company writes the day before the month (7/12/2026), as its locale does. */
export function writesDayFirst(locale: string): boolean {
  const parts = new Intl.DateTimeFormat(locale).formatToParts(new Date(Date.UTC(2026, 11, 7)));
  return parts.findIndex((p) => p.type === 'day') < parts.findIndex((p) => p.type === 'month');
}

const isoDay = (year: number, month: number, day: number): string | null => {
  const date = new Date(Date.UTC(year, month - 1, day));
  const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real ? date.toISOString().slice(0, 10) : null;
};

/**
 * A day as a person types it: as the app shows it ("7 Dec 2026", "7 december 2026"), in numbers
 * in the company's order (7/12/2026, 07-12-2026, 7.12.2026 where the day comes first) or as ISO
 * (2026-12-07). The `YYYY-MM-DD` day, or null when the text is not a real day.
 */
export function parseTypedDay(text: string, dayFirst: boolean): string | null {
  const typed = text.trim().replace(/\s+/g, ' ');
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(typed);
  if (iso) return isoDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const numeric = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(typed);
  if (numeric) {
    const [first, second, year] = [Number(numeric[1]), Number(numeric[2]), Number(numeric[3])];
    return dayFirst ? isoDay(year, second, first) : isoDay(year, first, second);
  }
  const named = /^(\d{1,2}) ([a-z]+),? (\d{4})$/i.exec(typed) ?? /^([a-z]+) (\d{1,2}),? (\d{4})$/i.exec(typed);
  if (!named) return null;
  const [day, month] = /^\d/.test(named[1]!) ? [named[1]!, named[2]!] : [named[2]!, named[1]!];
  const monthName = month.charAt(0).toUpperCase() + month.slice(1).toLowerCase();
  for (const format of ['D MMM YYYY', 'D MMMM YYYY']) {
    const parsed = dayjs(`${Number(day)} ${monthName} ${named[3]}`, format, 'en', true);
    if (parsed.isValid()) return parsed.format('YYYY-MM-DD');
  }
  return null;
}
