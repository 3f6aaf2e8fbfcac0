import { type ComboboxItem, Select, type SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useCustomer, useCustomerSearch } from '../partners/customers-api.ts';

interface CustomerSelectProps extends Omit<SelectProps, 'data' | 'value' | 'onChange'> {
  value?: string | null;
  onChange: (customerId: string | null) => void;
}

/** Pick an active customer by code, name or email; the server does the searching. */
export function CustomerSelect({ value, onChange, ...props }: CustomerSelectProps) {
  const [search, setSearch] = useState('');
  const [query] = useDebouncedValue(search, 250);
  const found = useCustomerSearch(query);
  const chosen = useCustomer(value ?? undefined);
  const options: ComboboxItem[] = (found.data ?? []).map((c) => ({ value: c.id, label: `${c.name} (${c.code})` }));
  if (chosen.data && !options.some((o) => o.value === chosen.data.id)) {
    options.unshift({ value: chosen.data.id, label: `${chosen.data.name} (${chosen.data.code})` });
  }
  return (
    <Select
      searchable
      clearable
      data={options}
      value={value ?? null}
      onChange={onChange}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      nothingFoundMessage={found.isFetching ? 'Searching…' : 'No active customer matches'}
      {...props}
    />
  );
}
