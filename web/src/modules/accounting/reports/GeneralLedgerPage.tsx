import { SimpleGrid, Text } from '@mantine/core';
import { IconBook } from '@tabler/icons-react';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import type { DataTableColumn } from 'mantine-datatable';
import { useTranslation } from 'react-i18next';
import { useActiveCompany } from '../../../app/me.ts';
import { AnchorLink } from '../../../ui/AnchorLink.tsx';
import { Figure } from '../../../ui/Figure.tsx';
import { formatDay, formatMoney } from '../../../ui/format.ts';
import { PageHeader } from '../../../ui/PageHeader.tsx';
import { AccountSelect } from '../../../ui/pickers/index.ts';
import { RecordTable } from '../../../ui/RecordTable.tsx';
import { exportGeneralLedger, useGeneralLedger, useLedgerSummary } from '../accounting-api.ts';
import { sourceLabel } from '../entry-states.tsx';
import { ReportToolbar } from './ReportToolbar.tsx';
import { useDefaultRange } from './report-range.ts';

const route = getRouteApi('/shell/accounting/reports/general-ledger');
type Line = NonNullable<ReturnType<typeof useGeneralLedger>['records']>[number];

function useColumns(): DataTableColumn<Line>[] {
  const company = useActiveCompany();
  const { t } = useTranslation('accounting');
  const money = (value: string) => (value === '0' ? '' : formatMoney(value, company));
  return [
    {
      accessor: 'entryDate',
      title: t('generalLedger.columns.date'),
      noWrap: true,
      render: (l) => formatDay(l.entryDate, company),
    },
    {
      accessor: 'entryNumber',
      title: t('generalLedger.columns.entry'),
      noWrap: true,
      render: (l) => (
        <AnchorLink to="/accounting/journal/$entryId" params={{ entryId: l.entryId }} ff="monospace" fz="sm">
          {l.entryNumber}
        </AnchorLink>
      ),
    },
    {
      accessor: 'memo',
      title: t('generalLedger.columns.memo'),
      render: (l) => (
        <>
          <Text size="sm">{l.memo ?? l.entryMemo}</Text>
          <Text size="xs" c="dimmed">
            {[sourceLabel(l, t), l.partnerName].filter(Boolean).join(' · ')}
          </Text>
        </>
      ),
    },
    {
      accessor: 'debit',
      title: t('generalLedger.columns.debit'),
      textAlign: 'right',
      noWrap: true,
      render: (l) => money(l.debit),
    },
    {
      accessor: 'credit',
      title: t('generalLedger.columns.credit'),
      textAlign: 'right',
      noWrap: true,
      render: (l) => money(l.credit),
    },
    {
      accessor: 'balance',
      title: t('generalLedger.columns.balance'),
      textAlign: 'right',
      noWrap: true,
      render: (l) => (
        <Text size="sm" fw={600}>
          {formatMoney(l.balance, company)}
        </Text>
      ),
    },
  ];
}

function LedgerLines({ query }: { query: { accountId: string; from: string; to: string } }) {
  const lines = useGeneralLedger(query);
  const columns = useColumns();
  const { t } = useTranslation('accounting');
  return (
    <RecordTable
      list={lines}
      columns={columns}
      noun={t('generalLedger.noun')}
      rowTestId="ledger-line"
      empty={{
        icon: <IconBook size={24} />,
        title: t('generalLedger.emptyTitle'),
        description: t('generalLedger.emptyDescription'),
      }}
    />
  );
}

/** One account's lines over a period, from its opening balance, with the balance after each line. */
export function GeneralLedgerPage() {
  const search = route.useSearch();
  const navigate = useNavigate({ from: '/accounting/reports/general-ledger' });
  const company = useActiveCompany();
  const { t } = useTranslation('accounting');
  const range = useDefaultRange(search);
  const query = { accountId: search.accountId, from: range.from, to: range.to };
  const summary = useLedgerSummary(query);
  const filter = (change: Partial<typeof search>) =>
    void navigate({ search: (previous) => ({ ...previous, ...change }), replace: true });

  return (
    <>
      <PageHeader title={t('generalLedger.title')} description={t('generalLedger.description')} />
      <ReportToolbar
        from={range.from}
        to={range.to}
        onRange={(from, to) => filter({ from, to })}
        download={async (format) => {
          if (search.accountId) await exportGeneralLedger({ ...range, accountId: search.accountId }, format);
        }}
      >
        <AccountSelect
          label={t('generalLedger.account')}
          placeholder={t('generalLedger.chooseAccount')}
          w={320}
          value={search.accountId ?? null}
          onChange={(accountId) => filter({ accountId: accountId ?? undefined })}
        />
      </ReportToolbar>
      {search.accountId && summary.data && (
        <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm" mb="md">
          <Figure
            label={t('generalLedger.openingBalance')}
            value={formatMoney(summary.data.openingBalance, company)}
            testId="opening-balance"
          />
          <Figure label={t('generalLedger.debits')} value={formatMoney(summary.data.totalDebit, company)} />
          <Figure label={t('generalLedger.credits')} value={formatMoney(summary.data.totalCredit, company)} />
          <Figure
            label={t('generalLedger.closingBalance')}
            value={formatMoney(summary.data.closingBalance, company)}
            testId="closing-balance"
          />
        </SimpleGrid>
      )}
      {search.accountId ? (
        <LedgerLines query={{ ...query, accountId: search.accountId }} />
      ) : (
        <Text c="dimmed" size="sm">
          {t('generalLedger.chooseAccountHint')}
        </Text>
      )}
    </>
  );
}
