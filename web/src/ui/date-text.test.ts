import { describe, expect, it } from 'vitest';
import { parseTypedDay, writesDayFirst } from './date-text.ts';

describe('days typed in an id-ID company (day before month)', () => {
  it.each([
    ['7 Dec 2026', '2026-12-07'],
    ['07 dec 2026', '2026-12-07'],
    ['7 December 2026', '2026-12-07'],
    ['Dec 7, 2026', '2026-12-07'],
    ['7/12/2026', '2026-12-07'],
    ['07-12-2026', '2026-12-07'],
    ['7.12.2026', '2026-12-07'],
    ['2026-12-07', '2026-12-07'],
    ['29/2/2028', '2028-02-29'],
  ])('reads %s as %s', (typed, day) => {
    expect(parseTypedDay(typed, true)).toBe(day);
  });

  it.each(['31/2/2026', '29/2/2027', '13/13/2026', '7 Dez 2026', '7/12/26', 'tomorrow', ''])('refuses %s', (typed) => {
    expect(parseTypedDay(typed, true)).toBeNull();
  });
});

describe('the order of day and month follows the company locale', () => {
  it('id-ID and en-GB write the day first, en-US the month', () => {
    expect(writesDayFirst('id-ID')).toBe(true);
    expect(writesDayFirst('en-GB')).toBe(true);
    expect(writesDayFirst('en-US')).toBe(false);
    expect(parseTypedDay('12/7/2026', false)).toBe('2026-12-07');
    expect(parseTypedDay('12/7/2026', true)).toBe('2026-07-12');
  });
});
