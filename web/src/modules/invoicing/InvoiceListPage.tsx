import { Group, Select, Switch, Text } from '@mantine/core';
import { IconFileInvoice, IconPlus } from '@tabler/icons-react';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import type { DataTableColumn } from 'mantine-datatable';
import { useActiveCompany, useCan } from '../../app/me.ts';
import { AnchorLink } from '../../ui/AnchorLink.tsx';
import { ButtonLink } from '../../ui/ButtonLink.tsx';
import { DateRangeFilter } from '../../ui/DateRangeFilter.tsx';
import { ExportMenu } from '../../ui/ExportMenu.tsx';
import { formatDay, formatMoney, todayIn } from '../../ui/format.ts';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { RecordTable } from '../../ui/RecordTable.tsx';
import { SearchInput } from '../../ui/SearchInput.tsx';
import { CustomerSelect } from '../sales/CustomerSelect.tsx';
import {
  InvoiceStateBadge,
  invoiceKindLabels,
  invoiceKindOptions,
  invoiceStateOptions,
  invoiceTitle,
} from './invoice-states.tsx';
import { exportInvoices, type InvoiceFilters, type InvoiceSummary, useInvoiceList } from './invoices-api.ts';
import type { InvoiceListSearch } from './routes.ts';

const route = getRouteApi('/shell/invoices');

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
          <AnchorLink
            to="/invoices/$invoiceId"
            params={{ invoiceId: i.id }}
            fw={600}
            ff={i.number ? 'monospace' : undefined}
            fz="sm"
            fs={i.number ? undefined : 'italic'}
          >
            {invoiceTitle(i)}
          </AnchorLink>
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

export function InvoiceListPage() {
  const search = route.useSearch();
  const navigate = useNavigate({ from: '/invoices' });
  const company = useActiveCompany();
  const { q, overdue, ...rest } = search;
  const filters: InvoiceFilters = { ...rest, search: q, overdueOn: overdue ? todayIn(company.timezone) : undefined };
  const list = useInvoiceList(filters);
  const columns = useColumns();
  const canCreate = useCan('invoicing.invoice.create');
  const filter = (change: Partial<InvoiceListSearch>) =>
    void navigate({ search: (previous) => ({ ...previous, ...change }), replace: true });

  return (
    <>
      <PageHeader
        title="Customer invoices"
        description="Invoices and credit notes, from draft to paid."
        actions={
          <>
            <ExportMenu download={(format) => exportInvoices(filters, format)} />
            {canCreate && (
              <ButtonLink to="/invoices/new" leftSection={<IconPlus size={16} />}>
                New invoice
              </ButtonLink>
            )}
          </>
        }
      />
      <Group gap="sm" mb="sm" align="center">
        <SearchInput
          label="Search invoices"
          placeholder="Number or customer"
          value={search.q}
          onSearch={(next) => filter({ q: next })}
          w={220}
        />
        <Select
          aria-label="State"
          placeholder="All states"
          w={150}
          clearable
          data={invoiceStateOptions}
          value={search.state ?? null}
          onChange={(state) => filter({ state: (state as InvoiceListSearch['state']) ?? undefined })}
        />
        <Select
          aria-label="Kind"
          placeholder="Invoices and credit notes"
          w={210}
          clearable
          data={invoiceKindOptions}
          value={search.kind ?? null}
          onChange={(kind) => filter({ kind: (kind as InvoiceListSearch['kind']) ?? undefined })}
        />
        <CustomerSelect
          aria-label="Customer"
          placeholder="All customers"
          w={220}
          value={search.customerId ?? null}
          onChange={(customerId) => filter({ customerId: customerId ?? undefined })}
        />
        <DateRangeFilter
          label="Invoice date"
          from={search.dateFrom}
          to={search.dateTo}
          onChange={(dateFrom, dateTo) => filter({ dateFrom, dateTo })}
        />
        <Switch
          label="Overdue only"
          checked={search.overdue ?? false}
          onChange={(event) => filter({ overdue: event.currentTarget.checked || undefined })}
        />
      </Group>
      <RecordTable
        list={list}
        columns={columns}
        noun="invoices"
        rowTestId="invoice-row"
        empty={{
          icon: <IconFileInvoice size={24} />,
          title: 'No invoices found',
          description: 'Change the filters, or invoice a delivered order.',
        }}
        onRowClick={(i) => void navigate({ to: '/invoices/$invoiceId', params: { invoiceId: i.id } })}
      />
    </>
  );
}
