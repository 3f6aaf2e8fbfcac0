import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas, unwrap } from '../../api/client.ts';
import type { paths } from '../../api/schema.d.ts';
import { useKeysetList } from '../../ui/keyset-list.ts';

export type StockOperation = Schemas['StockOperation'];
export type StockOperationSummary = Omit<StockOperation, 'lines' | 'allowedActions'>;
type OperationQuery = NonNullable<paths['/api/inventory/operations']['get']['parameters']['query']>;
export type OperationFilters = Omit<OperationQuery, 'cursor' | 'limit'>;
type JsonBody<P extends keyof paths> = paths[P] extends {
  post: { requestBody?: { content: { 'application/json': infer B } } };
}
  ? NonNullable<B>
  : never;
export type ReceiptInput = JsonBody<'/api/inventory/receipts'>;
export type TransferInput = JsonBody<'/api/inventory/transfers'>;
export type ScrapInput = JsonBody<'/api/inventory/scraps'>;
export type TransferReceipt = NonNullable<JsonBody<'/api/inventory/transfers/{id}/receive'>['lines']>;

const operationsKey = ['inventory', 'operations'] as const;

export const useOperationList = (filters: OperationFilters) =>
  useKeysetList([...operationsKey, 'list', filters], (cursor) =>
    unwrap(api.GET('/api/inventory/operations', { params: { query: { ...filters, cursor, limit: 50 } } })),
  );

export const useOperation = (id: string) =>
  useQuery({
    queryKey: [...operationsKey, 'detail', id],
    queryFn: () => unwrap(api.GET('/api/inventory/operations/{id}', { params: { path: { id } } })),
  });

/** A posted operation changes stock everywhere it shows: products, lists, valuation, the dashboard. */
function useStockMutation<I>(mutationFn: (input: I) => Promise<StockOperation>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () =>
      Promise.all(
        [['inventory'], ['products'], ['dashboard'], ['sales-orders']].map((queryKey) =>
          queryClient.invalidateQueries({ queryKey }),
        ),
      ),
  });
}

export const usePostReceipt = () =>
  useStockMutation((body: ReceiptInput) => unwrap(api.POST('/api/inventory/receipts', { body })));

export const usePostTransfer = () =>
  useStockMutation((body: TransferInput) => unwrap(api.POST('/api/inventory/transfers', { body })));

export const usePostScrap = () =>
  useStockMutation((body: ScrapInput) => unwrap(api.POST('/api/inventory/scraps', { body })));

export const useReceiveTransfer = (id: string) =>
  useStockMutation((lines: TransferReceipt) =>
    unwrap(api.POST('/api/inventory/transfers/{id}/receive', { params: { path: { id } }, body: { lines } })),
  );
