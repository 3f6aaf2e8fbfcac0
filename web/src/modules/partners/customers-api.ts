import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas, unwrap } from '../../api/client.ts';
import type { paths } from '../../api/schema.d.ts';
import { saveDownload } from '../../ui/download.ts';
import type { ExportFormat } from '../../ui/ExportMenu.tsx';
import { useKeysetList } from '../../ui/keyset-list.ts';

export type Customer = Schemas['Customer'];
export type CustomerType = Customer['type'];
export type NewCustomer = paths['/api/customers']['post']['requestBody']['content']['application/json'];
export type CustomerChange = paths['/api/customers/{id}']['patch']['requestBody']['content']['application/json'];
type CustomerQuery = NonNullable<paths['/api/customers']['get']['parameters']['query']>;
export type CustomerFilters = Pick<CustomerQuery, 'q' | 'type' | 'active' | 'sort'>;

const customersKey = ['customers'] as const;
const customerKey = (id: string) => [...customersKey, 'detail', id] as const;

export const useCustomerList = (filters: CustomerFilters) =>
  useKeysetList([...customersKey, 'list', filters], (cursor) =>
    unwrap(api.GET('/api/customers', { params: { query: { ...filters, cursor, limit: 50 } } })),
  );

/** Active customers whose code, name or email contains the text: for pickers. */
export const useCustomerSearch = (q: string) =>
  useQuery({
    queryKey: [...customersKey, 'search', q],
    queryFn: () =>
      unwrap(
        api.GET('/api/customers', {
          params: { query: { q: q || undefined, active: 'true', sort: 'name', limit: 20 } },
        }),
      ),
    select: (page) => page.items,
  });

export const useCustomer = (id: string | undefined) =>
  useQuery({
    queryKey: customerKey(id ?? ''),
    queryFn: () => unwrap(api.GET('/api/customers/{id}', { params: { path: { id: id! } } })),
    enabled: id !== undefined,
  });

export const exportCustomers = (filters: CustomerFilters, format: ExportFormat) => {
  const { sort: _sort, ...filter } = filters;
  return saveDownload(
    api.GET('/api/customers/export', { params: { query: { ...filter, format } }, parseAs: 'blob' }),
    `customers.${format}`,
  );
};

function useRefreshCustomers() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: customersKey }),
      queryClient.invalidateQueries({ queryKey: ['audit', 'customer'] }),
    ]);
}

export function useCreateCustomer() {
  const refresh = useRefreshCustomers();
  return useMutation({
    mutationFn: (customer: NewCustomer) => unwrap(api.POST('/api/customers', { body: customer })),
    onSuccess: refresh,
  });
}

export function useUpdateCustomer(id: string) {
  const refresh = useRefreshCustomers();
  return useMutation({
    mutationFn: (change: CustomerChange) =>
      unwrap(api.PATCH('/api/customers/{id}', { params: { path: { id } }, body: change })),
    onSuccess: refresh,
  });
}
