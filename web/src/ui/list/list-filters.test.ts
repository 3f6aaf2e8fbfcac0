import { describe, expect, it } from 'vitest';
import {
  activeFilterChips,
  changedSearch,
  clearAllFilters,
  columnChoiceKey,
  type ListFilter,
  sortableColumns,
  sortParamFor,
  toggledColumns,
} from './list-filters.ts';

const orderFilters: ListFilter[] = [
  {
    kind: 'select',
    key: 'state',
    label: 'State',
    placeholder: 'All states',
    options: [
      { value: 'draft', label: 'Draft' },
      { value: 'confirmed', label: 'Confirmed' },
    ],
  },
  { kind: 'picker', key: 'customerId', label: 'Customer', picker: () => null },
  { kind: 'dateRange', from: 'dateFrom', to: 'dateTo', label: 'Order date' },
  { kind: 'yesNo', key: 'overdue', label: 'Overdue only' },
  { kind: 'active', key: 'status', label: 'Status' },
];

describe('a filter change becomes the URL’s search parameters', () => {
  it('sets the new value and keeps the others', () => {
    expect(changedSearch({ q: 'SO-1', sort: 'total' }, { state: 'draft' })).toEqual({
      q: 'SO-1',
      sort: 'total',
      state: 'draft',
    });
  });

  it('drops a cleared filter, an empty text and a switched-off condition from the URL', () => {
    const next = changedSearch(
      { state: 'draft', q: 'SO', overdue: true, sort: '-total' },
      {
        state: undefined,
        q: '',
        overdue: false,
      },
    );
    expect(next).toEqual({ sort: '-total' });
    expect(Object.keys(next)).toEqual(['sort']);
  });

  it('sets both ends of a date range at once', () => {
    expect(changedSearch({}, { dateFrom: '2026-03-01', dateTo: '2026-03-31' })).toEqual({
      dateFrom: '2026-03-01',
      dateTo: '2026-03-31',
    });
  });
});

describe('the URL’s search parameters become the chips of the filters in force', () => {
  it('has no chip for an unfiltered list, whatever its sort', () => {
    expect(activeFilterChips(orderFilters, { sort: '-total' }, 'q')).toEqual([]);
  });

  it('names each filter with its value, in the order declared, the search text first', () => {
    const chips = activeFilterChips(
      orderFilters,
      {
        status: 'all',
        overdue: true,
        dateTo: '2026-03-31',
        dateFrom: '2026-03-01',
        customerId: 'c1',
        state: 'confirmed',
        q: 'SO-2026',
      },
      'q',
    );
    expect(chips.map((chip) => chip.text)).toEqual([
      '“SO-2026”',
      'State: Confirmed',
      'Customer',
      'Order date: 1 Mar 2026 – 31 Mar 2026',
      'Overdue only',
      'Active and inactive',
    ]);
  });

  it('shows a one-day range as that day, and an open-ended range with dots', () => {
    const day = activeFilterChips(orderFilters, { dateFrom: '2026-03-05', dateTo: '2026-03-05' });
    expect(day.map((chip) => chip.text)).toEqual(['Order date: 5 Mar 2026']);
    const from = activeFilterChips(orderFilters, { dateFrom: '2026-03-05' });
    expect(from.map((chip) => chip.text)).toEqual(['Order date: 5 Mar 2026 – …']);
  });

  it('removing a chip clears exactly its parameters and keeps the rest', () => {
    const search = { state: 'draft', dateFrom: '2026-03-01', dateTo: '2026-03-31', sort: 'total' };
    const range = activeFilterChips(orderFilters, search).find((chip) => chip.text.startsWith('Order date'));
    expect(changedSearch(search, range!.clear)).toEqual({ state: 'draft', sort: 'total' });
  });

  it('"clear filters" empties every filter and the search, but keeps the sort', () => {
    const search = { state: 'draft', customerId: 'c1', q: 'SO', overdue: true, dateFrom: '2026-03-01', sort: '-total' };
    expect(changedSearch(search, clearAllFilters(orderFilters, 'q'))).toEqual({ sort: '-total' });
  });

  it('an unknown select value still shows, as it is', () => {
    expect(activeFilterChips(orderFilters, { state: 'weird' }).map((chip) => chip.text)).toEqual(['State: weird']);
  });
});

describe('sorting by column', () => {
  const sorts = ['-orderDate', 'orderDate', 'number', '-number', 'total'] as const;

  it('sorts only the columns the API sorts by', () => {
    expect([...sortableColumns(sorts)].sort()).toEqual(['number', 'orderDate', 'total']);
  });

  it('maps a column and direction to the API’s parameter, or nothing when the API cannot sort so', () => {
    expect(sortParamFor('total', 'asc', sorts)).toBe('total');
    expect(sortParamFor('number', 'desc', sorts)).toBe('-number');
    expect(sortParamFor('total', 'desc', sorts)).toBeUndefined();
    expect(sortParamFor('customerName', 'asc', sorts)).toBeUndefined();
  });
});

describe('the column chooser', () => {
  it('hides and shows a column without duplicates', () => {
    expect(toggledColumns([], 'state', false)).toEqual(['state']);
    expect(toggledColumns(['state'], 'state', false)).toEqual(['state']);
    expect(toggledColumns(['state', 'total'], 'state', true)).toEqual(['total']);
  });

  it('remembers the choice per user and per list', () => {
    expect(columnChoiceKey('u1', 'sales-orders')).not.toBe(columnChoiceKey('u2', 'sales-orders'));
    expect(columnChoiceKey('u1', 'sales-orders')).not.toBe(columnChoiceKey('u1', 'invoices'));
  });
});
