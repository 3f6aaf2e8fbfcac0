import { Exact } from '../money.ts';

const idUnits = [
  '',
  'satu',
  'dua',
  'tiga',
  'empat',
  'lima',
  'enam',
  'tujuh',
  'delapan',
  'sembilan',
  'sepuluh',
  'sebelas',
];

/** Indonesian "terbilang": 1488510 → "satu juta empat ratus delapan puluh delapan ribu lima ratus sepuluh". */
function indonesian(n: number): string {
  const join = (head: string, rest: number) => (rest === 0 ? head : `${head} ${indonesian(rest)}`);
  if (n < 12) return idUnits[n]!;
  if (n < 20) return `${idUnits[n - 10]} belas`;
  if (n < 100) return join(`${idUnits[Math.floor(n / 10)]} puluh`, n % 10);
  if (n < 200) return join('seratus', n - 100);
  if (n < 1000) return join(`${idUnits[Math.floor(n / 100)]} ratus`, n % 100);
  if (n < 2000) return join('seribu', n - 1000);
  for (const [size, word] of [
    [1e12, 'triliun'],
    [1e9, 'miliar'],
    [1e6, 'juta'],
    [1e3, 'ribu'],
  ] as const) {
    if (n >= size) return join(`${indonesian(Math.floor(n / size))} ${word}`, n % size);
  }
  return '';
}

const enUnits = [
  '',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const enTens = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

function english(n: number): string {
  const join = (head: string, rest: number, glue = ' ') => (rest === 0 ? head : `${head}${glue}${english(rest)}`);
  if (n < 20) return enUnits[n]!;
  if (n < 100) return join(enTens[Math.floor(n / 10)]!, n % 10, '-');
  if (n < 1000) return join(`${enUnits[Math.floor(n / 100)]} hundred`, n % 100);
  for (const [size, word] of [
    [1e12, 'trillion'],
    [1e9, 'billion'],
    [1e6, 'million'],
    [1e3, 'thousand'],
  ] as const) {
    if (n >= size) return join(`${english(Math.floor(n / size))} ${word}`, n % size);
  }
  return '';
}

/**
 * An amount written out, as Indonesian invoices carry it ("terbilang"): the whole units in words
 * and the currency's name, any fraction as hundredths ("… dollars 50/100").
 */
export function amountInWords(amount: string, currency: string, locale: string, language: string): string {
  const value = new Exact(amount).abs();
  const whole = value.floor().toNumber();
  const cents = value.minus(value.floor()).times(100).toDecimalPlaces(0).toNumber();
  const spell = language === 'id' ? indonesian : english;
  const words = whole === 0 ? (language === 'id' ? 'nol' : 'zero') : spell(whole);
  const currencyName =
    language === 'id' && currency === 'IDR'
      ? 'rupiah'
      : (new Intl.DisplayNames(locale, { type: 'currency' }).of(currency) ?? currency);
  const text = `${words} ${currencyName}${cents > 0 ? ` ${cents}/100` : ''}`;
  return text.charAt(0).toUpperCase() + text.slice(1);
}
