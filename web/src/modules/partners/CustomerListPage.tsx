import { Badge, Group, Text } from '@mantine/core';
import { IconAddressBook, IconPlus } from '@tabler/icons-react';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import type { DataTableColumn } from 'mantine-datatable';
import { useActiveCompany, useCan } from '../../app/me.ts';
import { activeParamOf } from '../../ui/ActiveFilter.tsx';
import { AnchorLink } from '../../ui/AnchorLink.tsx';
import { ButtonLink } from '../../ui/ButtonLink.tsx';
import { formatMoney } from '../../ui/format.ts';
import { ListPage } from '../../ui/list/ListPage.tsx';
import type { ListFilter } from '../../ui/list/list-filters.ts';
import { customerTypeLabels, customerTypeOptions } from './customer-labels.ts';
import { type Customer, type CustomerFilters, exportCustomers, useCustomerList } from './customers-api.ts';
import { type CustomerListSearch, customerSorts } from './routes.ts';

const route = getRouteApi('/shell/customers');

const customerFilters = (search: CustomerListSearch): CustomerFilters => ({
  q: search.q,
  type: search.type,
  active: activeParamOf(search.status),
  sort: search.sort ?? 'name',
});

function CustomerCode({ customer }: { customer: Customer }) {
  return (
    <AnchorLink to="/customers/$customerId" params={{ customerId: customer.id }} fw={600} ff="monospace" fz="sm">
      {customer.code}
    </AnchorLink>
  );
}

function useColumns(): DataTableColumn<Customer>[] {
  const company = useActiveCompany();
  return [
    { accessor: 'code', noWrap: true, render: (c) => <CustomerCode customer={c} /> },
    {
      accessor: 'name',
      render: (c) => (
        <Group gap={6} wrap="nowrap">
          <Text size="sm">{c.name}</Text>
          {!c.active && (
            <Badge size="xs" color="gray" variant="outline">
              Inactive
            </Badge>
          )}
        </Group>
      ),
    },
    { accessor: 'type', render: (c) => customerTypeLabels[c.type] },
    { accessor: 'email', render: (c) => c.email ?? '—' },
    { accessor: 'phone', noWrap: true, render: (c) => c.phone ?? '—' },
    { accessor: 'city', render: (c) => c.city ?? '—' },
    {
      accessor: 'paymentTermsDays',
      title: 'Terms',
      textAlign: 'right',
      render: (c) => (c.paymentTermsDays === 0 ? 'Cash' : `${c.paymentTermsDays} days`),
    },
    {
      accessor: 'creditLimit',
      title: 'Credit limit',
      textAlign: 'right',
      noWrap: true,
      render: (c) => (c.creditLimit === null ? <Text c="dimmed">No limit</Text> : formatMoney(c.creditLimit, company)),
    },
  ];
}

const filters: ListFilter[] = [
  { kind: 'select', key: 'type', label: 'Type', placeholder: 'All types', options: customerTypeOptions },
  { kind: 'active', key: 'status', label: 'Status' },
];

export function CustomerListPage() {
  const search = route.useSearch();
  const navigate = useNavigate({ from: '/customers' });
  const filter = customerFilters(search);
  const list = useCustomerList(filter);
  const canCreate = useCan('partners.customer.create');
  const newCustomer = canCreate && (
    <ButtonLink to="/customers/new" leftSection={<IconPlus size={16} />}>
      New customer
    </ButtonLink>
  );

  return (
    <ListPage
      listId="customers"
      title="Customers"
      description="Who you sell to, with their terms and credit limits."
      actions={newCustomer}
      search={search}
      searchBox={{ key: 'q', label: 'Search customers', placeholder: 'Code, name or email', width: 260 }}
      filters={filters}
      list={list}
      columns={useColumns()}
      sorts={customerSorts}
      defaultSort="name"
      onOpen={(c) => void navigate({ to: '/customers/$customerId', params: { customerId: c.id } })}
      card={(c) => ({
        number: <CustomerCode customer={c} />,
        party: c.name,
        state: customerTypeLabels[c.type],
        amount: c.city ?? undefined,
      })}
      exportList={(format) => exportCustomers(filter, format)}
      noun="customers"
      rowTestId="customer-row"
      empty={{
        icon: <IconAddressBook size={24} />,
        title: 'No customers yet',
        description: 'Add the companies and people you sell to, with their payment terms.',
        action: canCreate && (
          <ButtonLink to="/customers/new" variant="light">
            Add the first customer
          </ButtonLink>
        ),
      }}
    />
  );
}
