import { Text } from '@mantine/core';
import { IconCoins, IconPlus } from '@tabler/icons-react';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import type { DataTableColumn } from 'mantine-datatable';
import { useTranslation } from 'react-i18next';
import { useActiveCompany, useCan } from '../../app/me.ts';
import { AnchorLink } from '../../ui/AnchorLink.tsx';
import { ButtonLink } from '../../ui/ButtonLink.tsx';
import { formatDay, formatMoney } from '../../ui/format.ts';
import { ListPage } from '../../ui/list/ListPage.tsx';
import type { ListFilter } from '../../ui/list/list-filters.ts';
import { customerFilter } from '../sales/index.ts';
import { type PaymentSummary, usePaymentList } from './payments-api.ts';

const route = getRouteApi('/shell/payments');

function useFilters(): ListFilter[] {
  const { t } = useTranslation('invoicing');
  return [
    customerFilter,
    { kind: 'dateRange', from: 'dateFrom', to: 'dateTo', label: t('paymentList.paymentDate') },
    { kind: 'yesNo', key: 'withCredit', label: t('paymentList.withCredit') },
  ];
}

function PaymentNumber({ payment }: { payment: PaymentSummary }) {
  return (
    <AnchorLink to="/payments/$paymentId" params={{ paymentId: payment.id }} fw={600} ff="monospace" fz="sm">
      {payment.number}
    </AnchorLink>
  );
}

function useColumns(): DataTableColumn<PaymentSummary>[] {
  const { t } = useTranslation('invoicing');
  const company = useActiveCompany();
  const money = (amount: string) => formatMoney(amount, company);
  return [
    { accessor: 'number', title: t('paymentList.number'), noWrap: true, render: (p) => <PaymentNumber payment={p} /> },
    {
      accessor: 'paymentDate',
      title: t('paymentList.date'),
      noWrap: true,
      render: (p) => formatDay(p.paymentDate, company),
    },
    { accessor: 'customerName', title: t('paymentList.customer') },
    { accessor: 'method', title: t('paymentList.method'), render: (p) => t(`paymentList.methods.${p.method}`) },
    { accessor: 'reference', title: t('paymentList.reference'), render: (p) => p.reference ?? '—' },
    {
      accessor: 'amount',
      title: t('paymentList.amount'),
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
      title: t('paymentList.allocated'),
      textAlign: 'right',
      noWrap: true,
      render: (p) => money(p.allocatedAmount),
    },
    {
      accessor: 'unallocatedAmount',
      title: t('paymentList.creditLeft'),
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
  const { t } = useTranslation('invoicing');
  const search = route.useSearch();
  const navigate = useNavigate({ from: '/payments' });
  const company = useActiveCompany();
  const list = usePaymentList({ ...search, withCredit: search.withCredit ? 'true' : undefined });
  const canCreate = useCan('invoicing.payment.create');
  const record = canCreate && (
    <ButtonLink to="/payments/new" leftSection={<IconPlus size={16} />}>
      {t('paymentList.record')}
    </ButtonLink>
  );
  return (
    <ListPage
      listId="payments"
      title={t('paymentList.title')}
      description={t('paymentList.description')}
      actions={record}
      search={search}
      filters={useFilters()}
      list={list}
      columns={useColumns()}
      onOpen={(p) => void navigate({ to: '/payments/$paymentId', params: { paymentId: p.id } })}
      card={(p) => ({
        number: <PaymentNumber payment={p} />,
        party: p.customerName,
        state: t(`paymentList.methods.${p.method}`),
        amount: formatMoney(p.amount, company),
      })}
      noun={t('paymentList.noun')}
      rowTestId="payment-row"
      empty={{
        icon: <IconCoins size={24} />,
        title: t('paymentList.emptyTitle'),
        description: t('paymentList.emptyDescription'),
        action: canCreate && (
          <ButtonLink to="/payments/new" variant="light">
            {t('paymentList.recordFirst')}
          </ButtonLink>
        ),
      }}
    />
  );
}
