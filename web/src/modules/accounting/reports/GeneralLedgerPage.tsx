import { SimpleGrid, Text } from '@mantine/core';
import { IconBook } from '@tabler/icons-react';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import type { DataTableColumn } from 'mantine-datatable';
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
  const money = (value: string) => (value === '0' ? '' : formatMoney(value, company));
  return [
    { accessor: 'entryDate', title: 'Date', noWrap: true, render: (l) => formatDay(l.entryDate, company) },
    {
      accessor: 'entryNumber',
      title: 'Entry',
      noWrap: true,
      render: (l) => (
        <AnchorLink to="/accounting/journal/$entryId" params={{ entryId: l.entryId }} ff="monospace" fz="sm">
          {l.entryNumber}
        </AnchorLink>
      ),
    },
    {
      accessor: 'memo',
      render: (l) => (
        <>
          <Text size="sm">{l.memo ?? l.entryMemo}</Text>
          <Text size="xs" c="dimmed">
            {[sourceLabel(l), l.partnerName].filter(Boolean).join(' · ')}
          </Text>
        </>
      ),
    },
    { accessor: 'debit', textAlign: 'right', noWrap: true, render: (l) => money(l.debit) },
    { accessor: 'credit', textAlign: 'right', noWrap: true, render: (l) => money(l.credit) },
    {
      accessor: 'balance',
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
  return (
    <RecordTable
      list={lines}
      columns={columns}
      noun="lines"
      rowTestId="ledger-line"
      empty={{
        icon: <IconBook size={24} />,
        title: 'No postings in this period',
        description: 'Choose another period or account.',
      }}
    />
  );
}

/** One account's lines over a period, from its opening balance, with the balance after each line. */
export function GeneralLedgerPage() {
  const search = route.useSearch();
  const navigate = useNavigate({ from: '/accounting/reports/general-ledger' });
  const company = useActiveCompany();
  const range = useDefaultRange(search);
  const query = { accountId: search.accountId, from: range.from, to: range.to };
  const summary = useLedgerSummary(query);
  const filter = (change: Partial<typeof search>) =>
    void navigate({ search: (previous) => ({ ...previous, ...change }), replace: true });

  return (
    <>
      <PageHeader
        title="General ledger"
        description="Balances are debit − credit: negative figures are credit balances."
      />
      <ReportToolbar
        from={range.from}
        to={range.to}
        onRange={(from, to) => filter({ from, to })}
        download={async (format) => {
          if (search.accountId) await exportGeneralLedger({ ...range, accountId: search.accountId }, format);
        }}
      >
        <AccountSelect
          label="Account"
          placeholder="Choose an account"
          w={320}
          value={search.accountId ?? null}
          onChange={(accountId) => filter({ accountId: accountId ?? undefined })}
        />
      </ReportToolbar>
      {search.accountId && summary.data && (
        <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm" mb="md">
          <Figure
            label="Opening balance"
            value={formatMoney(summary.data.openingBalance, company)}
            testId="opening-balance"
          />
          <Figure label="Debits" value={formatMoney(summary.data.totalDebit, company)} />
          <Figure label="Credits" value={formatMoney(summary.data.totalCredit, company)} />
          <Figure
            label="Closing balance"
            value={formatMoney(summary.data.closingBalance, company)}
            testId="closing-balance"
          />
        </SimpleGrid>
      )}
      {search.accountId ? (
        <LedgerLines query={{ ...query, accountId: search.accountId }} />
      ) : (
        <Text c="dimmed" size="sm">
          Choose an account to see its ledger.
        </Text>
      )}
    </>
  );
}
