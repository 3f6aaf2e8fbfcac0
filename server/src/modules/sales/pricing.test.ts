import { describe, expect, it } from 'vitest';
import { priceLines } from './pricing.ts';

describe('pricing sales order lines', () => {
  it('rounds each line half-up to the currency and sums the rounded lines', () => {
    const { lines, totals } = priceLines(
      [
        { quantity: '3', unitPrice: '0.335', discountPercent: '0' },
        { quantity: '1', unitPrice: '10.005', discountPercent: '0' },
        { quantity: '2', unitPrice: '49.99', discountPercent: '12.5' },
      ],
      'USD',
    );
    expect(lines.map((l) => l.lineTotal)).toEqual(['1.01', '10.01', '87.48']);
    expect(totals).toEqual({ subtotal: '111', discountTotal: '12.5', total: '98.5' });
  });

  it('rounds rupiah to whole amounts', () => {
    const { lines, totals } = priceLines([{ quantity: '7', unitPrice: '1250.5', discountPercent: '10' }], 'IDR');
    expect(lines[0]).toEqual({ gross: '8754', lineTotal: '7878' });
    expect(totals).toEqual({ subtotal: '8754', discountTotal: '876', total: '7878' });
  });

  it('is exact where floating point is not (0.1 + 0.2)', () => {
    const { totals } = priceLines(
      [
        { quantity: '1', unitPrice: '0.1', discountPercent: '0' },
        { quantity: '1', unitPrice: '0.2', discountPercent: '0' },
      ],
      'USD',
    );
    expect(totals.total).toBe('0.3');
  });
});
