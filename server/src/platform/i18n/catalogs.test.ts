import { describe, expect, it } from 'vitest';
import { catalogs, companyLanguage, Words, wordsOf } from './index.ts';

/** Every text's path, with plural forms under their base: languages differ in how many plural forms they have. */
function paths(catalog: object, prefix = ''): string[] {
  return Object.entries(catalog).flatMap(([key, value]) =>
    typeof value === 'string'
      ? [`${prefix}${key.replace(/_(zero|one|two|few|many|other)$/, '')}`]
      : paths(value as object, `${prefix}${key}.`),
  );
}

describe('server catalogs', () => {
  it('have the same texts in every language', () => {
    const english = new Set(paths(catalogs.en));
    for (const [language, catalog] of Object.entries(catalogs)) {
      const own = new Set(paths(catalog));
      expect({ language, missing: [...english].filter((p) => !own.has(p)) }).toEqual({ language, missing: [] });
      expect({ language, extra: [...own].filter((p) => !english.has(p)) }).toEqual({ language, extra: [] });
    }
  });

  it('use the same placeholders in every language', () => {
    /** Each text's placeholders by its path, plural forms together. */
    const placeholders = (catalog: object, prefix = ''): Array<[string, string]> =>
      Object.entries(catalog).flatMap(([key, value]) =>
        typeof value === 'string'
          ? [...value.matchAll(/\{\{(\w+)\}\}/g)].map((m): [string, string] => [
              `${prefix}${key.replace(/_(zero|one|two|few|many|other)$/, '')}`,
              m[1]!,
            ])
          : placeholders(value as object, `${prefix}${key}.`),
      );
    const set = (catalog: object) =>
      [...new Set(placeholders(catalog).map(([path, name]) => `${path} {{${name}}}`))].sort();
    expect(set(catalogs.id)).toEqual(set(catalogs.en));
    expect(set(catalogs.en)).toContain('document.page {{pages}}');
  });

  it('write an Indonesian company’s documents in Bahasa Indonesia and every other one’s in English', () => {
    expect(companyLanguage({ locale: 'id-ID' })).toBe('id');
    expect(companyLanguage({ locale: 'id' })).toBe('id');
    expect(companyLanguage({ locale: 'en-US' })).toBe('en');
    expect(companyLanguage({ locale: 'ms-MY' })).toBe('en');
    expect(wordsOf({ locale: 'id-ID' }).t('document.page', { page: 1, pages: 2 })).toBe('Halaman 1 dari 2');
    expect(wordsOf({ locale: 'en-GB' }).t('document.page', { page: 1, pages: 2 })).toBe('Page 1 of 2');
  });

  it('name codes for people, and leave a code the catalog lacks as it is', () => {
    const words = new Words('id');
    expect(words.code('salesOrderState', 'partially_delivered')).toBe('Terkirim sebagian');
    expect(new Words('en').code('salesOrderState', 'partially_delivered')).toBe('Partially delivered');
    expect(words.code('salesOrderState', 'on_hold')).toBe('on_hold');
  });

  it('write plurals by the language’s rules', () => {
    expect(new Words('en').t('list.rows', { count: 1, printed: 'now' })).toBe('1 row · printed now');
    expect(new Words('en').t('list.rows', { count: 12, printed: 'now' })).toBe('12 rows · printed now');
    expect(new Words('id').t('list.rows', { count: 1, printed: 'kini' })).toBe('1 baris · dicetak kini');
  });
});
