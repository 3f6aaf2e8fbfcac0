import { describe, expect, it } from 'vitest';
import { ApiError, errorMessage } from '../api/errors.ts';
import { friendlyFieldMessage, lineErrorsOf } from './form-errors.ts';
import { numberProblem } from './form-rules.ts';
import { parseNumberText, unreadableValue } from './number-text.ts';

/** What a DecimalInput hands the form for typed text in id-ID. */
const typed = (text: string) => {
  const parsed = parseNumberText(text, 'id-ID');
  return parsed.ok ? parsed.value : unreadableValue(parsed.problem);
};

describe('number fields say what is wrong', () => {
  it('a negative number is negative, not "not a number"', () => {
    expect(numberProblem(typed('-5'))).toBe('Must not be negative');
    expect(numberProblem(typed('-5'), { sign: 'positive' })).toBe('Must be above zero');
    expect(numberProblem(typed('-5'), { sign: 'any' })).toBeNull();
  });

  it('zero is refused where it must be above zero', () => {
    expect(numberProblem(typed('0'), { sign: 'positive' })).toBe('Must be above zero');
    expect(numberProblem(typed('0,0'), { sign: 'positive' })).toBe('Must be above zero');
    expect(numberProblem(typed('0'))).toBeNull();
  });

  it('1e5 is not a number, rather than "above zero"', () => {
    expect(numberProblem(typed('1e5'), { sign: 'positive' })).toBe('Use digits only, e.g. 1.234,5');
  });

  it('ambiguous separators are refused with the locale example', () => {
    expect(numberProblem(typed('10.00'))).toBe(
      'Not clear: write numbers as 1.234,5 (. between thousands, , before decimals)',
    );
  });

  it('decimals are counted against the unit, the currency or the API', () => {
    expect(numberProblem(typed('1,23456'))).toBe('At most 4 decimals');
    expect(numberProblem(typed('2,5'), { decimals: 0, unit: 'IDR' })).toBe('Whole IDR only, no decimals');
    expect(numberProblem(typed('2,5'), { decimals: 0, unit: 'pcs' })).toBe('Whole pcs only, no decimals');
    expect(numberProblem(typed('2,555'), { decimals: 2, unit: 'USD' })).toBe('At most 2 decimals in USD');
    expect(numberProblem(typed('2,50'), { decimals: 1 })).toBeNull();
  });

  it('limits: a maximum, the API’s 14 digits, and an empty required field', () => {
    expect(numberProblem(typed('100,5'), { max: '100' })).toBe('Must be at most 100');
    expect(numberProblem(typed('100'), { max: '100' })).toBeNull();
    expect(numberProblem('123456789012345')).toBe('Too large: at most 14 digits before the decimals');
    expect(numberProblem('', { required: 'the quantity' })).toBe('Enter the quantity');
    expect(numberProblem('')).toBeNull();
  });
});

describe('server validation messages in words a user can act on', () => {
  it.each([
    ['A decimal string with at most 4 decimal places, e.g. "12.5"', 'At most 4 decimals'],
    ['A decimal string with at most 2 decimal places, e.g. "-12.5"', 'At most 2 decimals'],
    ['Must be greater than zero', 'Must be above zero'],
    ['Too big: expected string to have <=200 characters', 'At most 200 characters'],
    ['Too small: expected string to have >=1 characters', 'Required'],
    ['Too big: expected number to be <=365', 'Must be at most 365'],
    ['Too small: expected number to be >=0', 'Must be at least 0'],
    ['Too big: expected array to have <=200 items', 'At most 200 lines'],
    ['Invalid input: expected string, received undefined', 'Required'],
    ['Invalid input: expected int, received number', 'Whole numbers only, no decimals'],
    ['Invalid email address', 'Enter a valid email address'],
    ['Invalid UUID', 'Choose one from the list'],
    ['Invalid option: expected one of "a"|"b"', 'Choose one of the options'],
    ['Invalid ISO date', 'Enter a valid date'],
    ['Invalid input: expected boolean, received string', 'Not valid here'],
    ['Only 4 left to invoice', 'Only 4 left to invoice'],
  ])('%s → %s', (raw, friendly) => {
    expect(friendlyFieldMessage(raw)).toBe(friendly);
  });
});

describe('a refused request says per field what is wrong, never the validator’s summary', () => {
  it('names the line and field of each problem', () => {
    const refused = new ApiError(
      400,
      'validation_failed',
      'Invalid request. lines.1.unitPrice: A decimal string with at most 4 decimal places, e.g. "12.5"; notes: Too big: expected string to have <=2000 characters',
      {
        fields: [
          { path: 'lines.1.unitPrice', message: 'A decimal string with at most 4 decimal places, e.g. "12.5"' },
          { path: 'notes', message: 'Too big: expected string to have <=2000 characters' },
        ],
      },
      null,
    );
    expect(errorMessage(refused)).toBe('Line 2, unit price: At most 4 decimals; notes: At most 2000 characters');
  });
});

describe('a banner names the line and the field', () => {
  it('lists line errors in reading order, with the column words, and ignores other fields', () => {
    const errors = {
      'lines.1.quantity': 'Must be above zero',
      'lines.0.unitPrice': 'At most 4 decimals',
      'lines.1.productId': 'Choose a product',
      'lines.0.quantity': 'Whole pcs only, no decimals',
      customerId: 'Choose a customer',
    };
    expect(lineErrorsOf(errors, { quantity: 'quantity', unitPrice: 'unit price' })).toEqual([
      'Line 1, quantity: whole pcs only, no decimals',
      'Line 1, unit price: at most 4 decimals',
      'Line 2, quantity: must be above zero',
    ]);
  });
});
