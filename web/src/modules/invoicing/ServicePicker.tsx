import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../../api/client.ts';
import type { Product } from '../catalog/catalog-api.ts';

/** Active service products matching the text: invoiced directly, without a delivery. */
function useServiceSearch(q: string) {
  return useQuery({
    queryKey: ['products', 'services', q],
    queryFn: () =>
      unwrap(
        api.GET('/api/products', {
          params: { query: { q: q || undefined, type: 'service', active: 'true', limit: 20 } },
        }),
      ),
    select: (page) => page.items,
  });
}

/** "Add a service": picks a service product by SKU or name and hands it over. */
export function ServicePicker({ onPick }: { onPick: (service: Product) => void }) {
  const [search, setSearch] = useState('');
  const [query] = useDebouncedValue(search.trim(), 200);
  const found = useServiceSearch(query);
  const services = found.data ?? [];
  return (
    <Select
      aria-label="Add service"
      placeholder="Add a service: type SKU or name"
      searchable
      data={services.map((s) => ({ value: s.id, label: `${s.sku} ${s.name}` }))}
      value={null}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      nothingFoundMessage={found.isFetching ? 'Searching…' : 'No active service matches'}
      onChange={(id) => {
        const service = services.find((s) => s.id === id);
        if (service) onPick(service);
        setSearch('');
      }}
    />
  );
}
