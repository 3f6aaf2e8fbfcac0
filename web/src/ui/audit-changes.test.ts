import { describe, expect, it } from 'vitest';
import { i18n } from '../i18n/i18n.ts';
import { actionLabel, actionSummary, codeLabel, fieldLabel, shownValue } from './audit-changes.tsx';

const english = i18n.getFixedT('en', 'ui');
const indonesian = i18n.getFixedT('id', 'ui');
const company = { locale: 'id-ID', timezone: 'Asia/Jakarta', currency: 'IDR' };

describe('audit entries in business words', () => {
  it('names fields from the catalog, else from the field name', () => {
    expect(fieldLabel('taxTotal', english)).toBe('Tax');
    expect(fieldLabel('salesOrderId', english)).toBe('Sales order');
    expect(fieldLabel('taxTotal', indonesian)).toBe('Pajak');
    expect(fieldLabel('dueDate', indonesian)).toBe('Jatuh tempo');
    expect(fieldLabel('shippingZoneIds', indonesian)).toBe('Shipping zones');
  });

  it('says codes and actions in the reader’s language, unknown ones readably', () => {
    expect(codeLabel('partially_paid', english)).toBe('Partially paid');
    expect(codeLabel('partially_paid', indonesian)).toBe('Dibayar sebagian');
    expect(codeLabel('on_hold', indonesian)).toBe('On hold');
    expect(actionLabel('customer_invoice.cancelled', english)).toBe('Cancelled');
    expect(actionLabel('customer_invoice.cancelled', indonesian)).toBe('Dibatalkan');
    expect(actionLabel('stock_count.counts_recorded', english)).toBe('Counts recorded');
    expect(actionLabel('pallet.relabelled', indonesian)).toBe('Relabelled');
  });

  it('words a timeline change by its action, else by its verb, else as the server did', () => {
    const confirmed = 'Confirmed the order and reserved its stock';
    expect(actionSummary('sales_order.confirmed', confirmed, english)).toBe(confirmed);
    expect(actionSummary('sales_order.confirmed', confirmed, indonesian)).toBe(
      'Mengonfirmasi pesanan dan mencadangkan stoknya',
    );
    expect(actionSummary('warehouse.updated', 'Updated', indonesian)).toBe('Diubah');
    expect(actionSummary('pallet.relabelled', 'Relabelled', indonesian)).toBe('Relabelled');
  });

  it('shows yes/no, states and long lists in the reader’s language', () => {
    const context = { company, t: indonesian, references: {} };
    expect(shownValue('creditLimitOverridden', true, context)).toBe('Ya');
    expect(shownValue('state', 'posted', context)).toBe('Diposting');
    const sixLines = Array.from({ length: 6 }, (_, i) => ({ quantity: String(i + 1) }));
    expect(shownValue('lines', sixLines, context)).toBe('6 baris');
    expect(shownValue('lines', sixLines, { ...context, t: english })).toBe('6 lines');
  });
});
