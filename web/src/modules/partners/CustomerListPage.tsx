import { Badge, Group, Select, Text } from '@mantine/core';
import { IconAddressBook, IconPlus } from '@tabler/icons-react';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import type { DataTableColumn } from 'mantine-datatable';
import { useActiveCompany, useCan } from '../../app/me.ts';
import { ActiveFilter, activeParamOf } from '../../ui/ActiveFilter.tsx';
import { AnchorLink } from '../../ui/AnchorLink.tsx';
import { ButtonLink } from '../../ui/ButtonLink.tsx';
import { ExportMenu } from '../../ui/ExportMenu.tsx';
import { formatMoney } from '../../ui/format.ts';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { RecordTable } from '../../ui/RecordTable.tsx';
import { SearchInput } from '../../ui/SearchInput.tsx';
import { sortParamOf, sortStatusOf } from '../../ui/sorting.ts';
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

function useColumns(): DataTableColumn<Customer>[] {
  const company = useActiveCompany();
  return [
    {
      accessor: 'code',
      sortable: true,
      noWrap: true,
      render: (c) => (
        <AnchorLink to="/customers/$customerId" params={{ customerId: c.id }} fw={600} ff="monospace" fz="sm">
          {c.code}
        </AnchorLink>
      ),
    },
    {
      accessor: 'name',
      sortable: true,
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

export function CustomerListPage() {
  const search = route.useSearch();
  const navigate = useNavigate({ from: '/customers' });
  const filters = customerFilters(search);
  const list = useCustomerList(filters);
  const columns = useColumns();
  const canCreate = useCan('partners.customer.create');
  const filter = (change: Partial<CustomerListSearch>) =>
    void navigate({ search: (previous) => ({ ...previous, ...change }), replace: true });

  return (
    <>
      <PageHeader
        title="Customers"
        description="Who you sell to, with their terms and credit limits."
        actions={
          <>
            <ExportMenu download={(format) => exportCustomers(filters, format)} />
            {canCreate && (
              <ButtonLink to="/customers/new" leftSection={<IconPlus size={16} />}>
                New customer
              </ButtonLink>
            )}
          </>
        }
      />
      <Group gap="sm" mb="sm" align="flex-end">
        <SearchInput
          label="Search customers"
          placeholder="Code, name or email"
          value={search.q}
          onSearch={(q) => filter({ q })}
        />
        <Select
          aria-label="Type"
          placeholder="All types"
          w={160}
          clearable
          data={customerTypeOptions}
          value={search.type ?? null}
          onChange={(type) => filter({ type: (type as CustomerListSearch['type']) ?? undefined })}
        />
        <ActiveFilter value={search.status} onChange={(status) => filter({ status })} />
      </Group>
      <RecordTable
        list={list}
        columns={columns}
        noun="customers"
        rowTestId="customer-row"
        empty={{
          icon: <IconAddressBook size={24} />,
          title: 'No customers found',
          description: 'Change the filters, or add a customer.',
        }}
        sortStatus={sortStatusOf(filters.sort ?? 'name')}
        onSortStatusChange={(status) => filter({ sort: sortParamOf(status, customerSorts) })}
        onRowClick={(c) => void navigate({ to: '/customers/$customerId', params: { customerId: c.id } })}
      />
    </>
  );
}
