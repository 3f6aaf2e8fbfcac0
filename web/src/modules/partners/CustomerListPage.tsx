import { Badge, Group, Text } from '@mantine/core';
import { IconAddressBook, IconPlus } from '@tabler/icons-react';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import type { DataTableColumn } from 'mantine-datatable';
import { useTranslation } from 'react-i18next';
import { useActiveCompany, useCan } from '../../app/me.ts';
import { activeParamOf } from '../../ui/ActiveFilter.tsx';
import { AnchorLink } from '../../ui/AnchorLink.tsx';
import { ButtonLink } from '../../ui/ButtonLink.tsx';
import { formatMoney } from '../../ui/format.ts';
import { ListPage } from '../../ui/list/ListPage.tsx';
import type { ListFilter } from '../../ui/list/list-filters.ts';
import { customerTypeOptions, paymentTermsText } from './customer-labels.ts';
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
  const { t } = useTranslation('partners');
  return [
    {
      accessor: 'code',
      title: t('customerList.columns.code'),
      noWrap: true,
      render: (c) => <CustomerCode customer={c} />,
    },
    {
      accessor: 'name',
      title: t('customerList.columns.name'),
      render: (c) => (
        <Group gap={6} wrap="nowrap">
          <Text size="sm">{c.name}</Text>
          {!c.active && (
            <Badge size="xs" color="gray" variant="outline">
              {t('inactive')}
            </Badge>
          )}
        </Group>
      ),
    },
    { accessor: 'type', title: t('customerList.columns.type'), render: (c) => t(`customerType.${c.type}`) },
    { accessor: 'email', title: t('customerList.columns.email'), render: (c) => c.email ?? '—' },
    { accessor: 'phone', title: t('customerList.columns.phone'), noWrap: true, render: (c) => c.phone ?? '—' },
    { accessor: 'city', title: t('customerList.columns.city'), render: (c) => c.city ?? '—' },
    {
      accessor: 'paymentTermsDays',
      title: t('customerList.columns.terms'),
      textAlign: 'right',
      render: (c) => paymentTermsText(t, c.paymentTermsDays),
    },
    {
      accessor: 'creditLimit',
      title: t('customerList.columns.creditLimit'),
      textAlign: 'right',
      noWrap: true,
      render: (c) =>
        c.creditLimit === null ? <Text c="dimmed">{t('noLimit')}</Text> : formatMoney(c.creditLimit, company),
    },
  ];
}

export function CustomerListPage() {
  const search = route.useSearch();
  const navigate = useNavigate({ from: '/customers' });
  const filter = customerFilters(search);
  const list = useCustomerList(filter);
  const canCreate = useCan('partners.customer.create');
  const { t } = useTranslation('partners');
  const filters: ListFilter[] = [
    {
      kind: 'select',
      key: 'type',
      label: t('customerList.filters.type'),
      placeholder: t('customerList.filters.allTypes'),
      options: customerTypeOptions(t),
    },
    { kind: 'active', key: 'status', label: t('customerList.filters.status') },
  ];
  const newCustomer = canCreate && (
    <ButtonLink to="/customers/new" leftSection={<IconPlus size={16} />}>
      {t('customerList.newCustomer')}
    </ButtonLink>
  );

  return (
    <ListPage
      listId="customers"
      title={t('customerList.title')}
      description={t('customerList.description')}
      actions={newCustomer}
      search={search}
      searchBox={{
        key: 'q',
        label: t('customerList.searchLabel'),
        placeholder: t('customerList.searchPlaceholder'),
        width: 260,
      }}
      filters={filters}
      list={list}
      columns={useColumns()}
      sorts={customerSorts}
      defaultSort="name"
      onOpen={(c) => void navigate({ to: '/customers/$customerId', params: { customerId: c.id } })}
      card={(c) => ({
        number: <CustomerCode customer={c} />,
        party: c.name,
        state: t(`customerType.${c.type}`),
        amount: c.city ?? undefined,
      })}
      exportList={(format) => exportCustomers(filter, format)}
      noun={t('customerList.noun')}
      rowTestId="customer-row"
      empty={{
        icon: <IconAddressBook size={24} />,
        title: t('customerList.emptyTitle'),
        description: t('customerList.emptyDescription'),
        action: canCreate && (
          <ButtonLink to="/customers/new" variant="light">
            {t('customerList.addFirst')}
          </ButtonLink>
        ),
      }}
    />
  );
}
