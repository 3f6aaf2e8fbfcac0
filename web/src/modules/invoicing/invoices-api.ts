import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.ts';
import type { paths } from '../../api/schema.d.ts';
import { chatterKey } from '../../ui/chatter-api.ts';
import { saveDownload } from '../../ui/download.ts';
import type { ExportFormat } from '../../ui/ExportMenu.tsx';
import { type KeysetSource, useKeysetList } from '../../ui/keyset-list.ts';

type InvoicePath = paths['/api/customer-invoices/{id}']['get'];
export type Invoice = InvoicePath['responses'][200]['content']['application/json'];
export type InvoiceLine = Invoice['lines'][number];
export type InvoiceSummary =
  paths['/api/customer-invoices']['get']['responses'][200]['content']['application/json']['items'][number];
export type InvoiceState = Invoice['state'];
export type InvoiceKind = Invoice['kind'];
export type NewInvoice = paths['/api/customer-invoices']['post']['requestBody']['content']['application/json'];
export type OrderInvoiceInput = Extract<NewInvoice, { salesOrderId: string }>;
export type DirectInvoiceInput = Extract<NewInvoice, { customerId: string }>;
type InvoiceQuery = NonNullable<paths['/api/customer-invoices']['get']['parameters']['query']>;
export type InvoiceFilters = Omit<InvoiceQuery, 'cursor' | 'limit'>;

export const invoicesKey = ['invoices'] as const;
const invoiceKey = (id: string) => [...invoicesKey, 'detail', id] as const;

/** The invoices of the filters, a page of `limit` at a time. */
export const invoicePages = (filters: InvoiceFilters, limit = 50): KeysetSource<InvoiceSummary> => ({
  queryKey: [...invoicesKey, 'list', filters, limit],
  fetchPage: (cursor) =>
    unwrap(api.GET('/api/customer-invoices', { params: { query: { ...filters, cursor, limit } } })),
});

export const useInvoiceList = (filters: InvoiceFilters) => {
  const { queryKey, fetchPage } = invoicePages(filters);
  return useKeysetList(queryKey, fetchPage);
};

/** How many invoices of the filters each state has, for the kanban (only while it shows). */
export const useInvoiceStateCounts = (filters: InvoiceFilters, enabled: boolean) => {
  const { sort: _sort, ...filter } = filters;
  return useQuery({
    queryKey: [...invoicesKey, 'state-counts', filter],
    queryFn: () => unwrap(api.GET('/api/customer-invoices/state-counts', { params: { query: filter } })),
    enabled,
    select: (answer) => Object.fromEntries(answer.counts.map((c) => [c.state, c.count])),
  });
};

export const useInvoice = (id: string | undefined) =>
  useQuery({
    queryKey: invoiceKey(id ?? ''),
    queryFn: () => unwrap(api.GET('/api/customer-invoices/{id}', { params: { path: { id: id! } } })),
    enabled: id !== undefined,
  });

/** Invoices and credit notes of one sales order, for the order's page. */
export const useOrderInvoices = (salesOrderId: string, enabled: boolean) =>
  useQuery({
    queryKey: [...invoicesKey, 'of-order', salesOrderId],
    queryFn: () => unwrap(api.GET('/api/customer-invoices', { params: { query: { salesOrderId, limit: 200 } } })),
    select: (page) => page.items,
    enabled,
  });

const openStates = ['posted', 'partially_paid'] as const;

/** A customer's invoices still to be paid, oldest due first: what a payment can settle. */
export const useOpenInvoices = (customerId: string | null) =>
  useQuery({
    queryKey: [...invoicesKey, 'open', customerId],
    queryFn: async () => {
      const pages = await Promise.all(
        openStates.map((state) =>
          unwrap(
            api.GET('/api/customer-invoices', {
              params: { query: { customerId: customerId!, kind: 'invoice', state, limit: 200 } },
            }),
          ),
        ),
      );
      return pages
        .flatMap((page) => page.items)
        .sort(
          (a, b) =>
            a.dueDate.localeCompare(b.dueDate) ||
            a.invoiceDate.localeCompare(b.invoiceDate) ||
            (a.number ?? '').localeCompare(b.number ?? ''),
        );
    },
    enabled: customerId !== null,
  });

/** The invoices of the filters, or only those of `ids` (the rows selected in the list). */
export const exportInvoices = (filters: InvoiceFilters, format: ExportFormat, ids?: string[]) => {
  const { sort: _sort, ...filter } = filters;
  return saveDownload(
    api.GET('/api/customer-invoices/export', { params: { query: { ...filter, format, ids } }, parseAs: 'blob' }),
    `invoices.${format}`,
  );
};

const invoicePdf = (id: string) =>
  api.GET('/api/customer-invoices/{id}/pdf', { params: { path: { id } }, parseAs: 'blob' });

export const downloadInvoicePdf = (invoice: Invoice) =>
  saveDownload(invoicePdf(invoice.id), `${invoice.number ?? 'draft-invoice'}.pdf`);

/** Opens the PDF in a new tab; the tab is opened first so pop-up blockers let it through. */
export async function openInvoicePdf(invoice: Invoice): Promise<void> {
  const tab = window.open('', '_blank');
  try {
    const blob = await unwrap(invoicePdf(invoice.id));
    const url = URL.createObjectURL(blob as Blob);
    if (tab) tab.location.href = url;
    else window.location.assign(url);
  } catch (error) {
    tab?.close();
    throw error;
  }
}

/** An invoice changes the order it bills, the receivable, the ledger and its own history. */
export function useRefreshAfterInvoicing() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all(
      [
        invoicesKey,
        ['payments'],
        ['receivables'],
        ['sales-orders'],
        ['accounting'],
        ['dashboard'],
        ['audit', 'customer_invoice'],
        ['audit', 'customer_payment'],
      ].map((queryKey) => queryClient.invalidateQueries({ queryKey })),
    );
}

export function useCreateInvoice() {
  const refresh = useRefreshAfterInvoicing();
  return useMutation({
    mutationFn: (invoice: NewInvoice) => unwrap(api.POST('/api/customer-invoices', { body: invoice })),
    onSuccess: refresh,
  });
}

/** Sends the posted invoice as a PDF, to the customer's address or `to`; the send shows in its timeline. */
export function useEmailInvoice(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (to: string | undefined) =>
      unwrap(api.POST('/api/customer-invoices/{id}/email', { params: { path: { id } }, body: to ? { to } : {} })),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: chatterKey({ recordType: 'customer_invoice', recordId: id }) }),
  });
}

export function usePostInvoice(id: string) {
  const refresh = useRefreshAfterInvoicing();
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/customer-invoices/{id}/post', { params: { path: { id } } })),
    onSuccess: refresh,
  });
}

export function useCancelInvoice(id: string) {
  const refresh = useRefreshAfterInvoicing();
  return useMutation({
    mutationFn: (reason: string) =>
      unwrap(api.POST('/api/customer-invoices/{id}/cancel', { params: { path: { id } }, body: { reason } })),
    onSuccess: refresh,
  });
}

export const useInvoicingSettings = () =>
  useQuery({
    queryKey: ['invoicing-settings'],
    queryFn: () => unwrap(api.GET('/api/invoicing/settings')),
  });

export function useUpdateInvoicingSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (defaultVatRate: string) => unwrap(api.PUT('/api/invoicing/settings', { body: { defaultVatRate } })),
    onSuccess: (settings) => queryClient.setQueryData(['invoicing-settings'], settings),
  });
}
