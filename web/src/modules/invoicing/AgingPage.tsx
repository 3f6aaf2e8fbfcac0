import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { Grid, Table } from '@mantine/core';
import { IconReportMoney } from '@tabler/icons-react';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useActiveCompany } from '../../app/me.ts';
import { AnchorLink } from '../../ui/AnchorLink.tsx';
import { DateField } from '../../ui/DateField.tsx';
import { subtractDecimals } from '../../ui/decimal.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { ExportMenu } from '../../ui/ExportMenu.tsx';
import { Figure } from '../../ui/Figure.tsx';
import { formatDay, formatMoney, todayIn } from '../../ui/format.ts';
import { ListTable } from '../../ui/ListTable.tsx';
import { LoadingBlock } from '../../ui/LoadingBlock.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { Panel } from '../../ui/Panel.tsx';
import { agingBuckets, exportAging, useAging } from './receivables-api.ts';
import { daysBefore } from './statement-range.ts';

const route = getRouteApi('/shell/receivables/aging');

const bucketColors = ['teal.6', 'yellow.6', 'orange.6', 'red.6', 'red.9'];

export function AgingPage() {
  const { t } = useTranslation('invoicing');
  const company = useActiveCompany();
  const search = route.useSearch();
  const navigate = useNavigate({ from: '/receivables/aging' });
  const asOf = search.asOf ?? todayIn(company.timezone);
  const aging = useAging(asOf);
  const money = (amount: string) => formatMoney(amount, company);
  const statement = { from: daysBefore(asOf, 90), to: asOf };

  return (
    <>
      <PageHeader
        title={t('aging.title')}
        description={t('aging.description', { day: formatDay(asOf, company) })}
        actions={
          <>
            <DateField
              aria-label={t('aging.asOf')}
              w={160}
              value={asOf}
              onChange={(day) =>
                void navigate({ search: { asOf: (day as string | null) ?? undefined }, replace: true })
              }
            />
            <ExportMenu download={(format) => exportAging(asOf, format)} />
          </>
        }
      />
      {aging.error && <ErrorAlert error={aging.error} onRetry={() => void aging.refetch()} />}
      {aging.isPending && <LoadingBlock />}
      {aging.data && (
        <Grid gap="md">
          <Grid.Col span={{ base: 12, md: 6 }}>
            <Figure label={t('aging.totalReceivable')} value={money(aging.data.totals.total)} testId="aging-total" />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 6 }}>
            <Figure
              label={t('aging.pastDue')}
              value={money(subtractDecimals(aging.data.totals.total, aging.data.totals.current))}
              color={aging.data.totals.total === aging.data.totals.current ? undefined : 'red'}
              testId="aging-past-due"
            />
          </Grid.Col>
          {aging.data.totals.total !== '0' && (
            <Grid.Col span={12}>
              <Panel title={t('aging.byDaysPastDue')} testId="aging-chart">
                <BarChart
                  h={220}
                  data={agingBuckets.map((bucket, i) => ({
                    bucket: t(`aging.buckets.${bucket.key}`),
                    amount: Number(aging.data.totals[bucket.key]),
                    color: bucketColors[i],
                  }))}
                  dataKey="bucket"
                  series={[{ name: 'amount', label: t('aging.amount'), color: 'brand.6' }]}
                  yAxisProps={{ width: 110 }}
                  valueFormatter={(value) => formatMoney(String(value), company)}
                  withBarValueLabel
                />
              </Panel>
            </Grid.Col>
          )}
          <Grid.Col span={12}>
            <ListTable
              minWidth={820}
              empty={
                aging.data.items.length === 0
                  ? {
                      icon: <IconReportMoney size={24} />,
                      title: t('aging.emptyTitle'),
                      description: t('aging.emptyDescription'),
                    }
                  : null
              }
              head={
                <Table.Tr>
                  <Table.Th>{t('aging.customer')}</Table.Th>
                  {agingBuckets.map((bucket) => (
                    <Table.Th key={bucket.key} ta="right">
                      {t(`aging.buckets.${bucket.key}`)}
                    </Table.Th>
                  ))}
                  <Table.Th ta="right">{t('aging.total')}</Table.Th>
                </Table.Tr>
              }
            >
              {aging.data.items.map((row) => (
                <Table.Tr key={row.customerId} data-testid="aging-row">
                  <Table.Td>
                    <AnchorLink
                      to="/customers/$customerId/statement"
                      params={{ customerId: row.customerId }}
                      search={statement}
                      fz="sm"
                      fw={600}
                    >
                      {row.customerName}
                    </AnchorLink>
                  </Table.Td>
                  {agingBuckets.map((bucket) => (
                    <Table.Td key={bucket.key} ta="right" c={row[bucket.key] === '0' ? 'dimmed' : undefined}>
                      {money(row[bucket.key])}
                    </Table.Td>
                  ))}
                  <Table.Td ta="right" fw={700} data-testid="aging-row-total">
                    {money(row.total)}
                  </Table.Td>
                </Table.Tr>
              ))}
              {aging.data.items.length > 0 && (
                <Table.Tr fw={700}>
                  <Table.Td>{t('aging.total')}</Table.Td>
                  {agingBuckets.map((bucket) => (
                    <Table.Td key={bucket.key} ta="right">
                      {money(aging.data.totals[bucket.key])}
                    </Table.Td>
                  ))}
                  <Table.Td ta="right">{money(aging.data.totals.total)}</Table.Td>
                </Table.Tr>
              )}
            </ListTable>
          </Grid.Col>
        </Grid>
      )}
    </>
  );
}
