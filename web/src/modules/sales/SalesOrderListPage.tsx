import { Group, Select, Text } from '@mantine/core';
import { IconPlus, IconReceipt } from '@tabler/icons-react';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import type { DataTableColumn } from 'mantine-datatable';
import { useActiveCompany, useCan } from '../../app/me.ts';
import { AnchorLink } from '../../ui/AnchorLink.tsx';
import { ButtonLink } from '../../ui/ButtonLink.tsx';
import { DateRangeFilter } from '../../ui/DateRangeFilter.tsx';
import { ExportMenu } from '../../ui/ExportMenu.tsx';
import { formatDay, formatMoney } from '../../ui/format.ts';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { RecordTable } from '../../ui/RecordTable.tsx';
import { SearchInput } from '../../ui/SearchInput.tsx';
import { sortParamOf, sortStatusOf } from '../../ui/sorting.ts';
import { CustomerSelect } from './CustomerSelect.tsx';
import { OrderStateBadge, orderStateOptions } from './order-states.tsx';
import { orderSorts, type SalesOrderListSearch } from './routes.ts';
import { exportSalesOrders, type SalesOrderFilters, type SalesOrderSummary, useSalesOrderList } from './sales-api.ts';

const route = getRouteApi('/shell/sales-orders');

const orderFilters = (search: SalesOrderListSearch): SalesOrderFilters => ({
  ...search,
  sort: search.sort ?? '-orderDate',
});

function useColumns(): DataTableColumn<SalesOrderSummary>[] {
  const company = useActiveCompany();
  return [
    {
      accessor: 'number',
      sortable: true,
      noWrap: true,
      render: (o) => (
        <AnchorLink to="/sales-orders/$orderId" params={{ orderId: o.id }} fw={600} ff="monospace" fz="sm">
          {o.number}
        </AnchorLink>
      ),
    },
    {
      accessor: 'orderDate',
      title: 'Date',
      sortable: true,
      noWrap: true,
      render: (o) => formatDay(o.orderDate, company),
    },
    { accessor: 'customerName', title: 'Customer' },
    { accessor: 'state', render: (o) => <OrderStateBadge state={o.state} /> },
    {
      accessor: 'total',
      textAlign: 'right',
      noWrap: true,
      render: (o) => (
        <Text
          size="sm"
          fw={600}
          c={o.state === 'cancelled' ? 'dimmed' : undefined}
          td={o.state === 'cancelled' ? 'line-through' : undefined}
        >
          {formatMoney(o.total, { locale: company.locale, currency: o.currency })}
        </Text>
      ),
    },
  ];
}

export function SalesOrderListPage() {
  const search = route.useSearch();
  const navigate = useNavigate({ from: '/sales-orders' });
  const filters = orderFilters(search);
  const list = useSalesOrderList(filters);
  const columns = useColumns();
  const canCreate = useCan('sales.order.create');
  const filter = (change: Partial<SalesOrderListSearch>) =>
    void navigate({ search: (previous) => ({ ...previous, ...change }), replace: true });

  return (
    <>
      <PageHeader
        title="Sales orders"
        description="Orders from customers, from draft to confirmed."
        actions={
          <>
            <ExportMenu download={(format) => exportSalesOrders(filters, format)} />
            {canCreate && (
              <ButtonLink to="/sales-orders/new" leftSection={<IconPlus size={16} />}>
                New order
              </ButtonLink>
            )}
          </>
        }
      />
      <Group gap="sm" mb="sm" align="flex-end">
        <SearchInput
          label="Search by order number"
          placeholder="Order number"
          value={search.q}
          onSearch={(q) => filter({ q })}
          w={230}
        />
        <Select
          aria-label="State"
          placeholder="All states"
          w={160}
          clearable
          data={orderStateOptions}
          value={search.state ?? null}
          onChange={(state) => filter({ state: (state as SalesOrderListSearch['state']) ?? undefined })}
        />
        <CustomerSelect
          aria-label="Customer"
          placeholder="All customers"
          w={240}
          value={search.customerId ?? null}
          onChange={(customerId) => filter({ customerId: customerId ?? undefined })}
        />
        <DateRangeFilter
          label="Order date"
          from={search.dateFrom}
          to={search.dateTo}
          onChange={(dateFrom, dateTo) => filter({ dateFrom, dateTo })}
        />
      </Group>
      <RecordTable
        list={list}
        columns={columns}
        noun="orders"
        rowTestId="order-row"
        empty={{
          icon: <IconReceipt size={24} />,
          title: 'No sales orders found',
          description: 'Change the filters, or enter a new order.',
        }}
        sortStatus={sortStatusOf(filters.sort ?? '-orderDate')}
        onSortStatusChange={(status) => filter({ sort: sortParamOf(status, orderSorts) })}
        onRowClick={(o) => void navigate({ to: '/sales-orders/$orderId', params: { orderId: o.id } })}
      />
    </>
  );
}
