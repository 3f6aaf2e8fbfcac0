import { type ComboboxItem, type ComboboxItemGroup, Select, type SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** What every picker takes: the chosen record's id, and where to send another. */
export type PickerProps = Omit<SelectProps, 'data' | 'value' | 'onChange'> & {
  value?: string | null;
  onChange: (id: string | null) => void;
};

interface RecordSelectProps<R extends { id: string }> extends PickerProps {
  records: R[] | undefined;
  labelOf: (record: R) => string;
  /** Groups the options under a heading, e.g. locations by warehouse. */
  groupOf?: (record: R) => string;
  /** The typed text, for a picker whose server does the searching; without it the loaded records are filtered here. */
  onSearch?: (text: string) => void;
  /** The chosen record, when the records matching the search do not hold it. */
  chosen?: R;
  /** The whole record picked, for a form that copies from it (a product's unit, price). */
  onRecord?: (record: R | null) => void;
  loading?: boolean;
  nothingFound: string;
}

/**
 * The one searchable record picker: customers, products, accounts, locations, and vendors or
 * employees as they come. A server-searched picker keeps the chosen record shown while the
 * search holds other records.
 */
export function RecordSelect<R extends { id: string }>({
  records = [],
  labelOf,
  groupOf,
  onSearch,
  chosen,
  onRecord,
  loading = false,
  nothingFound,
  value,
  onChange,
  ...props
}: RecordSelectProps<R>) {
  const { t } = useTranslation('ui');
  const [search, setSearch] = useState('');
  const [typed] = useDebouncedValue(search, 250);
  useEffect(() => onSearch?.(typed), [typed, onSearch]);
  const all =
    chosen && chosen.id === value && !records.some((r) => r.id === chosen.id) ? [chosen, ...records] : records;
  const item = (r: R): ComboboxItem => ({ value: r.id, label: labelOf(r) });
  let data: ComboboxItem[] | ComboboxItemGroup<ComboboxItem>[] = all.map(item);
  if (groupOf) {
    const groups = new Map<string, ComboboxItem[]>();
    for (const r of all) groups.set(groupOf(r), [...(groups.get(groupOf(r)) ?? []), item(r)]);
    data = [...groups].map(([group, items]) => ({ group, items }));
  }
  const serverSearch = onSearch ? { searchValue: search, onSearchChange: setSearch, filter: () => data } : {};
  return (
    <Select
      searchable
      data={data}
      value={value ?? null}
      onChange={(id) => {
        onChange(id);
        onRecord?.(all.find((r) => r.id === id) ?? null);
      }}
      nothingFoundMessage={loading ? t('pickers.searching') : nothingFound}
      {...serverSearch}
      {...props}
    />
  );
}
