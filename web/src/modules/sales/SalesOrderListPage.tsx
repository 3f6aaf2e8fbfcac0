import { Text } from '@mantine/core';
import { IconPlus, IconReceipt } from '@tabler/icons-react';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import type { DataTableColumn } from 'mantine-datatable';
import { useTranslation } from 'react-i18next';
import { useActiveCompany, useCan } from '../../app/me.ts';
import { AnchorLink } from '../../ui/AnchorLink.tsx';
import { ButtonLink } from '../../ui/ButtonLink.tsx';
import { formatDay, formatMoney } from '../../ui/format.ts';
import { ListPage } from '../../ui/list/ListPage.tsx';
import type { ListFilter } from '../../ui/list/list-filters.ts';
import { customerFilter } from './customer-filter.tsx';
import { OrderStateBadge, useOrderStateOptions } from './order-states.tsx';
import { orderSorts } from './routes.ts';
import {
  exportSalesOrders,
  type OrderState,
  type SalesOrderSummary,
  salesOrderPages,
  useSalesOrderGroups,
  useSalesOrderList,
} from './sales-api.ts';

const route = getRouteApi('/shell/sales-orders');

function useFilters(stateOptions: ReturnType<typeof useOrderStateOptions>): ListFilter[] {
  const { t } = useTranslation('sales');
  return [
    {
      kind: 'select',
      key: 'state',
      label: t('orderList.state'),
      placeholder: t('orderList.allStates'),
      options: stateOptions,
    },
    customerFilter,
    { kind: 'dateRange', from: 'dateFrom', to: 'dateTo', label: t('orderList.orderDate') },
  ];
}

function OrderNumber({ order }: { order: SalesOrderSummary }) {
  return (
    <AnchorLink to="/sales-orders/$orderId" params={{ orderId: order.id }} fw={600} ff="monospace" fz="sm">
      {order.number}
    </AnchorLink>
  );
}

function useOrderTotal() {
  const company = useActiveCompany();
  return (o: SalesOrderSummary) => (
    <Text
      span
      size="sm"
      fw={600}
      c={o.state === 'cancelled' ? 'dimmed' : undefined}
      td={o.state === 'cancelled' ? 'line-through' : undefined}
    >
      {formatMoney(o.total, { locale: company.locale, currency: o.currency })}
    </Text>
  );
}

function useColumns(): DataTableColumn<SalesOrderSummary>[] {
  const { t } = useTranslation('sales');
  const company = useActiveCompany();
  const total = useOrderTotal();
  return [
    { accessor: 'number', title: t('orderList.number'), noWrap: true, render: (o) => <OrderNumber order={o} /> },
    {
      accessor: 'orderDate',
      title: t('orderList.date'),
      noWrap: true,
      render: (o) => formatDay(o.orderDate, company),
    },
    { accessor: 'customerName', title: t('orderList.customer') },
    { accessor: 'state', title: t('orderList.state'), render: (o) => <OrderStateBadge state={o.state} /> },
    { accessor: 'total', title: t('orderList.total'), textAlign: 'right', noWrap: true, render: total },
  ];
}

export function SalesOrderListPage() {
  const { t } = useTranslation('sales');
  const stateOptions = useOrderStateOptions();
  const search = route.useSearch();
  const navigate = useNavigate({ from: '/sales-orders' });
  const { group, view, ...filterSearch } = search;
  const filter = { ...filterSearch, sort: search.sort ?? '-orderDate' };
  const list = useSalesOrderList(filter);
  const groups = useSalesOrderGroups(filter, group);
  const { state: _state, ...otherFilters } = filter;
  const stateCounts = useSalesOrderGroups(otherFilters, view === 'kanban' ? 'state' : undefined);
  const company = useActiveCompany();
  const total = useOrderTotal();
  const canCreate = useCan('sales.order.create');
  const newOrder = canCreate && (
    <ButtonLink to="/sales-orders/new" leftSection={<IconPlus size={16} />}>
      {t('orderList.newOrder')}
    </ButtonLink>
  );

  return (
    <ListPage
      listId="sales-orders"
      title={t('orderList.title')}
      description={t('orderList.description')}
      actions={newOrder}
      search={search}
      searchBox={{
        key: 'q',
        label: t('orderList.searchLabel'),
        placeholder: t('orderList.searchPlaceholder'),
        width: 230,
      }}
      filters={useFilters(stateOptions)}
      list={list}
      columns={useColumns()}
      sorts={orderSorts}
      defaultSort="-orderDate"
      onOpen={(o) => void navigate({ to: '/sales-orders/$orderId', params: { orderId: o.id } })}
      card={(o) => ({
        number: <OrderNumber order={o} />,
        party: o.customerName,
        state: <OrderStateBadge state={o.state} />,
        amount: total(o),
        date: formatDay(o.orderDate, company),
      })}
      kanban={{
        key: 'state',
        columns: stateOptions,
        column: (state) => salesOrderPages({ ...filter, state: state as OrderState }, 20),
        counts: stateCounts.data && Object.fromEntries(stateCounts.data.map((g) => [g.key, g.count])),
      }}
      grouping={{
        key: 'group',
        options: [
          { value: 'state', label: t('orderList.state') },
          { value: 'customer', label: t('orderList.customer') },
        ],
        groups: groups.data,
        labelOf: (by, g) => (by === 'state' ? (stateOptions.find((o) => o.value === g.key)?.label ?? g.key) : g.label),
        filterOf: (by, g) => (by === 'state' ? { state: g.key } : { customerId: g.key }),
        amount: (sum) => formatMoney(sum, company),
      }}
      exportList={(format) => exportSalesOrders(filter, format)}
      exportSelected={(format, ids) => exportSalesOrders(filter, format, ids)}
      noun={t('orderList.noun')}
      rowTestId="order-row"
      empty={{
        icon: <IconReceipt size={24} />,
        title: t('orderList.emptyTitle'),
        description: t('orderList.emptyDescription'),
        action: canCreate && (
          <ButtonLink to="/sales-orders/new" variant="light">
            {t('orderList.createFirst')}
          </ButtonLink>
        ),
      }}
    />
  );
}
