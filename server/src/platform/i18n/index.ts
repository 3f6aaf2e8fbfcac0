import i18next from 'i18next';
import en from './en.json' with { type: 'json' };
import id from './id.json' with { type: 'json' };

/** The languages the server writes documents and emails in. */
export const catalogs = { en, id };
export type Language = keyof typeof catalogs;

/**
 * The language of what a company sends out (PDFs, emails, printed lists): Bahasa Indonesia for a
 * company whose locale is Indonesian (`id-ID`), English for every other one.
 */
export function companyLanguage(company: { locale: string }): Language {
  return new Intl.Locale(company.locale).language === 'id' ? 'id' : 'en';
}

type PluralSuffix = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
type Singular<K extends string> = K extends `${infer Base}_${PluralSuffix}` ? Base : K;
type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? Singular<`${Prefix}${K}`> : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** A text of the English catalog, by its path: `document.dueDate`. Plural forms go by their base (`list.rows`). */
export type MessageKey = Leaves<typeof en>;
export type MessageValues = Record<string, string | number>;
/** A text to write: its key, and the values its placeholders take. */
export type Message = MessageKey | readonly [MessageKey, MessageValues];
/** The lists of codes (states, kinds, types) that have a name for people in the catalog. */
export type CodeList = keyof typeof en.codes;

const library = i18next.createInstance();
void library.init({
  resources: { en: { translation: en }, id: { translation: id } },
  fallbackLng: 'en',
  initAsync: false,
  // The texts go into PDFs and plain-text mail, not HTML: nothing to escape.
  interpolation: { escapeValue: false },
});

/** The company's words: catalog texts and the names of codes, in one language. */
export class Words {
  readonly language: Language;
  private readonly translate: ReturnType<typeof library.getFixedT>;

  constructor(language: Language) {
    this.language = language;
    this.translate = library.getFixedT(language);
  }

  t(key: MessageKey, values?: MessageValues): string {
    return this.translate(key, values);
  }

  say(message: Message): string {
    return typeof message === 'string' ? this.t(message) : this.t(message[0], message[1]);
  }

  /** A code's name for people ("partially_delivered" → "Partially delivered"); a code the catalog lacks as it is. */
  code(list: CodeList, code: string): string {
    return this.translate(`codes.${list}.${code}`, { defaultValue: code });
  }
}

export const wordsOf = (company: { locale: string }) => new Words(companyLanguage(company));
