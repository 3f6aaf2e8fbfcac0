import { describe, expect, it } from 'vitest';
import { catalogs } from './resources.ts';

type Catalog = { [key: string]: string | Catalog };

/** Every key of a catalog as a dotted path, e.g. `menu.orders`. */
function keysOf(catalog: Catalog, prefix = ''): string[] {
  return Object.entries(catalog).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keysOf(value, `${prefix}${key}.`),
  );
}

function valueAt(catalog: Catalog, path: string): string {
  return path.split('.').reduce<Catalog | string>((node, key) => (node as Catalog)[key]!, catalog) as string;
}

/** The `{{count}}`-style values a text puts in, which a translation must keep. */
const placeholdersOf = (text: string) => [...text.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort();

/** Plural forms (`_one`, `_other`) differ between languages: Indonesian has only `_other`. */
const withoutPlural = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');

describe('the catalogs', () => {
  const namespaces = Object.keys(catalogs.en) as (keyof typeof catalogs.en)[];

  it.each(namespaces)('%s: English and Indonesian have the same keys', (namespace) => {
    const english = new Set(keysOf(catalogs.en[namespace] as Catalog).map(withoutPlural));
    const indonesian = new Set(keysOf(catalogs.id[namespace] as Catalog).map(withoutPlural));
    expect(
      [...english].filter((key) => !indonesian.has(key)),
      'missing in Indonesian',
    ).toEqual([]);
    expect(
      [...indonesian].filter((key) => !english.has(key)),
      'missing in English',
    ).toEqual([]);
  });

  it.each(namespaces)('%s: every text is filled in and keeps its placeholders', (namespace) => {
    const english = catalogs.en[namespace] as Catalog;
    const indonesian = catalogs.id[namespace] as Catalog;
    for (const key of keysOf(english)) {
      expect(valueAt(english, key).trim(), `en ${namespace}:${key}`).not.toBe('');
      const translated = keysOf(indonesian).find((other) => withoutPlural(other) === withoutPlural(key))!;
      expect(valueAt(indonesian, translated).trim(), `id ${namespace}:${translated}`).not.toBe('');
      expect(placeholdersOf(valueAt(indonesian, translated)), `id ${namespace}:${key}`).toEqual(
        placeholdersOf(valueAt(english, key)),
      );
    }
  });
});
