import { Exact } from '../money.ts';

interface Separators {
  group: string;
  decimal: string;
}

const separatorsByLocale = new Map<string, Separators>();

/** The locale's thousands and decimal separators from CLDR, as the web's number-text.ts reads them. */
function separatorsOf(locale: string): Separators {
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

const spaces = /[\s\u00a0\u202f]/g;

/**
 * A number written the company's way (id-ID `1.250.000,50`, en-US `1,250,000.50`) as exact
 * decimal text (`"1250000.5"`), or null when it is not one. Group separators must stand between
 * groups of three digits, so `1.5` in id-ID is refused rather than read as fifteen.
 */
export function parseLocaleNumber(text: string, locale: string): string | null {
  const { group, decimal } = separatorsOf(locale);
  const compact = text.replace(spaces, '');
  if (compact === '') return null;
  const sign = compact.startsWith('-') ? '-' : '';
  const unsigned = sign ? compact.slice(1) : compact;
  const [whole = '', fraction, extra] = unsigned.split(decimal);
  if (extra !== undefined) return null;
  const groupSeparator = /^[\s\u00a0\u202f]$/.test(group) ? '' : group;
  const groups = groupSeparator ? whole.split(groupSeparator) : [whole];
  const wellGrouped =
    groups.length === 1
      ? /^\d+$/.test(whole)
      : /^\d{1,3}$/.test(groups[0]!) && groups.slice(1).every((g) => /^\d{3}$/.test(g));
  if (!wellGrouped || (fraction !== undefined && !/^\d+$/.test(fraction))) return null;
  return new Exact(`${sign}${groups.join('')}${fraction === undefined ? '' : `.${fraction}`}`).toFixed();
}
