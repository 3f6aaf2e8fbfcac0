import { Badge, Paper, Table, Text } from '@mantine/core';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { Fragment } from 'react';
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

function CashFlowTable({ cf }: { cf: CashFlow }) {
  const company = useActiveCompany();
  const activity = (title: string, rows: Row[], total: string, first?: Row) => (
    <Fragment key={title}>
      <Table.Tr bg="var(--mantine-color-default-hover)">
        <Table.Td colSpan={2} fw={700}>
          {title}
        </Table.Td>
      </Table.Tr>
      {[...(first ? [first] : []), ...rows].map((r) => (
        <Table.Tr key={`${title}-${r.code}-${r.name}`} data-testid="cash-flow-row">
          <Table.Td pl="xl">
            <Text span ff="monospace" c="dimmed" mr="sm">
              {r.code}
            </Text>
            {r.code ? `Change in ${r.name.toLowerCase()}` : r.name}
          </Table.Td>
          <Table.Td ta="right">{formatMoney(r.amount, company)}</Table.Td>
        </Table.Tr>
      ))}
      <Table.Tr>
        <Table.Td fw={600}>Net cash from {title.toLowerCase()}</Table.Td>
        <Table.Td ta="right" fw={600}>
          {formatMoney(total, company)}
        </Table.Td>
      </Table.Tr>
    </Fragment>
  );
  const bottom: Array<[string, string, string]> = [
    ['Net change in cash', cf.netChange, 'net-change'],
    ['Cash at the beginning', cf.openingCash, 'opening-cash'],
    ['Cash at the end', cf.closingCash, 'closing-cash'],
  ];
  return (
    <Paper withBorder>
      <Table verticalSpacing={5} horizontalSpacing="md" fz="sm">
        <Table.Tbody>
          {activity('Operating activities', cf.operating.adjustments, cf.operating.total, {
            code: '',
            name: 'Net income',
            amount: cf.netIncome,
          })}
          {activity('Investing activities', cf.investing.rows, cf.investing.total)}
          {activity('Financing activities', cf.financing.rows, cf.financing.total)}
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
  const range = useDefaultRange(search);
  const cf = useCashFlow({ from: range.from, to: range.to });
  return (
    <>
      <PageHeader
        title="Cash flow"
        description="Net income adjusted by the change of each balance-sheet account, by activity (indirect method)."
        actions={
          cf.data && (
            <Badge color={cf.data.reconciled ? 'teal' : 'red'} variant="light" size="lg">
              {cf.data.reconciled ? 'Reconciled with cash and bank' : 'Not reconciled'}
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
