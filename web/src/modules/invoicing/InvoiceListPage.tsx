import { Text } from '@mantine/core';
import { IconFileInvoice, IconPlus } from '@tabler/icons-react';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import type { DataTableColumn } from 'mantine-datatable';
import { useTranslation } from 'react-i18next';
import { useActiveCompany, useCan } from '../../app/me.ts';
import { AnchorLink } from '../../ui/AnchorLink.tsx';
import { ButtonLink } from '../../ui/ButtonLink.tsx';
import { formatDay, formatMoney, todayIn } from '../../ui/format.ts';
import { ListPage } from '../../ui/list/ListPage.tsx';
import type { ListFilter } from '../../ui/list/list-filters.ts';
import { customerFilter } from '../sales/index.ts';
import { InvoiceStateBadge, invoiceKindOptions, invoiceStateOptions, invoiceTitle } from './invoice-states.tsx';
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
  const { t } = useTranslation('invoicing');
  return (
    <AnchorLink
      to="/invoices/$invoiceId"
      params={{ invoiceId: invoice.id }}
      fw={600}
      ff={invoice.number ? 'monospace' : undefined}
      fz="sm"
      fs={invoice.number ? undefined : 'italic'}
    >
      {invoiceTitle(t, invoice)}
    </AnchorLink>
  );
}

function useColumns(): DataTableColumn<InvoiceSummary>[] {
  const { t } = useTranslation('invoicing');
  const company = useActiveCompany();
  const today = todayIn(company.timezone);
  const money = (amount: string, currency: string) => formatMoney(amount, { locale: company.locale, currency });
  return [
    {
      accessor: 'number',
      title: t('invoiceList.number'),
      noWrap: true,
      render: (i) => (
        <>
          <InvoiceNumber invoice={i} />
          {i.kind === 'credit_note' && i.number && (
            <Text size="xs" c="dimmed">
              {t(`invoiceStates.kinds.${i.kind}`)}
            </Text>
          )}
        </>
      ),
    },
    {
      accessor: 'invoiceDate',
      title: t('invoiceList.date'),
      noWrap: true,
      render: (i) => formatDay(i.invoiceDate, company),
    },
    {
      accessor: 'dueDate',
      title: t('invoiceList.due'),
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
    { accessor: 'customerName', title: t('invoiceList.customer') },
    {
      accessor: 'salesOrderNumber',
      title: t('invoiceList.order'),
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
    {
      accessor: 'state',
      title: t('invoiceList.state'),
      render: (i) => <InvoiceStateBadge state={i.state} kind={i.kind} />,
    },
    {
      accessor: 'total',
      title: t('invoiceList.total'),
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
      title: t('invoiceList.dueAmount'),
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

function useFilters(): ListFilter[] {
  const { t } = useTranslation('invoicing');
  return [
    {
      kind: 'select',
      key: 'state',
      label: t('invoiceList.state'),
      placeholder: t('invoiceList.allStates'),
      width: 150,
      options: invoiceStateOptions(t),
    },
    {
      kind: 'select',
      key: 'kind',
      label: t('invoiceList.kind'),
      placeholder: t('invoiceList.allKinds'),
      width: 210,
      options: invoiceKindOptions(t),
    },
    customerFilter,
    { kind: 'dateRange', from: 'dateFrom', to: 'dateTo', label: t('invoiceList.invoiceDate') },
    { kind: 'yesNo', key: 'overdue', label: t('invoiceList.overdueOnly') },
  ];
}

export function InvoiceListPage() {
  const { t } = useTranslation('invoicing');
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
      {t('invoiceList.newInvoice')}
    </ButtonLink>
  );

  return (
    <ListPage
      listId="invoices"
      title={t('invoiceList.title')}
      description={t('invoiceList.description')}
      actions={newInvoice}
      search={search}
      searchBox={{
        key: 'q',
        label: t('invoiceList.searchLabel'),
        placeholder: t('invoiceList.searchPlaceholder'),
        width: 220,
      }}
      filters={useFilters()}
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
        columns: invoiceStateOptions(t),
        column: (state) => invoicePages({ ...filter, state: state as InvoiceState }, 20),
        counts: stateCounts.data,
      }}
      exportList={(format) => exportInvoices(filter, format)}
      exportSelected={(format, ids) => exportInvoices(filter, format, ids)}
      noun={t('invoiceList.noun')}
      rowTestId="invoice-row"
      empty={{
        icon: <IconFileInvoice size={24} />,
        title: t('invoiceList.emptyTitle'),
        description: t('invoiceList.emptyDescription'),
        action: canCreate && (
          <ButtonLink to="/invoices/new" variant="light">
            {t('invoiceList.writeFirst')}
          </ButtonLink>
        ),
      }}
    />
  );
}
