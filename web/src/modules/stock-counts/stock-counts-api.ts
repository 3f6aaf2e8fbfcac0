import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas, unwrap } from '../../api/client.ts';
import type { paths } from '../../api/schema.d.ts';
import { saveDownload } from '../../ui/download.ts';
import type { ExportFormat } from '../../ui/ExportMenu.tsx';
import { type KeysetSource, useKeysetList } from '../../ui/keyset-list.ts';

export type StockCount = Schemas['StockCount'];
export type StockCountSummary = Schemas['StockCountSummary'];
export type StockCountLine = StockCount['lines'][number];
export type CountState = StockCount['state'];
export type CountAction = StockCount['allowedActions'][number];
export type CountFrequency = StockCount['frequency'];
export type VarianceReason = NonNullable<StockCountLine['reason']>;
export type Evaluation = Schemas['StockCountEvaluation'];
export type ScheduleInput = paths['/api/stock-counts']['post']['requestBody']['content']['application/json'];
export type CountEntry =
  paths['/api/stock-counts/{id}/counts']['post']['requestBody']['content']['application/json']['lines'][number];
type CountQuery = NonNullable<paths['/api/stock-counts']['get']['parameters']['query']>;
export type StockCountFilters = Pick<CountQuery, 'state' | 'warehouseId' | 'dateFrom' | 'dateTo' | 'q' | 'sort'>;

const countsKey = ['stock-counts'] as const;
const countKey = (id: string) => [...countsKey, 'detail', id] as const;

/** The counts of the filters, a page of `limit` at a time. */
export const stockCountPages = (filters: StockCountFilters, limit = 50): KeysetSource<StockCountSummary> => ({
  queryKey: [...countsKey, 'list', filters, limit],
  fetchPage: (cursor) => unwrap(api.GET('/api/stock-counts', { params: { query: { ...filters, cursor, limit } } })),
});

export const useStockCountList = (filters: StockCountFilters) => {
  const { queryKey, fetchPage } = stockCountPages(filters);
  return useKeysetList(queryKey, fetchPage);
};

/** How many counts of the filters each state has, for the kanban (only while it shows). */
export const useStockCountStateCounts = (filters: StockCountFilters, enabled: boolean) => {
  const { sort: _sort, ...filter } = filters;
  return useQuery({
    queryKey: [...countsKey, 'state-counts', filter],
    queryFn: () => unwrap(api.GET('/api/stock-counts/state-counts', { params: { query: filter } })),
    enabled,
    select: (answer) => Object.fromEntries(answer.counts.map((c) => [c.state, c.count])),
  });
};

export const useStockCount = (id: string) =>
  useQuery({
    queryKey: countKey(id),
    queryFn: () => unwrap(api.GET('/api/stock-counts/{id}', { params: { path: { id } } })),
  });

export const exportStockCounts = (filters: StockCountFilters, format: ExportFormat) => {
  const { sort: _sort, ...filter } = filters;
  return saveDownload(
    api.GET('/api/stock-counts/export', { params: { query: { ...filter, format } }, parseAs: 'blob' }),
    `stock-counts.${format}`,
  );
};

export const downloadCountSheet = (count: Pick<StockCount, 'id' | 'number'>) =>
  saveDownload(
    api.GET('/api/stock-counts/{id}/sheet', { params: { path: { id: count.id } }, parseAs: 'blob' }),
    `count-sheet-${count.number}.pdf`,
  );

export const downloadVarianceReport = (count: Pick<StockCount, 'id' | 'number'>, format: ExportFormat) =>
  saveDownload(
    api.GET('/api/stock-counts/{id}/variance-report', {
      params: { path: { id: count.id }, query: { format } },
      parseAs: 'blob',
    }),
    `variance-report-${count.number}.${format}`,
  );

export const useWarehouseChoices = () =>
  useQuery({
    queryKey: ['inventory', 'structure', 'warehouses'],
    queryFn: () => unwrap(api.GET('/api/warehouses')),
    select: (answer) => answer.items,
  });

export const useWarehouseScope = (id: string | null) =>
  useQuery({
    queryKey: ['inventory', 'structure', 'tree', id],
    queryFn: () => unwrap(api.GET('/api/warehouses/{id}/tree', { params: { path: { id: id! } } })),
    enabled: Boolean(id),
  });

export const useTeamCandidates = () =>
  useQuery({
    queryKey: [...countsKey, 'team-candidates'],
    queryFn: () => unwrap(api.GET('/api/stock-counts/team-candidates')),
    select: (answer) => answer.items,
  });

export const useCountSettings = () =>
  useQuery({
    queryKey: [...countsKey, 'settings'],
    queryFn: () => unwrap(api.GET('/api/stock-counts/settings')),
  });

export const useEvaluation = (query: { dateFrom: string; dateTo: string; warehouseId?: string | undefined }) =>
  useQuery({
    queryKey: [...countsKey, 'evaluation', query],
    queryFn: () => unwrap(api.GET('/api/stock-counts/evaluation', { params: { query } })),
  });

/** A count's change reaches the lists, stock figures and its history. */
function useRefreshAfterCountChange() {
  const queryClient = useQueryClient();
  return (count?: StockCount) => {
    if (count) queryClient.setQueryData(countKey(count.id), count);
    return Promise.all(
      [[...countsKey, 'list'], [...countsKey, 'evaluation'], ['products'], ['inventory'], ['audit', 'stock_count']].map(
        (queryKey) => queryClient.invalidateQueries({ queryKey }),
      ),
    );
  };
}

export function useScheduleCount() {
  const refresh = useRefreshAfterCountChange();
  return useMutation({
    mutationFn: (input: ScheduleInput) => unwrap(api.POST('/api/stock-counts', { body: input })),
    onSuccess: (count) => refresh(count),
  });
}

const transitionPaths = {
  start: '/api/stock-counts/{id}/start',
  finish: '/api/stock-counts/{id}/finish',
  review: '/api/stock-counts/{id}/review',
  approve: '/api/stock-counts/{id}/approve',
  post: '/api/stock-counts/{id}/post',
} as const;
export type SimpleAction = keyof typeof transitionPaths;

/** Start, finish, review, approve or post: each answers the count as it is now. */
export function useCountTransition(id: string) {
  const refresh = useRefreshAfterCountChange();
  return useMutation({
    mutationFn: (action: SimpleAction): Promise<StockCount> =>
      unwrap(api.POST(transitionPaths[action], { params: { path: { id } } })),
    onSuccess: (count) => refresh(count),
  });
}

export function useRejectCount(id: string) {
  const refresh = useRefreshAfterCountChange();
  return useMutation({
    mutationFn: (body: { reason: string; recountLineIds?: string[] }) =>
      unwrap(api.POST('/api/stock-counts/{id}/reject', { params: { path: { id } }, body })),
    onSuccess: (count) => refresh(count),
  });
}

export function useCancelCount(id: string) {
  const refresh = useRefreshAfterCountChange();
  return useMutation({
    mutationFn: (reason: string | undefined) =>
      unwrap(api.POST('/api/stock-counts/{id}/cancel', { params: { path: { id } }, body: { reason } })),
    onSuccess: (count) => refresh(count),
  });
}

export function useSaveCounts(id: string) {
  const refresh = useRefreshAfterCountChange();
  return useMutation({
    mutationFn: (lines: CountEntry[]) =>
      unwrap(api.POST('/api/stock-counts/{id}/counts', { params: { path: { id } }, body: { lines } })),
    onSuccess: ({ touchedLineIds: _, ...count }) => refresh(count),
  });
}

export function useChangeCountSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (approvalThreshold: string) =>
      unwrap(api.PUT('/api/stock-counts/settings', { body: { approvalThreshold } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: countsKey }),
  });
}
