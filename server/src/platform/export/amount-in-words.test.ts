import { describe, expect, it } from 'vitest';
import { amountInWords } from './amount-in-words.ts';

describe('amount in words', () => {
  it('writes rupiah the Indonesian way ("terbilang")', () => {
    const id = (amount: string) => amountInWords(amount, 'IDR', 'id-ID', 'id');
    expect(id('1488510')).toBe('Satu juta empat ratus delapan puluh delapan ribu lima ratus sepuluh rupiah');
    expect(id('1490200')).toBe('Satu juta empat ratus sembilan puluh ribu dua ratus rupiah');
    expect(id('111')).toBe('Seratus sebelas rupiah');
    expect(id('1015')).toBe('Seribu lima belas rupiah');
    expect(id('2000000000')).toBe('Dua miliar rupiah');
    expect(id('0')).toBe('Nol rupiah');
  });

  it('writes other amounts in English, with the fraction in hundredths', () => {
    expect(amountInWords('1488510', 'IDR', 'en-GB', 'en')).toBe(
      'One million four hundred eighty-eight thousand five hundred ten Indonesian Rupiah',
    );
    expect(amountInWords('12.50', 'USD', 'en-US', 'en')).toBe('Twelve US Dollar 50/100');
  });
});
