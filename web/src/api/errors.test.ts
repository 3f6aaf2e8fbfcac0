import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../i18n/i18n.ts';
import { numberProblem } from '../ui/form-rules.ts';
import { ApiError, errorMessage } from './errors.ts';

const apiError = (code: string, message: string, details?: unknown) => new ApiError(409, code, message, details, null);

describe('error messages in the user language', () => {
  afterEach(() => i18n.changeLanguage('en'));

  it('English readers get the server message, which names the record', () => {
    expect(errorMessage(apiError('not_found', 'Sales order SO-7 was not found'))).toBe(
      'Sales order SO-7 was not found',
    );
  });

  it('Indonesian readers get the catalog text for a known code, the server message for an unknown one', async () => {
    await i18n.changeLanguage('id');
    expect(errorMessage(apiError('not_found', 'Sales order SO-7 was not found'))).toBe(
      'Data ini tidak ditemukan; mungkin sudah dihapus',
    );
    expect(errorMessage(apiError('credit_limit_exceeded', 'Over the credit limit'))).toBe('Over the credit limit');
    expect(errorMessage(new TypeError('Failed to fetch'))).toBe(
      'Server tidak dapat dihubungi. Periksa koneksi Anda lalu coba lagi.',
    );
  });

  it('field problems and form rules speak Indonesian too', async () => {
    await i18n.changeLanguage('id');
    const invalid = apiError('validation_failed', 'Invalid request', {
      fields: [{ path: 'lines.1.quantity', message: 'Too small: expected number to be >=1' }],
    });
    expect(errorMessage(invalid)).toBe('Baris 2, quantity: Minimal 1');
    expect(numberProblem('-5')).toBe('Tidak boleh negatif');
    expect(numberProblem('1.23456')).toBe('Maksimal 4 desimal');
  });
});
