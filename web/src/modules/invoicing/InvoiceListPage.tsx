import { Text } from '@mantine/core';
import { IconFileInvoice, IconPlus } from '@tabler/icons-react';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import type { DataTableColumn } from 'mantine-datatable';
import { useActiveCompany, useCan } from '../../app/me.ts';
import { AnchorLink } from '../../ui/AnchorLink.tsx';
import { ButtonLink } from '../../ui/ButtonLink.tsx';
import { formatDay, formatMoney, todayIn } from '../../ui/format.ts';
import { ListPage } from '../../ui/list/ListPage.tsx';
import type { ListFilter } from '../../ui/list/list-filters.ts';
import { customerFilter } from '../sales/customer-filter.tsx';
import {
  InvoiceStateBadge,
  invoiceKindLabels,
  invoiceKindOptions,
  invoiceStateOptions,
  invoiceTitle,
} from './invoice-states.tsx';
import {
  exportInvoices,
  type InvoiceFilters,
  type InvoiceState,
  type InvoiceSummary,
  invoicePages,
  useInvoiceList,
  useInvoiceStateCounts,
} from './invoices-api.ts';
import { invoiceSorts } from './routes.ts';

const route = getRouteApi('/shell/invoices');

function InvoiceNumber({ invoice }: { invoice: InvoiceSummary }) {
  return (
    <AnchorLink
      to="/invoices/$invoiceId"
      params={{ invoiceId: invoice.id }}
      fw={600}
      ff={invoice.number ? 'monospace' : undefined}
      fz="sm"
      fs={invoice.number ? undefined : 'italic'}
    >
      {invoiceTitle(invoice)}
    </AnchorLink>
  );
}

function useColumns(): DataTableColumn<InvoiceSummary>[] {
  const company = useActiveCompany();
  const today = todayIn(company.timezone);
  const money = (amount: string, currency: string) => formatMoney(amount, { locale: company.locale, currency });
  return [
    {
      accessor: 'number',
      noWrap: true,
      render: (i) => (
        <>
          <InvoiceNumber invoice={i} />
          {i.kind === 'credit_note' && i.number && (
            <Text size="xs" c="dimmed">
              {invoiceKindLabels[i.kind]}
            </Text>
          )}
        </>
      ),
    },
    { accessor: 'invoiceDate', title: 'Date', noWrap: true, render: (i) => formatDay(i.invoiceDate, company) },
    {
      accessor: 'dueDate',
      title: 'Due',
      noWrap: true,
      render: (i) => {
        const overdue = i.amountDue !== '0' && i.dueDate < today;
        return (
          <Text size="sm" c={overdue ? 'red' : undefined} fw={overdue ? 600 : undefined}>
            {formatDay(i.dueDate, company)}
          </Text>
        );
      },
    },
    { accessor: 'customerName', title: 'Customer' },
    {
      accessor: 'salesOrderNumber',
      title: 'Order',
      noWrap: true,
      render: (i) =>
        i.salesOrderId && i.salesOrderNumber ? (
          <AnchorLink
            to="/sales-orders/$orderId"
            params={{ orderId: i.salesOrderId }}
            ff="monospace"
            fz="sm"
            onClick={(event) => event.stopPropagation()}
          >
            {i.salesOrderNumber}
          </AnchorLink>
        ) : (
          '—'
        ),
    },
    { accessor: 'state', render: (i) => <InvoiceStateBadge state={i.state} kind={i.kind} /> },
    {
      accessor: 'total',
      textAlign: 'right',
      noWrap: true,
      render: (i) => (
        <Text size="sm" fw={600} c={i.state === 'cancelled' ? 'dimmed' : undefined}>
          {i.kind === 'credit_note' ? `− ${money(i.total, i.currency)}` : money(i.total, i.currency)}
        </Text>
      ),
    },
    {
      accessor: 'amountDue',
      title: 'Due amount',
      textAlign: 'right',
      noWrap: true,
      render: (i) => (
        <Text size="sm" c={i.amountDue === '0' ? 'dimmed' : undefined} data-testid="invoice-row-due">
          {money(i.amountDue, i.currency)}
        </Text>
      ),
    },
  ];
}

const filters: ListFilter[] = [
  { kind: 'select', key: 'state', label: 'State', placeholder: 'All states', width: 150, options: invoiceStateOptions },
  {
    kind: 'select',
    key: 'kind',
    label: 'Kind',
    placeholder: 'Invoices and credit notes',
    width: 210,
    options: invoiceKindOptions,
  },
  customerFilter,
  { kind: 'dateRange', from: 'dateFrom', to: 'dateTo', label: 'Invoice date' },
  { kind: 'yesNo', key: 'overdue', label: 'Overdue only' },
];

export function InvoiceListPage() {
  const search = route.useSearch();
  const navigate = useNavigate({ from: '/invoices' });
  const company = useActiveCompany();
  const { q, overdue, view, ...rest } = search;
  const filter: InvoiceFilters = { ...rest, search: q, overdueOn: overdue ? todayIn(company.timezone) : undefined };
  const list = useInvoiceList(filter);
  const { state: _state, ...otherFilters } = filter;
  const stateCounts = useInvoiceStateCounts(otherFilters, view === 'kanban');
  const canCreate = useCan('invoicing.invoice.create');
  const newInvoice = canCreate && (
    <ButtonLink to="/invoices/new" leftSection={<IconPlus size={16} />}>
      New invoice
    </ButtonLink>
  );

  return (
    <ListPage
      listId="invoices"
      title="Customer invoices"
      description="Invoices and credit notes, from draft to paid."
      actions={newInvoice}
      search={search}
      searchBox={{ key: 'q', label: 'Search invoices', placeholder: 'Number or customer', width: 220 }}
      filters={filters}
      list={list}
      columns={useColumns()}
      sorts={invoiceSorts}
      defaultSort="-invoiceDate"
      onOpen={(i) => void navigate({ to: '/invoices/$invoiceId', params: { invoiceId: i.id } })}
      card={(i) => ({
        number: <InvoiceNumber invoice={i} />,
        party: i.customerName,
        state: <InvoiceStateBadge state={i.state} kind={i.kind} />,
        amount: formatMoney(i.total, { locale: company.locale, currency: i.currency }),
        date: formatDay(i.invoiceDate, company),
      })}
      kanban={{
        key: 'state',
        columns: invoiceStateOptions,
        column: (state) => invoicePages({ ...filter, state: state as InvoiceState }, 20),
        counts: stateCounts.data,
      }}
      exportList={(format) => exportInvoices(filter, format)}
      exportSelected={(format, ids) => exportInvoices(filter, format, ids)}
      noun="invoices"
      rowTestId="invoice-row"
      empty={{
        icon: <IconFileInvoice size={24} />,
        title: 'No invoices yet',
        description: 'Invoice a delivered sales order from its page, or write an invoice for services.',
        action: canCreate && (
          <ButtonLink to="/invoices/new" variant="light">
            Write the first invoice
          </ButtonLink>
        ),
      }}
    />
  );
}
