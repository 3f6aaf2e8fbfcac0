import { Badge, SimpleGrid } from '@mantine/core';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useActiveCompany } from '../../../app/me.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { Figure } from '../../../ui/Figure.tsx';
import { formatMoney, todayIn } from '../../../ui/format.ts';
import { LoadingBlock } from '../../../ui/LoadingBlock.tsx';
import { PageHeader } from '../../../ui/PageHeader.tsx';
import { exportBalanceSheet, useBalanceSheet } from '../accounting-api.ts';
import { ReportToolbar } from './ReportToolbar.tsx';
import { StatementSections } from './StatementSections.tsx';

const route = getRouteApi('/shell/accounting/reports/balance-sheet');

/** What the company owns and owes on a day: assets = liabilities + equity. */
export function BalanceSheetPage() {
  const search = route.useSearch();
  const navigate = useNavigate({ from: '/accounting/reports/balance-sheet' });
  const company = useActiveCompany();
  const asOf = search.asOf ?? todayIn(company.timezone);
  const bs = useBalanceSheet(asOf);
  const data = bs.data;
  return (
    <>
      <PageHeader
        title="Balance sheet"
        description="Assets, liabilities and equity on a day, with earnings not yet closed into retained earnings."
        actions={
          data && (
            <Badge color={data.balanced ? 'teal' : 'red'} variant="light" size="lg">
              {data.balanced ? 'Assets = liabilities + equity' : 'Out of balance'}
            </Badge>
          )
        }
      />
      <ReportToolbar
        asOf={asOf}
        onAsOf={(day) => void navigate({ search: { asOf: day }, replace: true })}
        download={(format) => exportBalanceSheet(asOf, format)}
      />
      {data && (
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm" mb="md">
          <Figure label="Assets" value={formatMoney(data.totalAssets, company)} testId="total-assets" />
          <Figure label="Liabilities" value={formatMoney(data.totalLiabilities, company)} />
          <Figure label="Equity" value={formatMoney(data.totalEquity, company)} hint="Including current earnings" />
        </SimpleGrid>
      )}
      {bs.error ? (
        <ErrorAlert error={bs.error} onRetry={() => void bs.refetch()} />
      ) : data ? (
        <StatementSections
          sections={data.sections}
          ledgerRange={{ from: `${asOf.slice(0, 4)}-01-01`, to: asOf }}
          empty="No balances on this day."
          footer={[
            { label: 'Current earnings (not yet closed)', amount: data.currentEarnings },
            { label: 'Total assets', amount: data.totalAssets, strong: true },
            {
              label: 'Total liabilities and equity',
              amount: data.totalLiabilitiesAndEquity,
              strong: true,
              testId: 'total-liabilities-equity',
            },
          ]}
        />
      ) : (
        <LoadingBlock />
      )}
    </>
  );
}
