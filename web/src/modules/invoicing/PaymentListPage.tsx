import { Text } from '@mantine/core';
import { IconCoins, IconPlus } from '@tabler/icons-react';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import type { DataTableColumn } from 'mantine-datatable';
import { useActiveCompany, useCan } from '../../app/me.ts';
import { AnchorLink } from '../../ui/AnchorLink.tsx';
import { ButtonLink } from '../../ui/ButtonLink.tsx';
import { formatDay, formatMoney } from '../../ui/format.ts';
import { ListPage } from '../../ui/list/ListPage.tsx';
import type { ListFilter } from '../../ui/list/list-filters.ts';
import { customerFilter } from '../sales/customer-filter.tsx';
import { type PaymentSummary, paymentMethodLabels, usePaymentList } from './payments-api.ts';

const route = getRouteApi('/shell/payments');

const filters: ListFilter[] = [
  customerFilter,
  { kind: 'dateRange', from: 'dateFrom', to: 'dateTo', label: 'Payment date' },
  { kind: 'yesNo', key: 'withCredit', label: 'With credit left' },
];

function PaymentNumber({ payment }: { payment: PaymentSummary }) {
  return (
    <AnchorLink to="/payments/$paymentId" params={{ paymentId: payment.id }} fw={600} ff="monospace" fz="sm">
      {payment.number}
    </AnchorLink>
  );
}

function useColumns(): DataTableColumn<PaymentSummary>[] {
  const company = useActiveCompany();
  const money = (amount: string) => formatMoney(amount, company);
  return [
    { accessor: 'number', noWrap: true, render: (p) => <PaymentNumber payment={p} /> },
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
  const company = useActiveCompany();
  const list = usePaymentList({ ...search, withCredit: search.withCredit ? 'true' : undefined });
  const canCreate = useCan('invoicing.payment.create');
  const record = canCreate && (
    <ButtonLink to="/payments/new" leftSection={<IconPlus size={16} />}>
      Record payment
    </ButtonLink>
  );
  return (
    <ListPage
      listId="payments"
      title="Customer payments"
      description="Money received, the invoices it settled, and the credit customers still have."
      actions={record}
      search={search}
      filters={filters}
      list={list}
      columns={useColumns()}
      onOpen={(p) => void navigate({ to: '/payments/$paymentId', params: { paymentId: p.id } })}
      card={(p) => ({
        number: <PaymentNumber payment={p} />,
        party: p.customerName,
        state: paymentMethodLabels[p.method],
        amount: formatMoney(p.amount, company),
      })}
      noun="payments"
      rowTestId="payment-row"
      empty={{
        icon: <IconCoins size={24} />,
        title: 'No payments yet',
        description: 'Record money received from a customer, then settle their invoices with it.',
        action: canCreate && (
          <ButtonLink to="/payments/new" variant="light">
            Record the first payment
          </ButtonLink>
        ),
      }}
    />
  );
}
