import { useMutation, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.ts';
import type { paths } from '../../api/schema.d.ts';
import { useKeysetList } from '../../ui/keyset-list.ts';
import { useRefreshAfterInvoicing } from './invoices-api.ts';

export type Payment = paths['/api/customer-payments/{id}']['get']['responses'][200]['content']['application/json'];
export type PaymentSummary =
  paths['/api/customer-payments']['get']['responses'][200]['content']['application/json']['items'][number];
export type PaymentMethod = Payment['method'];
export type NewPayment = paths['/api/customer-payments']['post']['requestBody']['content']['application/json'];
export type Allocation = NonNullable<NewPayment['allocations']>[number];
type PaymentQuery = NonNullable<paths['/api/customer-payments']['get']['parameters']['query']>;
export type PaymentFilters = Omit<PaymentQuery, 'cursor' | 'limit'>;

const paymentsKey = ['payments'] as const;

export const paymentMethods: PaymentMethod[] = ['cash', 'bank'];

export const usePaymentList = (filters: PaymentFilters) =>
  useKeysetList([...paymentsKey, 'list', filters], (cursor) =>
    unwrap(api.GET('/api/customer-payments', { params: { query: { ...filters, cursor, limit: 50 } } })),
  );

export const usePayment = (id: string) =>
  useQuery({
    queryKey: [...paymentsKey, 'detail', id],
    queryFn: () => unwrap(api.GET('/api/customer-payments/{id}', { params: { path: { id } } })),
  });

export function useReceivePayment() {
  const refresh = useRefreshAfterInvoicing();
  return useMutation({
    mutationFn: (payment: NewPayment) => unwrap(api.POST('/api/customer-payments', { body: payment })),
    onSuccess: refresh,
  });
}

export function useApplyCredit(id: string) {
  const refresh = useRefreshAfterInvoicing();
  return useMutation({
    mutationFn: (allocations: Allocation[] | undefined) =>
      unwrap(
        api.POST('/api/customer-payments/{id}/apply-credit', {
          params: { path: { id } },
          body: { allocations },
        }),
      ),
    onSuccess: refresh,
  });
}
