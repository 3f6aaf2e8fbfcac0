import type { ComboboxItem } from '@mantine/core';

const commonCurrencies = [
  'IDR',
  'USD',
  'EUR',
  'SGD',
  'MYR',
  'THB',
  'PHP',
  'VND',
  'CNY',
  'JPY',
  'KRW',
  'HKD',
  'INR',
  'AUD',
  'GBP',
  'CHF',
];

const commonLocales = [
  'id-ID',
  'en-US',
  'en-GB',
  'en-SG',
  'en-AU',
  'ms-MY',
  'th-TH',
  'vi-VN',
  'fil-PH',
  'zh-CN',
  'ja-JP',
  'ko-KR',
  'de-DE',
  'fr-FR',
  'nl-NL',
];

/** Keeps a value the company already has selectable even when it is not in the common list. */
const including = (values: string[], current: string | undefined) =>
  current && !values.includes(current) ? [current, ...values] : values;

/** Currencies with their names in the language on screen (`language`, e.g. `id`). */
export function currencyOptions(language: string, current?: string): ComboboxItem[] {
  const names = new Intl.DisplayNames([language], { type: 'currency' });
  return including(commonCurrencies, current).map((code) => ({
    value: code,
    label: `${code} · ${names.of(code) ?? code}`,
  }));
}

export function localeOptions(language: string, current?: string): ComboboxItem[] {
  const names = new Intl.DisplayNames([language], { type: 'language' });
  return including(commonLocales, current).map((locale) => ({
    value: locale,
    label: `${locale} · ${names.of(locale) ?? locale}`,
  }));
}

export const timeZoneOptions = (current?: string): string[] => including(Intl.supportedValuesOf('timeZone'), current);

export const companyDefaults = { currency: 'IDR', timezone: 'Asia/Jakarta', locale: 'id-ID' };
