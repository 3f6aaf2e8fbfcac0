import { EmptyState, Group, Paper, SimpleGrid, Table, Text } from '@mantine/core';
import { IconBuildingWarehouse } from '@tabler/icons-react';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { useActiveCompany } from '../../../app/me.ts';
import { AnchorLink } from '../../../ui/AnchorLink.tsx';
import { subtractDecimals, sumDecimals } from '../../../ui/decimal.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { Figure } from '../../../ui/Figure.tsx';
import { formatQuantity } from '../../../ui/format.ts';
import { LoadingBlock } from '../../../ui/LoadingBlock.tsx';
import { PageHeader } from '../../../ui/PageHeader.tsx';
import { ProductSelect } from '../../../ui/pickers/index.ts';
import { useLots, useStockByLocation } from '../inventory-api.ts';
import { useProductById } from '../pickers.tsx';
import { useLocations, useWarehouses } from '../warehouse-api.ts';

const route = getRouteApi('/shell/inventory/stock');

type StockRow = NonNullable<ReturnType<typeof useStockByLocation>['data']>[number];

function StockTable({ productId, unit }: { productId: string; unit: string }) {
  const { t } = useTranslation('inventory');
  const company = useActiveCompany();
  const stock = useStockByLocation(productId);
  const lots = useLots(productId);
  const locations = useLocations();
  const warehouses = useWarehouses();
  if (stock.error) return <ErrorAlert error={stock.error} onRetry={() => void stock.refetch()} />;
  if (!stock.data) return <LoadingBlock />;
  const rows = stock.data;
  const warehouseOf = (locationId: string) => {
    const id = locations.data?.find((l) => l.id === locationId)?.warehouseId;
    const warehouse = warehouses.data?.find((w) => w.id === id);
    return warehouse ? `${warehouse.code} · ${warehouse.name}` : t('common.inTransit');
  };
  const groups = new Map<string, StockRow[]>();
  for (const row of rows)
    groups.set(warehouseOf(row.locationId), [...(groups.get(warehouseOf(row.locationId)) ?? []), row]);
  const quantity = (value: string) => `${formatQuantity(value, company)} ${unit}`;
  const onHand = sumDecimals(rows.map((r) => r.onHand));
  const reserved = sumDecimals(rows.map((r) => r.reserved));

  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm" mb="md">
        <Figure label={t('stock.onHand')} value={quantity(onHand)} testId="stock-total-on-hand" />
        <Figure label={t('stock.reserved')} value={quantity(reserved)} />
        <Figure label={t('stock.available')} value={quantity(subtractDecimals(onHand, reserved))} />
      </SimpleGrid>
      <Paper withBorder>
        {rows.length === 0 ? (
          <EmptyState
            icon={<IconBuildingWarehouse size={24} />}
            withIndicatorBackground
            title={t('stock.nowhereTitle')}
            description={t('stock.nowhereDescription')}
            py="xl"
          />
        ) : (
          <Table.ScrollContainer minWidth={640}>
            <Table verticalSpacing={6} horizontalSpacing="md" fz="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('columns.location')}</Table.Th>
                  <Table.Th>{t('columns.lotsSerials')}</Table.Th>
                  <Table.Th ta="right">{t('columns.onHand')}</Table.Th>
                  <Table.Th ta="right">{t('columns.reserved')}</Table.Th>
                  <Table.Th ta="right">{t('columns.available')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {[...groups].map(([warehouse, group]) => (
                  <Fragment key={warehouse}>
                    <Table.Tr bg="var(--mantine-color-default-hover)">
                      <Table.Td colSpan={2} fw={600}>
                        {warehouse}
                      </Table.Td>
                      <Table.Td ta="right" fw={600}>
                        {formatQuantity(sumDecimals(group.map((r) => r.onHand)), company)}
                      </Table.Td>
                      <Table.Td colSpan={2} />
                    </Table.Tr>
                    {group.map((row) => {
                      const here = (lots.data ?? []).filter((l) => l.locationId === row.locationId);
                      return (
                        <Table.Tr key={row.locationId} data-testid="stock-location-row">
                          <Table.Td>
                            <AnchorLink
                              to="/inventory/moves"
                              search={{ productId, locationId: row.locationId }}
                              ff="monospace"
                              fz="sm"
                              fw={600}
                            >
                              {row.locationCode}
                            </AnchorLink>
                            <Text size="xs" c="dimmed">
                              {row.locationName}
                            </Text>
                          </Table.Td>
                          <Table.Td>
                            {here.length === 0
                              ? '—'
                              : here.map((l) => (
                                  <AnchorLink
                                    key={l.lotId}
                                    to="/inventory/lots/$lotId"
                                    params={{ lotId: l.lotId }}
                                    ff="monospace"
                                    fz="xs"
                                    mr="xs"
                                  >
                                    {l.number} ({formatQuantity(l.onHand, company)})
                                  </AnchorLink>
                                ))}
                          </Table.Td>
                          <Table.Td ta="right" data-testid="stock-location-on-hand">
                            {formatQuantity(row.onHand, company)}
                          </Table.Td>
                          <Table.Td ta="right">{formatQuantity(row.reserved, company)}</Table.Td>
                          <Table.Td ta="right" fw={600}>
                            {formatQuantity(subtractDecimals(row.onHand, row.reserved), company)}
                          </Table.Td>
                        </Table.Tr>
                      );
                    })}
                  </Fragment>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Paper>
    </>
  );
}

/** One product's stock in every location, by warehouse, with its lots. */
export function StockPage() {
  const { t } = useTranslation('inventory');
  const { productId } = route.useSearch();
  const navigate = useNavigate({ from: '/inventory/stock' });
  const product = useProductById(productId);
  return (
    <>
      <PageHeader title={t('stock.title')} description={t('stock.description')} />
      <Group gap="sm" mb="md">
        <ProductSelect
          aria-label={t('common.product')}
          placeholder={t('common.chooseProduct')}
          w={340}
          value={productId}
          onChange={(id) => void navigate({ search: { productId: id ?? undefined }, replace: true })}
        />
      </Group>
      {productId ? (
        <StockTable productId={productId} unit={product.data?.unitOfMeasure ?? ''} />
      ) : (
        <Paper withBorder>
          <EmptyState
            icon={<IconBuildingWarehouse size={24} />}
            withIndicatorBackground
            title={t('common.chooseProduct')}
            description={t('stock.chooseDescription')}
            py="xl"
          />
        </Paper>
      )}
    </>
  );
}
