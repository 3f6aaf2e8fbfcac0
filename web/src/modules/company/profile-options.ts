import type { ComboboxItem } from '@mantine/core';

const currencyNames = new Intl.DisplayNames(['en'], { type: 'currency' });
const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });

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

export const currencyOptions = (current?: string): ComboboxItem[] =>
  including(commonCurrencies, current).map((code) => ({
    value: code,
    label: `${code} · ${currencyNames.of(code) ?? code}`,
  }));

export const localeOptions = (current?: string): ComboboxItem[] =>
  including(commonLocales, current).map((locale) => ({
    value: locale,
    label: `${locale} · ${languageNames.of(locale) ?? locale}`,
  }));

export const timeZoneOptions = (current?: string): string[] => including(Intl.supportedValuesOf('timeZone'), current);

export const companyDefaults = { currency: 'IDR', timezone: 'Asia/Jakarta', locale: 'id-ID' };
