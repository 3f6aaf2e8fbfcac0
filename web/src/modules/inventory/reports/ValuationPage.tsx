import { Badge, EmptyState, Group, Paper, SimpleGrid, Table } from '@mantine/core';
import { IconReportMoney } from '@tabler/icons-react';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { useActiveCompany } from '../../../app/me.ts';
import { AnchorLink } from '../../../ui/AnchorLink.tsx';
import { DateField } from '../../../ui/DateField.tsx';
import { sumDecimals } from '../../../ui/decimal.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { ExportMenu } from '../../../ui/ExportMenu.tsx';
import { Figure } from '../../../ui/Figure.tsx';
import { formatDay, formatMoney, formatQuantity } from '../../../ui/format.ts';
import { LoadingBlock } from '../../../ui/LoadingBlock.tsx';
import { PageHeader } from '../../../ui/PageHeader.tsx';
import { ProductSelect, WarehouseSelect } from '../../../ui/pickers/index.ts';
import { exportValuation, useValuation, type ValuationFilters } from '../inventory-api.ts';

const route = getRouteApi('/shell/inventory/valuation');

type Valuation = NonNullable<ReturnType<typeof useValuation>['data']>;
type Row = Valuation['rows'][number];

/** Rows by warehouse (goods in transit last), each warehouse with its subtotal. */
function byWarehouse(rows: Row[]): [string, Row[]][] {
  const groups = new Map<string, Row[]>();
  for (const row of rows) groups.set(row.warehouseCode, [...(groups.get(row.warehouseCode) ?? []), row]);
  return [...groups].sort(([a, ra], [b, rb]) =>
    ra[0]!.warehouseId === null ? 1 : rb[0]!.warehouseId === null ? -1 : a.localeCompare(b),
  );
}

function ValuationTable({ report }: { report: Valuation }) {
  const { t } = useTranslation('inventory');
  const company = useActiveCompany();
  const money = { locale: company.locale, currency: report.currency };
  if (report.rows.length === 0) {
    return (
      <Paper withBorder>
        <EmptyState
          icon={<IconReportMoney size={24} />}
          withIndicatorBackground
          title={t('valuation.emptyTitle')}
          description={t('valuation.emptyDescription')}
          py="xl"
        />
      </Paper>
    );
  }
  return (
    <Paper withBorder>
      <Table.ScrollContainer minWidth={720}>
        <Table verticalSpacing={6} horizontalSpacing="md" fz="sm" highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('columns.sku')}</Table.Th>
              <Table.Th>{t('columns.product')}</Table.Th>
              <Table.Th>{t('columns.costing')}</Table.Th>
              <Table.Th ta="right">{t('columns.quantity')}</Table.Th>
              <Table.Th ta="right">{t('columns.unitCost')}</Table.Th>
              <Table.Th ta="right">{t('columns.value')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {byWarehouse(report.rows).map(([code, rows]) => (
              <Fragment key={code}>
                <Table.Tr bg="var(--mantine-color-default-hover)" data-testid="valuation-warehouse">
                  <Table.Td colSpan={5} fw={600}>
                    {rows[0]!.warehouseId === null ? t('valuation.inTransit') : code}
                  </Table.Td>
                  <Table.Td ta="right" fw={600} data-testid="valuation-warehouse-total">
                    {formatMoney(sumDecimals(rows.map((r) => r.value)), money)}
                  </Table.Td>
                </Table.Tr>
                {rows.map((row) => (
                  <Table.Tr key={`${code}-${row.productId}`} data-testid="valuation-row">
                    <Table.Td>
                      <AnchorLink
                        to="/products/$productId"
                        params={{ productId: row.productId }}
                        ff="monospace"
                        fz="sm"
                      >
                        {row.sku}
                      </AnchorLink>
                    </Table.Td>
                    <Table.Td>{row.name}</Table.Td>
                    <Table.Td>
                      <Badge size="xs" variant="outline" color="gray">
                        {row.costingMethod === 'fifo' ? t('valuation.fifo') : t('valuation.average')}
                      </Badge>
                    </Table.Td>
                    <Table.Td ta="right">{formatQuantity(row.quantity, company)}</Table.Td>
                    <Table.Td ta="right">{formatMoney(row.unitCost, money)}</Table.Td>
                    <Table.Td ta="right" fw={600}>
                      {formatMoney(row.value, money)}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Fragment>
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th colSpan={5}>{t('columns.total')}</Table.Th>
              <Table.Th ta="right">{formatMoney(report.total, money)}</Table.Th>
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}

/** What the stock is worth, now or at the end of any day, per warehouse and product. */
export function ValuationPage() {
  const { t } = useTranslation('inventory');
  const company = useActiveCompany();
  const search = route.useSearch();
  const navigate = useNavigate({ from: '/inventory/valuation' });
  const filters: ValuationFilters = search;
  const report = useValuation(filters);
  const filter = (change: Partial<ValuationFilters>) =>
    void navigate({ search: (previous) => ({ ...previous, ...change }), replace: true });
  const data = report.data;
  const money = data && { locale: company.locale, currency: data.currency };

  return (
    <>
      <PageHeader
        title={t('valuation.title')}
        description={t('valuation.description')}
        actions={<ExportMenu download={(format) => exportValuation(filters, format)} />}
      />
      <Group gap="sm" mb="md" align="flex-end">
        <DateField
          aria-label={t('valuation.atEndOf')}
          placeholder={t('valuation.asOfNow')}
          w={190}
          clearable
          value={search.asOf ?? null}
          onChange={(asOf) => filter({ asOf: (asOf as string | null) ?? undefined })}
        />
        <WarehouseSelect
          aria-label={t('common.warehouse')}
          placeholder={t('common.allWarehouses')}
          w={220}
          clearable
          value={search.warehouseId}
          onChange={(warehouseId) => filter({ warehouseId: warehouseId ?? undefined })}
        />
        <ProductSelect
          aria-label={t('common.product')}
          placeholder={t('common.allProducts')}
          w={260}
          value={search.productId}
          onChange={(productId) => filter({ productId: productId ?? undefined })}
        />
      </Group>
      {report.error && <ErrorAlert error={report.error} onRetry={() => void report.refetch()} />}
      {!data && !report.error && <LoadingBlock />}
      {data && money && (
        <>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm" mb="md">
            <Figure
              label={
                data.asOf ? t('valuation.valueAt', { day: formatDay(data.asOf, company) }) : t('valuation.valueNow')
              }
              value={formatMoney(data.total, money)}
              testId="valuation-total"
            />
            <Figure label={t('valuation.products')} value={new Set(data.rows.map((r) => r.productId)).size} />
            <Figure label={t('valuation.warehouses')} value={new Set(data.rows.map((r) => r.warehouseCode)).size} />
          </SimpleGrid>
          <ValuationTable report={data} />
        </>
      )}
    </>
  );
}
