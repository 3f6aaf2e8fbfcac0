import { Badge, Paper, Table, Text } from '@mantine/core';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useActiveCompany } from '../../../app/me.ts';
import { AnchorLink } from '../../../ui/AnchorLink.tsx';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { formatMoney } from '../../../ui/format.ts';
import { LoadingBlock } from '../../../ui/LoadingBlock.tsx';
import { PageHeader } from '../../../ui/PageHeader.tsx';
import { exportReport, type TrialBalance, useTrialBalance } from '../accounting-api.ts';
import { ReportToolbar } from './ReportToolbar.tsx';
import { useDefaultRange } from './report-range.ts';

const route = getRouteApi('/shell/accounting/reports/trial-balance');

function TrialBalanceTable({ tb }: { tb: TrialBalance }) {
  const company = useActiveCompany();
  const { t } = useTranslation('accounting');
  const money = (value: string) => (value === '0' ? '' : formatMoney(value, company));
  const range = { from: tb.from, to: tb.to };
  return (
    <Paper withBorder>
      <Table.ScrollContainer minWidth={900}>
        <Table verticalSpacing={5} horizontalSpacing="md" fz="sm" striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th rowSpan={2}>{t('trialBalance.account')}</Table.Th>
              <Table.Th colSpan={2} ta="center">
                {t('trialBalance.openingBalance')}
              </Table.Th>
              <Table.Th colSpan={2} ta="center">
                {t('trialBalance.movements')}
              </Table.Th>
              <Table.Th colSpan={2} ta="center">
                {t('trialBalance.closingBalance')}
              </Table.Th>
            </Table.Tr>
            <Table.Tr>
              {['opening', 'movement', 'closing'].flatMap((part) => [
                <Table.Th key={`${part}-debit`} ta="right">
                  {t('trialBalance.debit')}
                </Table.Th>,
                <Table.Th key={`${part}-credit`} ta="right">
                  {t('trialBalance.credit')}
                </Table.Th>,
              ])}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {tb.rows.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={7}>
                  <Text size="sm" c="dimmed" ta="center" py="md">
                    {t('trialBalance.empty')}
                  </Text>
                </Table.Td>
              </Table.Tr>
            )}
            {tb.rows.map((r) => (
              <Table.Tr key={r.accountId} data-testid="trial-balance-row">
                <Table.Td>
                  <Text span ff="monospace" c="dimmed" mr="sm">
                    {r.code}
                  </Text>
                  <AnchorLink
                    to="/accounting/reports/general-ledger"
                    search={{ accountId: r.accountId, ...range }}
                    fz="sm"
                  >
                    {r.name}
                  </AnchorLink>
                </Table.Td>
                <Table.Td ta="right">{money(r.openingDebit)}</Table.Td>
                <Table.Td ta="right">{money(r.openingCredit)}</Table.Td>
                <Table.Td ta="right">{money(r.debit)}</Table.Td>
                <Table.Td ta="right">{money(r.credit)}</Table.Td>
                <Table.Td ta="right" fw={600}>
                  {money(r.closingDebit)}
                </Table.Td>
                <Table.Td ta="right" fw={600}>
                  {money(r.closingCredit)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr fw={700}>
              <Table.Td>{t('trialBalance.total')}</Table.Td>
              {(['openingDebit', 'openingCredit', 'debit', 'credit', 'closingDebit', 'closingCredit'] as const).map(
                (k) => (
                  <Table.Td key={k} ta="right" data-testid={`total-${k}`}>
                    {formatMoney(tb.totals[k], company)}
                  </Table.Td>
                ),
              )}
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}

/** Every account's opening balance, movements and closing balance over a range; debits equal credits. */
export function TrialBalancePage() {
  const search = route.useSearch();
  const navigate = useNavigate({ from: '/accounting/reports/trial-balance' });
  const { t } = useTranslation('accounting');
  const range = useDefaultRange(search);
  const tb = useTrialBalance({ from: range.from, to: range.to });
  return (
    <>
      <PageHeader
        title={t('trialBalance.title')}
        description={t('trialBalance.description')}
        actions={
          tb.data && (
            <Badge color={tb.data.balanced ? 'teal' : 'red'} variant="light" size="lg">
              {tb.data.balanced ? t('trialBalance.balanced') : t('reports.outOfBalance')}
            </Badge>
          )
        }
      />
      <ReportToolbar
        from={range.from}
        to={range.to}
        onRange={(from, to) => void navigate({ search: { from, to }, replace: true })}
        download={(format) => exportReport('/api/accounting/reports/trial-balance/export', range, format)}
      />
      {tb.error ? (
        <ErrorAlert error={tb.error} onRetry={() => void tb.refetch()} />
      ) : tb.data ? (
        <TrialBalanceTable tb={tb.data} />
      ) : (
        <LoadingBlock />
      )}
    </>
  );
}
