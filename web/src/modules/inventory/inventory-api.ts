import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas, unwrap } from '../../api/client.ts';
import type { paths } from '../../api/schema.d.ts';
import { saveDownload } from '../../ui/download.ts';
import type { ExportFormat } from '../../ui/ExportMenu.tsx';
import { useKeysetList } from '../../ui/keyset-list.ts';

export type StockAdjustmentInput =
  paths['/api/inventory/adjustments']['post']['requestBody']['content']['application/json'];
export type AdjustmentReason = StockAdjustmentInput['reason'];
export type StockMove = Schemas['StockMove'];
type MoveQuery = NonNullable<paths['/api/inventory/moves']['get']['parameters']['query']>;
export type MoveFilters = Omit<MoveQuery, 'cursor' | 'limit'>;
type ValuationQuery = NonNullable<paths['/api/inventory/valuation']['get']['parameters']['query']>;
export type ValuationFilters = ValuationQuery;
export type Lot = Awaited<ReturnType<typeof fetchLots>>[number];
export type LotTrace = Awaited<ReturnType<typeof fetchTrace>>;

const inventoryKey = ['inventory'] as const;

const fetchLots = (productId: string, locationId?: string) =>
  unwrap(api.GET('/api/inventory/lots', { params: { query: { productId, locationId } } })).then((a) => a.items);
const fetchTrace = (id: string) => unwrap(api.GET('/api/inventory/lots/{id}/trace', { params: { path: { id } } }));

export const useStockByLocation = (productId: string | undefined) =>
  useQuery({
    queryKey: [...inventoryKey, 'stock', productId],
    queryFn: () => unwrap(api.GET('/api/inventory/stock', { params: { query: { productId: productId! } } })),
    select: (answer) => answer.items,
    enabled: Boolean(productId),
  });

export const useRecentMoves = (productId: string) =>
  useQuery({
    queryKey: [...inventoryKey, 'moves', productId],
    queryFn: () => unwrap(api.GET('/api/inventory/moves', { params: { query: { productId, limit: 20 } } })),
  });

/** The moves of one document (an operation or an adjustment), oldest first. */
export const useDocumentMoves = (sourceId: string) =>
  useQuery({
    queryKey: [...inventoryKey, 'moves', 'source', sourceId],
    queryFn: () => unwrap(api.GET('/api/inventory/moves', { params: { query: { sourceId, limit: 200 } } })),
    select: (answer) => [...answer.items].reverse(),
  });

export const useMoveHistory = (filters: MoveFilters) =>
  useKeysetList([...inventoryKey, 'moves', 'history', filters], (cursor) =>
    unwrap(api.GET('/api/inventory/moves', { params: { query: { ...filters, cursor, limit: 50 } } })),
  );

export const exportMoves = (filters: MoveFilters, format: ExportFormat) =>
  saveDownload(
    api.GET('/api/inventory/moves/export', { params: { query: { ...filters, format } }, parseAs: 'blob' }),
    `stock-moves.${format}`,
  );

/** A product's lots and serials in stock, earliest expiry first (the FEFO picking order). */
export const useLots = (productId: string | undefined, locationId?: string) =>
  useQuery({
    queryKey: [...inventoryKey, 'lots', productId, locationId],
    queryFn: () => fetchLots(productId!, locationId),
    enabled: Boolean(productId),
  });

export const useLotTrace = (id: string) =>
  useQuery({ queryKey: [...inventoryKey, 'trace', id], queryFn: () => fetchTrace(id) });

export const useValuation = (filters: ValuationFilters) =>
  useQuery({
    queryKey: [...inventoryKey, 'valuation', filters],
    queryFn: () => unwrap(api.GET('/api/inventory/valuation', { params: { query: filters } })),
  });

export const exportValuation = (filters: ValuationFilters, format: ExportFormat) =>
  saveDownload(
    api.GET('/api/inventory/valuation/export', { params: { query: { ...filters, format } }, parseAs: 'blob' }),
    `stock-valuation.${format}`,
  );

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

export const useAdjustmentList = () =>
  useKeysetList([...inventoryKey, 'adjustments'], (cursor) =>
    unwrap(api.GET('/api/inventory/adjustments', { params: { query: { cursor, limit: 50 } } })),
  );

export const useAdjustment = (id: string) =>
  useQuery({
    queryKey: [...inventoryKey, 'adjustments', 'detail', id],
    queryFn: () => unwrap(api.GET('/api/inventory/adjustments/{id}', { params: { path: { id } } })),
  });

/** An adjustment changes stock figures everywhere they show. */
export type AdjustmentPreview = Awaited<ReturnType<typeof previewAdjustment>>;

/** What posting would change, checked by the server as posting checks it; nothing is posted. */
export const previewAdjustment = (adjustment: StockAdjustmentInput) =>
  unwrap(api.POST('/api/inventory/adjustments/preview', { body: adjustment }));

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
