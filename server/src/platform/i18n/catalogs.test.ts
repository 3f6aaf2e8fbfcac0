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
    const placeholders = (catalog: object) =>
      Object.fromEntries(
        paths(catalog).map((path) => {
          const text = path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], catalog);
          return [path, [...String(text ?? '').matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort()];
        }),
      );
    const english = placeholders(catalogs.en);
    const indonesian = placeholders(catalogs.id);
    for (const path of Object.keys(english).filter((p) => !p.startsWith('list.'))) {
      expect({ path, placeholders: indonesian[path] }).toEqual({ path, placeholders: english[path] });
    }
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
