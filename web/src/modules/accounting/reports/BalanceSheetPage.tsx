import { Badge, SimpleGrid } from '@mantine/core';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation('accounting');
  const asOf = search.asOf ?? todayIn(company.timezone);
  const bs = useBalanceSheet(asOf);
  const data = bs.data;
  return (
    <>
      <PageHeader
        title={t('balanceSheet.title')}
        description={t('balanceSheet.description')}
        actions={
          data && (
            <Badge color={data.balanced ? 'teal' : 'red'} variant="light" size="lg">
              {data.balanced ? t('balanceSheet.balanced') : t('reports.outOfBalance')}
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
          <Figure
            label={t('balanceSheet.assets')}
            value={formatMoney(data.totalAssets, company)}
            testId="total-assets"
          />
          <Figure label={t('balanceSheet.liabilities')} value={formatMoney(data.totalLiabilities, company)} />
          <Figure
            label={t('balanceSheet.equity')}
            value={formatMoney(data.totalEquity, company)}
            hint={t('balanceSheet.equityHint')}
          />
        </SimpleGrid>
      )}
      {bs.error ? (
        <ErrorAlert error={bs.error} onRetry={() => void bs.refetch()} />
      ) : data ? (
        <StatementSections
          sections={data.sections}
          ledgerRange={{ from: `${asOf.slice(0, 4)}-01-01`, to: asOf }}
          empty={t('balanceSheet.empty')}
          footer={[
            { label: t('balanceSheet.currentEarnings'), amount: data.currentEarnings },
            { label: t('balanceSheet.totalAssets'), amount: data.totalAssets, strong: true },
            {
              label: t('balanceSheet.totalLiabilitiesAndEquity'),
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
