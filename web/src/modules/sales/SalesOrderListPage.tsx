import { Text } from '@mantine/core';
import { IconPlus, IconReceipt } from '@tabler/icons-react';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import type { DataTableColumn } from 'mantine-datatable';
import { useActiveCompany, useCan } from '../../app/me.ts';
import { AnchorLink } from '../../ui/AnchorLink.tsx';
import { ButtonLink } from '../../ui/ButtonLink.tsx';
import { formatDay, formatMoney } from '../../ui/format.ts';
import { ListPage } from '../../ui/list/ListPage.tsx';
import type { ListFilter } from '../../ui/list/list-filters.ts';
import { customerFilter } from './customer-filter.tsx';
import { OrderStateBadge, orderStateOptions } from './order-states.tsx';
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

const filters: ListFilter[] = [
  { kind: 'select', key: 'state', label: 'State', placeholder: 'All states', options: orderStateOptions },
  customerFilter,
  { kind: 'dateRange', from: 'dateFrom', to: 'dateTo', label: 'Order date' },
];

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
  const company = useActiveCompany();
  const total = useOrderTotal();
  return [
    { accessor: 'number', noWrap: true, render: (o) => <OrderNumber order={o} /> },
    { accessor: 'orderDate', title: 'Date', noWrap: true, render: (o) => formatDay(o.orderDate, company) },
    { accessor: 'customerName', title: 'Customer' },
    { accessor: 'state', render: (o) => <OrderStateBadge state={o.state} /> },
    { accessor: 'total', textAlign: 'right', noWrap: true, render: total },
  ];
}

export function SalesOrderListPage() {
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
      New order
    </ButtonLink>
  );

  return (
    <ListPage
      listId="sales-orders"
      title="Sales orders"
      description="Orders from customers, from draft to confirmed."
      actions={newOrder}
      search={search}
      searchBox={{ key: 'q', label: 'Search by order number', placeholder: 'Order number', width: 230 }}
      filters={filters}
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
        columns: orderStateOptions,
        column: (state) => salesOrderPages({ ...filter, state: state as OrderState }, 20),
        counts: stateCounts.data && Object.fromEntries(stateCounts.data.map((g) => [g.key, g.count])),
      }}
      grouping={{
        key: 'group',
        options: [
          { value: 'state', label: 'State' },
          { value: 'customer', label: 'Customer' },
        ],
        groups: groups.data,
        labelOf: (by, g) =>
          by === 'state' ? (orderStateOptions.find((o) => o.value === g.key)?.label ?? g.key) : g.label,
        filterOf: (by, g) => (by === 'state' ? { state: g.key } : { customerId: g.key }),
        amount: (sum) => formatMoney(sum, company),
      }}
      exportList={(format) => exportSalesOrders(filter, format)}
      exportSelected={(format, ids) => exportSalesOrders(filter, format, ids)}
      noun="orders"
      rowTestId="order-row"
      empty={{
        icon: <IconReceipt size={24} />,
        title: 'No sales orders yet',
        description: 'Enter the first order a customer places; it reserves stock once confirmed.',
        action: canCreate && (
          <ButtonLink to="/sales-orders/new" variant="light">
            Create the first order
          </ButtonLink>
        ),
      }}
    />
  );
}
