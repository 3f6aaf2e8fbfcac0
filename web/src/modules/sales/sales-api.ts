import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas, unwrap } from '../../api/client.ts';
import type { paths } from '../../api/schema.d.ts';
import { useEmailDocument } from '../../ui/document/EmailDocumentModal.tsx';
import { saveDownload } from '../../ui/download.ts';
import type { ExportFormat } from '../../ui/ExportMenu.tsx';
import { type KeysetSource, useKeysetList } from '../../ui/keyset-list.ts';

export type SalesOrder = Schemas['SalesOrder'];
export type SalesOrderSummary = Schemas['SalesOrderSummary'];
export type OrderState = SalesOrder['state'];
export type SalesOrderInput = paths['/api/sales-orders']['post']['requestBody']['content']['application/json'];
export type OrderLineInput = SalesOrderInput['lines'][number];
type OrderQuery = NonNullable<paths['/api/sales-orders']['get']['parameters']['query']>;
export type SalesOrderFilters = Pick<OrderQuery, 'state' | 'customerId' | 'dateFrom' | 'dateTo' | 'q' | 'sort'>;

const salesOrdersKey = ['sales-orders'] as const;
const salesOrderKey = (id: string) => [...salesOrdersKey, 'detail', id] as const;

/** The orders of the filters, a page of `limit` at a time. */
export const salesOrderPages = (filters: SalesOrderFilters, limit = 50): KeysetSource<SalesOrderSummary> => ({
  queryKey: [...salesOrdersKey, 'list', filters, limit],
  fetchPage: (cursor) => unwrap(api.GET('/api/sales-orders', { params: { query: { ...filters, cursor, limit } } })),
});

export const useSalesOrderList = (filters: SalesOrderFilters) => {
  const { queryKey, fetchPage } = salesOrderPages(filters);
  return useKeysetList(queryKey, fetchPage);
};

/** The orders of the filters grouped by state or customer, when a grouping is chosen. */
export const useSalesOrderGroups = (filters: SalesOrderFilters, by: 'state' | 'customer' | undefined) => {
  const { sort: _sort, ...filter } = filters;
  return useQuery({
    queryKey: [...salesOrdersKey, 'groups', filter, by],
    queryFn: () => unwrap(api.GET('/api/sales-orders/groups', { params: { query: { ...filter, by: by! } } })),
    enabled: by !== undefined,
    select: (answer) => answer.groups,
  });
};

export const useSalesOrder = (id: string) =>
  useQuery({
    queryKey: salesOrderKey(id),
    queryFn: () => unwrap(api.GET('/api/sales-orders/{id}', { params: { path: { id } } })),
  });

/** The orders of the filters, or only those of `ids` (the rows selected in the list). */
export const exportSalesOrders = (filters: SalesOrderFilters, format: ExportFormat, ids?: string[]) => {
  const { sort: _sort, ...filter } = filters;
  return saveDownload(
    api.GET('/api/sales-orders/export', { params: { query: { ...filter, format, ids } }, parseAs: 'blob' }),
    `sales-orders.${format}`,
  );
};

/** Live totals of lines that are not saved yet; the server prices them as it would on save. */
export const usePricePreview = (lines: OrderLineInput[]) =>
  useQuery({
    queryKey: [...salesOrdersKey, 'price-preview', lines],
    queryFn: () => unwrap(api.POST('/api/sales-orders/price-preview', { body: { lines } })),
    enabled: lines.length > 0,
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });

/** An order's change reaches stock figures, the dashboard and the order's history. */
function useRefreshAfterOrderChange() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all(
      [salesOrdersKey, ['products'], ['inventory'], ['dashboard'], ['audit', 'sales_order']].map((queryKey) =>
        queryClient.invalidateQueries({ queryKey }),
      ),
    );
}

export function useCreateSalesOrder() {
  const refresh = useRefreshAfterOrderChange();
  return useMutation({
    mutationFn: (order: SalesOrderInput) => unwrap(api.POST('/api/sales-orders', { body: order })),
    onSuccess: refresh,
  });
}

export function useUpdateSalesOrder(id: string) {
  const refresh = useRefreshAfterOrderChange();
  return useMutation({
    mutationFn: (order: SalesOrderInput) =>
      unwrap(api.PUT('/api/sales-orders/{id}', { params: { path: { id } }, body: order })),
    onSuccess: refresh,
  });
}

/** Confirm answers the new state only: the order and everything it reserved are fetched again. */
export function useConfirmSalesOrder(id: string) {
  const refresh = useRefreshAfterOrderChange();
  return useMutation({
    mutationFn: (options: { overrideCreditLimit?: boolean }) =>
      unwrap(api.POST('/api/sales-orders/{id}/confirm', { params: { path: { id } }, body: options })),
    onSuccess: refresh,
  });
}

export function useCancelSalesOrder(id: string) {
  const refresh = useRefreshAfterOrderChange();
  return useMutation({
    mutationFn: (reason: string | undefined) =>
      unwrap(api.POST('/api/sales-orders/{id}/cancel', { params: { path: { id } }, body: { reason } })),
    onSuccess: refresh,
  });
}

type DeliveryBody = NonNullable<
  NonNullable<paths['/api/sales-orders/{id}/deliveries']['post']['requestBody']>['content']['application/json']
>;
export type DeliveryInput = Exclude<DeliveryBody, null>;
export type ReturnInput = paths['/api/sales-orders/{id}/returns']['post']['requestBody']['content']['application/json'];

/** A delivery ships from the reservation: the order, stock, valuation and dashboard all change. */
export function useDeliverSalesOrder(id: string) {
  const refresh = useRefreshAfterOrderChange();
  return useMutation({
    mutationFn: (delivery: DeliveryInput) =>
      unwrap(api.POST('/api/sales-orders/{id}/deliveries', { params: { path: { id } }, body: delivery })),
    onSuccess: refresh,
  });
}

export function useReturnSalesOrder(id: string) {
  const refresh = useRefreshAfterOrderChange();
  return useMutation({
    mutationFn: (goodsBack: ReturnInput) =>
      unwrap(api.POST('/api/sales-orders/{id}/returns', { params: { path: { id } }, body: goodsBack })),
    onSuccess: refresh,
  });
}

/** Sends the order confirmation PDF to the customer's address or `to`; the send shows in the order's timeline. */
export const useEmailSalesOrder = (id: string) =>
  useEmailDocument({ recordType: 'sales_order', recordId: id }, (to) =>
    unwrap(api.POST('/api/sales-orders/{id}/email', { params: { path: { id } }, body: to ? { to } : {} })),
  );
