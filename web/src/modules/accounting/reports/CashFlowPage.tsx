import { Badge, Paper, Table, Text } from '@mantine/core';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { useActiveCompany } from '../../../app/me.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { formatMoney } from '../../../ui/format.ts';
import { LoadingBlock } from '../../../ui/LoadingBlock.tsx';
import { PageHeader } from '../../../ui/PageHeader.tsx';
import { type CashFlow, exportReport, useCashFlow } from '../accounting-api.ts';
import { ReportToolbar } from './ReportToolbar.tsx';
import { useDefaultRange } from './report-range.ts';

const route = getRouteApi('/shell/accounting/reports/cash-flow');
type Row = { code: string; name: string; amount: string };
type Activity = 'operating' | 'investing' | 'financing';

function CashFlowTable({ cf }: { cf: CashFlow }) {
  const company = useActiveCompany();
  const { t } = useTranslation('accounting');
  const activity = (kind: Activity, rows: Row[], total: string, first?: Row) => (
    <Fragment key={kind}>
      <Table.Tr bg="var(--mantine-color-default-hover)">
        <Table.Td colSpan={2} fw={700}>
          {t(`cashFlow.${kind}`)}
        </Table.Td>
      </Table.Tr>
      {[...(first ? [first] : []), ...rows].map((r) => (
        <Table.Tr key={`${kind}-${r.code}-${r.name}`} data-testid="cash-flow-row">
          <Table.Td pl="xl">
            <Text span ff="monospace" c="dimmed" mr="sm">
              {r.code}
            </Text>
            {r.code ? t('cashFlow.changeIn', { account: r.name.toLowerCase() }) : r.name}
          </Table.Td>
          <Table.Td ta="right">{formatMoney(r.amount, company)}</Table.Td>
        </Table.Tr>
      ))}
      <Table.Tr>
        <Table.Td fw={600}>{t(`cashFlow.netCash.${kind}`)}</Table.Td>
        <Table.Td ta="right" fw={600}>
          {formatMoney(total, company)}
        </Table.Td>
      </Table.Tr>
    </Fragment>
  );
  const bottom: Array<[string, string, string]> = [
    [t('cashFlow.netChange'), cf.netChange, 'net-change'],
    [t('cashFlow.openingCash'), cf.openingCash, 'opening-cash'],
    [t('cashFlow.closingCash'), cf.closingCash, 'closing-cash'],
  ];
  return (
    <Paper withBorder>
      <Table verticalSpacing={5} horizontalSpacing="md" fz="sm">
        <Table.Tbody>
          {activity('operating', cf.operating.adjustments, cf.operating.total, {
            code: '',
            name: t('cashFlow.netIncome'),
            amount: cf.netIncome,
          })}
          {activity('investing', cf.investing.rows, cf.investing.total)}
          {activity('financing', cf.financing.rows, cf.financing.total)}
          {bottom.map(([label, amount, testId]) => (
            <Table.Tr key={label}>
              <Table.Td fw={700}>{label}</Table.Td>
              <Table.Td ta="right" fw={700} data-testid={testId}>
                {formatMoney(amount, company)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}

/** Where cash came from and went, by the indirect method: net income adjusted by balance-sheet changes. */
export function CashFlowPage() {
  const search = route.useSearch();
  const navigate = useNavigate({ from: '/accounting/reports/cash-flow' });
  const { t } = useTranslation('accounting');
  const range = useDefaultRange(search);
  const cf = useCashFlow({ from: range.from, to: range.to });
  return (
    <>
      <PageHeader
        title={t('cashFlow.title')}
        description={t('cashFlow.description')}
        actions={
          cf.data && (
            <Badge color={cf.data.reconciled ? 'teal' : 'red'} variant="light" size="lg">
              {cf.data.reconciled ? t('cashFlow.reconciled') : t('cashFlow.notReconciled')}
            </Badge>
          )
        }
      />
      <ReportToolbar
        from={range.from}
        to={range.to}
        onRange={(from, to) => void navigate({ search: { from, to }, replace: true })}
        download={(format) => exportReport('/api/accounting/reports/cash-flow/export', range, format)}
      />
      {cf.error ? (
        <ErrorAlert error={cf.error} onRetry={() => void cf.refetch()} />
      ) : cf.data ? (
        <CashFlowTable cf={cf.data} />
      ) : (
        <LoadingBlock />
      )}
    </>
  );
}
