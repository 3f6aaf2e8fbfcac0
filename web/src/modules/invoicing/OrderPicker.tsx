import { type ComboboxItem, Select, type SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';

/** Orders that may be invoiced: confirmed (services), partly or fully delivered. */
const invoiceableStates = ['confirmed', 'partially_delivered', 'delivered'] as const;

function useInvoiceableOrders(q: string) {
  return useQuery({
    queryKey: ['sales-orders', 'invoiceable', q],
    queryFn: async () => {
      const pages = await Promise.all(
        invoiceableStates.map((state) =>
          unwrap(
            api.GET('/api/sales-orders', {
              params: { query: { q: q || undefined, state, sort: '-orderDate', limit: 20 } },
            }),
          ),
        ),
      );
      return pages.flatMap((page) => page.items).sort((a, b) => b.orderDate.localeCompare(a.orderDate));
    },
  });
}

interface OrderPickerProps extends Omit<SelectProps, 'data' | 'value' | 'onChange'> {
  value: string | null;
  onChange: (orderId: string | null) => void;
}

/** Pick a sales order to invoice by its number; only orders in an invoiceable state are offered. */
export function OrderPicker({ value, onChange, ...props }: OrderPickerProps) {
  const { t } = useTranslation('invoicing');
  const [search, setSearch] = useState('');
  const [query] = useDebouncedValue(search.trim(), 250);
  const found = useInvoiceableOrders(query);
  const chosen = useQuery({
    queryKey: ['sales-orders', 'detail', value],
    queryFn: () => unwrap(api.GET('/api/sales-orders/{id}', { params: { path: { id: value! } } })),
    enabled: value !== null,
  });
  const label = (o: { number: string; customerName: string }) => `${o.number} · ${o.customerName}`;
  const options: ComboboxItem[] = (found.data ?? []).map((o) => ({ value: o.id, label: label(o) }));
  if (value && chosen.data && !options.some((o) => o.value === value)) {
    options.unshift({ value, label: label(chosen.data) });
  }
  return (
    <Select
      searchable
      clearable
      data={options}
      value={value}
      onChange={onChange}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      nothingFoundMessage={found.isFetching ? t('orderPicker.searching') : t('orderPicker.nothingFound')}
      {...props}
    />
  );
}
