import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { catalogs } from './resources.ts';

export type Language = keyof typeof catalogs;
export const languages: { value: Language; label: string }[] = [
  { value: 'en', label: 'English' },
  { value: 'id', label: 'Bahasa Indonesia' },
];

const rememberedKey = 'mini-erp.language';

/** The language a company's people read by default: Indonesian for an Indonesian locale. */
export const companyLanguage = (company: { locale: string } | null | undefined): Language =>
  company?.locale.toLowerCase().startsWith('id') ? 'id' : 'en';

/** Before anyone logs in: the language last used on this browser, else the browser's own. */
function startingLanguage(): Language {
  const remembered = globalThis.localStorage?.getItem(rememberedKey);
  if (remembered === 'en' || remembered === 'id') return remembered;
  return globalThis.navigator?.language.toLowerCase().startsWith('id') ? 'id' : 'en';
}

// Listening before init: the starting language (a reload in Indonesian) marks the page as well.
i18next.on('languageChanged', (language) => {
  if (globalThis.document) document.documentElement.lang = language;
});

void i18next.use(initReactI18next).init({
  initAsync: false,
  resources: catalogs,
  lng: startingLanguage(),
  fallbackLng: 'en',
  defaultNS: 'app',
  ns: Object.keys(catalogs.en),
  interpolation: { escapeValue: false },
  returnNull: false,
});

export const i18n = i18next;

/** The language the app speaks now: month names and words follow it. */
export const currentLanguage = (): Language => (i18next.language === 'id' ? 'id' : 'en');

/** Switches the app to a language and remembers it for the login page on this browser. */
export function speak(language: Language): void {
  globalThis.localStorage?.setItem(rememberedKey, language);
  if (i18next.language !== language) void i18next.changeLanguage(language);
}
