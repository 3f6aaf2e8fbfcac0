import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.ts';
import type { paths } from '../../api/schema.d.ts';
import { saveDownload } from '../../ui/download.ts';
import type { ExportFormat } from '../../ui/ExportMenu.tsx';

export type StockAdjustmentInput =
  paths['/api/inventory/adjustments']['post']['requestBody']['content']['application/json'];
export type AdjustmentReason = StockAdjustmentInput['reason'];

const inventoryKey = ['inventory'] as const;

export const useStockByLocation = (productId: string) =>
  useQuery({
    queryKey: [...inventoryKey, 'stock', productId],
    queryFn: () => unwrap(api.GET('/api/inventory/stock', { params: { query: { productId } } })),
    select: (answer) => answer.items,
  });

export const useRecentMoves = (productId: string) =>
  useQuery({
    queryKey: [...inventoryKey, 'moves', productId],
    queryFn: () => unwrap(api.GET('/api/inventory/moves', { params: { query: { productId, limit: 20 } } })),
  });

export const useLowStock = () =>
  useQuery({
    queryKey: [...inventoryKey, 'low-stock'],
    queryFn: () => unwrap(api.GET('/api/inventory/low-stock')),
    select: (answer) => answer.items,
  });

export const exportLowStock = (format: ExportFormat) =>
  saveDownload(
    api.GET('/api/inventory/low-stock/export', { params: { query: { format } }, parseAs: 'blob' }),
    `low-stock.${format}`,
  );

/** An adjustment changes stock figures everywhere they show. */
export function usePostAdjustment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (adjustment: StockAdjustmentInput) =>
      unwrap(api.POST('/api/inventory/adjustments', { body: adjustment })),
    onSuccess: () =>
      Promise.all(
        [inventoryKey, ['products'], ['dashboard'], ['audit', 'product']].map((queryKey) =>
          queryClient.invalidateQueries({ queryKey }),
        ),
      ),
  });
}
