import { Group, Switch, Text } from '@mantine/core';
import { IconCoins, IconPlus } from '@tabler/icons-react';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import type { DataTableColumn } from 'mantine-datatable';
import { useActiveCompany, useCan } from '../../app/me.ts';
import { AnchorLink } from '../../ui/AnchorLink.tsx';
import { ButtonLink } from '../../ui/ButtonLink.tsx';
import { DateRangeFilter } from '../../ui/DateRangeFilter.tsx';
import { formatDay, formatMoney } from '../../ui/format.ts';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { RecordTable } from '../../ui/RecordTable.tsx';
import { CustomerSelect } from '../sales/CustomerSelect.tsx';
import { type PaymentSummary, paymentMethodLabels, usePaymentList } from './payments-api.ts';
import type { PaymentListSearch } from './routes.ts';

const route = getRouteApi('/shell/payments');

function useColumns(): DataTableColumn<PaymentSummary>[] {
  const company = useActiveCompany();
  const money = (amount: string) => formatMoney(amount, company);
  return [
    {
      accessor: 'number',
      noWrap: true,
      render: (p) => (
        <AnchorLink to="/payments/$paymentId" params={{ paymentId: p.id }} fw={600} ff="monospace" fz="sm">
          {p.number}
        </AnchorLink>
      ),
    },
    { accessor: 'paymentDate', title: 'Date', noWrap: true, render: (p) => formatDay(p.paymentDate, company) },
    { accessor: 'customerName', title: 'Customer' },
    { accessor: 'method', render: (p) => paymentMethodLabels[p.method] },
    { accessor: 'reference', render: (p) => p.reference ?? '—' },
    {
      accessor: 'amount',
      textAlign: 'right',
      noWrap: true,
      render: (p) => (
        <Text size="sm" fw={600}>
          {money(p.amount)}
        </Text>
      ),
    },
    {
      accessor: 'allocatedAmount',
      title: 'Allocated',
      textAlign: 'right',
      noWrap: true,
      render: (p) => money(p.allocatedAmount),
    },
    {
      accessor: 'unallocatedAmount',
      title: 'Credit left',
      textAlign: 'right',
      noWrap: true,
      render: (p) => (
        <Text size="sm" c={p.unallocatedAmount === '0' ? 'dimmed' : 'orange'}>
          {money(p.unallocatedAmount)}
        </Text>
      ),
    },
  ];
}

export function PaymentListPage() {
  const search = route.useSearch();
  const navigate = useNavigate({ from: '/payments' });
  const list = usePaymentList({ ...search, withCredit: search.withCredit ? 'true' : undefined });
  const columns = useColumns();
  const canCreate = useCan('invoicing.payment.create');
  const filter = (change: Partial<PaymentListSearch>) =>
    void navigate({ search: (previous) => ({ ...previous, ...change }), replace: true });
  return (
    <>
      <PageHeader
        title="Customer payments"
        description="Money received, the invoices it settled, and the credit customers still have."
        actions={
          canCreate && (
            <ButtonLink to="/payments/new" leftSection={<IconPlus size={16} />}>
              Record payment
            </ButtonLink>
          )
        }
      />
      <Group gap="sm" mb="sm" align="center">
        <CustomerSelect
          aria-label="Customer"
          placeholder="All customers"
          w={240}
          value={search.customerId ?? null}
          onChange={(customerId) => filter({ customerId: customerId ?? undefined })}
        />
        <DateRangeFilter
          label="Payment date"
          from={search.dateFrom}
          to={search.dateTo}
          onChange={(dateFrom, dateTo) => filter({ dateFrom, dateTo })}
        />
        <Switch
          label="With credit left"
          checked={search.withCredit ?? false}
          onChange={(event) => filter({ withCredit: event.currentTarget.checked || undefined })}
        />
      </Group>
      <RecordTable
        list={list}
        columns={columns}
        noun="payments"
        rowTestId="payment-row"
        empty={{
          icon: <IconCoins size={24} />,
          title: 'No payments found',
          description: 'Change the filters, or record money received from a customer.',
        }}
        onRowClick={(p) => void navigate({ to: '/payments/$paymentId', params: { paymentId: p.id } })}
      />
    </>
  );
}
