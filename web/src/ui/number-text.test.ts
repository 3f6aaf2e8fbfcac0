import { describe, expect, it } from 'vitest';
import { formatMoney } from './format.ts';
import { currencySigns, formatNumberText, parseNumberText } from './number-text.ts';

const read = (text: string, locale = 'id-ID') => {
  const parsed = parseNumberText(text, locale, ['Rp', 'IDR']);
  return parsed.ok ? parsed.value : `refused: ${parsed.problem}`;
};

describe('numbers typed in id-ID, as the app shows them', () => {
  it.each([
    ['10.000', '10000'],
    ['1.654.122', '1654122'],
    ['2.208', '2208'],
    ['12,5', '12.5'],
    ['1.490.200', '1490200'],
    ['Rp 1.490.200', '1490200'],
    ['450,5', '450.5'],
    ['1.234,5678', '1234.5678'],
    ['10000', '10000'],
    ['0,50', '0.5'],
    ['007', '7'],
    ['-5', '-5'],
    ['−2,5', '-2.5'],
    ['-0', '0'],
    ['  12 ', '12'],
    ['12,5%', '12.5'],
    ['', ''],
  ])('%s is %s', (typed, value) => {
    expect(read(typed)).toBe(value);
  });

  it.each([
    ['1,234.5', 'Not clear: write numbers as 1.234,5 (. between thousands, , before decimals)'],
    ['10.00', 'Not clear: write numbers as 1.234,5 (. between thousands, , before decimals)'],
    ['10.5', 'Not clear: write numbers as 1.234,5 (. between thousands, , before decimals)'],
    ['1.2345', 'Not clear: write numbers as 1.234,5 (. between thousands, , before decimals)'],
    ['1,2,3', 'Not clear: write numbers as 1.234,5 (. between thousands, , before decimals)'],
    ['1e5', 'Use digits only, e.g. 1.234,5'],
    ['abc', 'Use digits only, e.g. 1.234,5'],
    [',', 'Use digits only, e.g. 1.234,5'],
    ['--5', 'Use digits only, e.g. 1.234,5'],
  ])('%s is refused, not guessed', (typed, problem) => {
    expect(read(typed)).toBe(`refused: ${problem}`);
  });
});

describe('numbers in other locales', () => {
  it('en-US groups with commas and reads the dot as decimals', () => {
    expect(read('10,000', 'en-US')).toBe('10000');
    expect(read('12.5', 'en-US')).toBe('12.5');
    expect(read('12,5', 'en-US')).toMatch(/^refused: Not clear: write numbers as 1,234.5/);
    expect(read('1.234,5', 'en-US')).toMatch(/^refused: Not clear/);
  });

  it('fr-FR groups with a space, typed as a plain space too, and refuses the dot', () => {
    expect(read('1 234,5', 'fr-FR')).toBe('1234.5');
    expect(read('1\u202f234,5', 'fr-FR')).toBe('1234.5');
    expect(read('12.5', 'fr-FR')).toBe('refused: Not clear: write numbers as 1\u202f234,5 (, before decimals)');
  });

  it('en-IN groups lakhs and crores as the locale writes them', () => {
    expect(read('12,34,567', 'en-IN')).toBe('1234567');
    expect(read('1,234,567', 'en-IN')).toMatch(/^refused/);
  });

  it('es-ES may group four digits or not', () => {
    expect(read('1.234', 'es-ES')).toBe('1234');
    expect(read('1234', 'es-ES')).toBe('1234');
  });
});

describe('what an input shows reads back as the same value', () => {
  it.each([
    ['1654122', 'id-ID', 0, '1.654.122'],
    ['12.5', 'id-ID', 0, '12,5'],
    ['1234.5678', 'id-ID', 0, '1.234,5678'],
    ['12.5', 'en-US', 2, '12.50'],
    ['-2.5', 'id-ID', 0, '-2,5'],
    ['99999999999999.9999', 'id-ID', 0, '99.999.999.999.999,9999'],
    ['', 'id-ID', 0, ''],
  ])('%s in %s shows as %s', (value, locale, minDecimals, shown) => {
    expect(formatNumberText(value, locale, minDecimals)).toBe(shown);
    const back = parseNumberText(shown, locale);
    expect(back).toEqual({ ok: true, value: value.replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '') });
  });
});

describe('money as the app prints it, typed back, is the stored amount', () => {
  const rupiah = { locale: 'id-ID', currency: 'IDR' };
  it.each([
    ['1490200', 'Rp 1.490.200'],
    ['12.5', 'Rp 12,5'],
    ['2208', 'Rp 2.208'],
  ])('%s prints as %s and reads back', (stored, printed) => {
    expect(formatMoney(stored, rupiah).replace(/\s/g, ' ')).toBe(printed);
    expect(parseNumberText(formatMoney(stored, rupiah), 'id-ID', currencySigns('id-ID', 'IDR'))).toEqual({
      ok: true,
      value: stored,
    });
  });

  it('US dollars keep their cents and any further decimals of a unit cost', () => {
    const dollars = { locale: 'en-US', currency: 'USD' };
    expect(formatMoney('12.5', dollars)).toBe('$12.50');
    expect(formatMoney('0.3333', dollars)).toBe('$0.3333');
    expect(parseNumberText('USD 1,654,122.50', 'en-US', currencySigns('en-US', 'USD'))).toEqual({
      ok: true,
      value: '1654122.5',
    });
  });
});
