import { currentLanguage, i18n } from '../../i18n/i18n.ts';

/**
 * A list page's filters as data, and what the kit derives from them: the URL's search parameters
 * and the chips of the active filters. Pure, so the rules are tested without a browser.
 */

/** The search parameters of a list as the router holds them (already validated by the route). */
export type ListSearch = Record<string, unknown>;

/** The search parameter that switches a list with a kanban to it: `view=kanban`. */
export const VIEW_KEY = 'view';
/** The views a list has besides its table, for a route's `validateSearch`. */
export const listViews = ['kanban'] as const;
export type ListView = (typeof listViews)[number];

export interface FilterOption {
  value: string;
  label: string;
}

interface FilterBase {
  label: string;
  width?: number;
}

/** One value out of a few (a state, a type). */
export interface SelectFilter extends FilterBase {
  kind: 'select';
  key: string;
  placeholder: string;
  options: readonly FilterOption[];
}

/** A master record (customer, warehouse…) chosen with the module's own picker. */
export interface PickerFilter extends FilterBase {
  kind: 'picker';
  key: string;
  /**
   * The picker, showing `value`; it reports the chosen id, or `undefined` when cleared. A picker
   * that depends on another filter (a product's lots) reads `search` and may `change` several.
   */
  picker: (
    value: string | undefined,
    onChange: (value: string | undefined) => void,
    context: { search: ListSearch; change: (change: ListSearch) => void },
  ) => unknown;
}

/** From–to dates, two parameters (`dateFrom`, `dateTo`) set together. */
export interface DateRangeFilter extends FilterBase {
  kind: 'dateRange';
  from: string;
  to: string;
}

/** A condition that is on or off ("with credit left"); off means no filter. */
export interface YesNoFilter extends FilterBase {
  kind: 'yesNo';
  key: string;
}

/** Master data: active records unless told `inactive` or `all`. */
export interface ActiveFilter extends FilterBase {
  kind: 'active';
  key: string;
}

export type ListFilter = SelectFilter | PickerFilter | DateRangeFilter | YesNoFilter | ActiveFilter;

/** The parameters a filter sets in the URL. */
export function keysOf(filter: ListFilter): string[] {
  return filter.kind === 'dateRange' ? [filter.from, filter.to] : [filter.key];
}

/**
 * The next search parameters after a change: empty values leave the URL, the rest stays.
 * A change of filters never carries a selection or a cursor over; those belong to the old rows.
 */
export function changedSearch(previous: ListSearch, change: ListSearch): ListSearch {
  const next: ListSearch = { ...previous, ...change };
  for (const [key, value] of Object.entries(next)) {
    if (value === undefined || value === null || value === '' || value === false) delete next[key];
  }
  return next;
}

export interface FilterChip {
  /** What the chip says, e.g. "State: Confirmed". */
  text: string;
  /** The change that removes this filter. */
  clear: ListSearch;
}

/** `2026-03-01` → `1 Mar 2026` in the language on screen, without the company locale: chips only need to be readable. */
function dayText(day: unknown): string {
  const date = typeof day === 'string' ? new Date(`${day}T00:00:00Z`) : null;
  if (!date || Number.isNaN(date.getTime())) return String(day);
  return date.toLocaleDateString(currentLanguage() === 'id' ? 'id-ID' : 'en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

const chipText = (label: string, value: string) => i18n.t('ui:list.chip', { label, value });

function chipOf(filter: ListFilter, search: ListSearch, searchKey: string | undefined): FilterChip | null {
  switch (filter.kind) {
    case 'dateRange': {
      const from = search[filter.from];
      const to = search[filter.to];
      if (!from && !to) return null;
      const range = from === to ? dayText(from) : `${from ? dayText(from) : '…'} – ${to ? dayText(to) : '…'}`;
      return { text: chipText(filter.label, range), clear: { [filter.from]: undefined, [filter.to]: undefined } };
    }
    case 'select': {
      const value = search[filter.key];
      if (value === undefined || filter.key === searchKey) return null;
      const option = filter.options.find((o) => o.value === value);
      return { text: chipText(filter.label, option?.label ?? String(value)), clear: { [filter.key]: undefined } };
    }
    case 'active': {
      const value = search[filter.key];
      if (value === undefined) return null;
      return {
        text: i18n.t(value === 'all' ? 'ui:list.activeAndInactive' : 'ui:list.inactiveOnly'),
        clear: { [filter.key]: undefined },
      };
    }
    case 'yesNo':
      return search[filter.key] ? { text: filter.label, clear: { [filter.key]: undefined } } : null;
    case 'picker':
      // The picker itself shows which record; the chip says what is filtered on.
      return search[filter.key] ? { text: filter.label, clear: { [filter.key]: undefined } } : null;
  }
}

/** One chip per active filter, plus the search text, in the order the filters are declared. */
export function activeFilterChips(
  filters: readonly ListFilter[],
  search: ListSearch,
  searchKey?: string,
): FilterChip[] {
  const chips: FilterChip[] = [];
  const text = searchKey ? search[searchKey] : undefined;
  if (searchKey && typeof text === 'string' && text)
    chips.push({ text: i18n.t('ui:list.searchChip', { text }), clear: { [searchKey]: undefined } });
  for (const filter of filters) {
    const chip = chipOf(filter, search, searchKey);
    if (chip) chips.push(chip);
  }
  return chips;
}

/** The change that clears every filter and the search text, keeping the sort. */
export function clearAllFilters(filters: readonly ListFilter[], searchKey?: string): ListSearch {
  const keys = [...filters.flatMap(keysOf), ...(searchKey ? [searchKey] : [])];
  return Object.fromEntries(keys.map((key) => [key, undefined]));
}

/** The columns a user hid, after showing or hiding one; the first column (the record) always shows. */
export function toggledColumns(hidden: readonly string[], accessor: string, show: boolean): string[] {
  const rest = hidden.filter((a) => a !== accessor);
  return show ? rest : [...rest, accessor];
}

/** Where a user's column choice for a list is remembered in this browser. */
export const columnChoiceKey = (userId: string, listId: string) => `mini-erp:list-columns:${userId}:${listId}`;

/** The API's sort parameter for a column clicked to sort this way, if the API can sort by it. */
export function sortParamFor<S extends string>(
  column: string,
  direction: 'asc' | 'desc',
  sorts: readonly S[],
): S | undefined {
  const param = direction === 'desc' ? `-${column}` : column;
  return sorts.find((sort) => sort === param);
}

/** The columns the API can sort by, from its sort parameters (`-total` and `total` → `total`). */
export function sortableColumns(sorts: readonly string[]): Set<string> {
  return new Set(sorts.map((sort) => (sort.startsWith('-') ? sort.slice(1) : sort)));
}
