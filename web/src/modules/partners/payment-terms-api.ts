import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas, unwrap } from '../../api/client.ts';
import type { paths } from '../../api/schema.d.ts';

export type PaymentTerm = Schemas['PaymentTerm'];
export type NewPaymentTerm = paths['/api/payment-terms']['post']['requestBody']['content']['application/json'];
export type PaymentTermChange = paths['/api/payment-terms/{id}']['patch']['requestBody']['content']['application/json'];

const paymentTermsKey = ['payment-terms'] as const;

export const usePaymentTerms = () =>
  useQuery({
    queryKey: paymentTermsKey,
    queryFn: () => unwrap(api.GET('/api/payment-terms')),
    select: (answer) => answer.items,
  });

/** Customers show their term's days, so they refresh with the terms. */
function useRefreshTerms() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: paymentTermsKey }),
      queryClient.invalidateQueries({ queryKey: ['customers'] }),
    ]);
}

export function useSavePaymentTerm(id: string | undefined) {
  const refresh = useRefreshTerms();
  return useMutation({
    mutationFn: (body: NewPaymentTerm) =>
      id
        ? unwrap(api.PATCH('/api/payment-terms/{id}', { params: { path: { id } }, body }))
        : unwrap(api.POST('/api/payment-terms', { body })),
    onSuccess: refresh,
  });
}

export function useSetPaymentTermActive() {
  const refresh = useRefreshTerms();
  return useMutation({
    mutationFn: ({ id, active }: { id: string; active: boolean }) =>
      unwrap(api.PATCH('/api/payment-terms/{id}', { params: { path: { id } }, body: { active } })),
    onSuccess: refresh,
  });
}
