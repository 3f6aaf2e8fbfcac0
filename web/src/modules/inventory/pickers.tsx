import { type ComboboxItem, type ComboboxItemGroup, Select, type SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../../api/client.ts';
import { type Product, useProductSearch } from '../catalog/catalog-api.ts';
import { isVirtualLocation } from './inventory-labels.ts';
import { type Location, useLocations, useWarehouses } from './warehouse-api.ts';

type PickerProps = Omit<SelectProps, 'data' | 'value' | 'onChange'> & {
  value?: string | null | undefined;
  onChange: (id: string | null) => void;
};

/** One product, shared with the catalog's cache; nothing is fetched without an id. */
export const useProductById = (id: string | null | undefined) =>
  useQuery({
    queryKey: ['products', 'detail', id],
    queryFn: () => unwrap(api.GET('/api/products/{id}', { params: { path: { id: id! } } })),
    enabled: Boolean(id),
  });

const productLabel = (p: Pick<Product, 'sku' | 'name'>) => `${p.sku} · ${p.name}`;

/** Pick an active product by SKU, name or barcode; the server does the searching. */
export function ProductSelect({
  value,
  onChange,
  onProduct,
  stockedOnly = true,
  ...props
}: PickerProps & { onProduct?: (product: Product | null) => void; stockedOnly?: boolean }) {
  const [search, setSearch] = useState('');
  const [query] = useDebouncedValue(search, 250);
  const found = useProductSearch(query);
  const chosen = useProductById(value);
  const products = (found.data ?? []).filter((p) => !stockedOnly || p.type !== 'service');
  const options: ComboboxItem[] = products.map((p) => ({ value: p.id, label: productLabel(p) }));
  if (value && chosen.data && !options.some((o) => o.value === value)) {
    options.unshift({ value, label: productLabel(chosen.data) });
  }
  return (
    <Select
      searchable
      clearable
      data={options}
      value={value ?? null}
      onChange={(id) => {
        onChange(id);
        onProduct?.(products.find((p) => p.id === id) ?? (id === value ? (chosen.data ?? null) : null));
      }}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      nothingFoundMessage={found.isFetching ? 'Searching…' : 'No active product matches'}
      {...props}
    />
  );
}

export function WarehouseSelect({ value, onChange, ...props }: PickerProps) {
  const warehouses = useWarehouses();
  const data = (warehouses.data ?? [])
    .filter((w) => w.active || w.id === value)
    .map((w) => ({ value: w.id, label: `${w.code} · ${w.name}` }));
  return <Select data={data} value={value ?? null} onChange={onChange} {...props} />;
}

interface LocationSelectProps extends PickerProps {
  /** Which locations may be chosen; active stock locations of any warehouse unless told. */
  include?: (location: Location) => boolean;
}

const ownActive = (l: Location) => l.active && !isVirtualLocation(l.code);

/** Locations grouped by warehouse, by code. */
export function LocationSelect({ value, onChange, include = ownActive, ...props }: LocationSelectProps) {
  const locations = useLocations();
  const warehouses = useWarehouses();
  const codeOf = new Map((warehouses.data ?? []).map((w) => [w.id, w.code]));
  const groups = new Map<string, ComboboxItem[]>();
  for (const l of locations.data ?? []) {
    if (!include(l) && l.id !== value) continue;
    const group = l.warehouseId ? (codeOf.get(l.warehouseId) ?? 'Warehouse') : 'Virtual';
    groups.set(group, [...(groups.get(group) ?? []), { value: l.id, label: `${l.code} · ${l.name}` }]);
  }
  const data: ComboboxItemGroup<ComboboxItem>[] = [...groups].map(([group, items]) => ({ group, items }));
  return <Select searchable data={data} value={value ?? null} onChange={onChange} {...props} />;
}
