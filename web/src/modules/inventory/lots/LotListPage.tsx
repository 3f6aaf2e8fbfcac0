import { Badge, EmptyState, Group, Text } from '@mantine/core';
import { IconBarcode } from '@tabler/icons-react';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useActiveCompany } from '../../../app/me.ts';
import { AnchorLink } from '../../../ui/AnchorLink.tsx';
import { DataGrid } from '../../../ui/DataGrid.tsx';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { formatQuantity, todayIn } from '../../../ui/format.ts';
import { PageHeader } from '../../../ui/PageHeader.tsx';
import { PrintLabels } from '../../../ui/PrintLabels.tsx';
import { ProductSelect } from '../../../ui/pickers/index.ts';
import { type Lot, useLots } from '../inventory-api.ts';
import { useProductById } from '../pickers.tsx';
import { ExpiryText } from './ExpiryText.tsx';

const route = getRouteApi('/shell/inventory/lots');

/** A product's lots and serial numbers in stock, in the order to pick them: earliest expiry first. */
export function LotListPage() {
  const { t } = useTranslation('inventory');
  const company = useActiveCompany();
  const { productId } = route.useSearch();
  const navigate = useNavigate({ from: '/inventory/lots' });
  const product = useProductById(productId);
  const lots = useLots(productId);
  const today = todayIn(company.timezone);
  const untracked = product.data && product.data.tracking === 'none';

  return (
    <>
      <PageHeader
        title={t('lotList.title')}
        description={t('lotList.description')}
        actions={
          lots.data?.length ? <PrintLabels kind="lot" ids={[...new Set(lots.data.map((l) => l.lotId))]} /> : null
        }
      />
      <Group gap="sm" mb="sm">
        <ProductSelect
          aria-label={t('common.product')}
          placeholder={t('common.chooseProduct')}
          w={340}
          value={productId}
          onChange={(id) => void navigate({ search: { productId: id ?? undefined }, replace: true })}
        />
        {product.data && product.data.tracking !== 'none' && (
          <Badge variant="light">
            {product.data.tracking === 'lot' ? t('lotList.trackedByLot') : t('lotList.trackedBySerial')}
          </Badge>
        )}
      </Group>
      {lots.error && <ErrorAlert error={lots.error} onRetry={() => void lots.refetch()} />}
      <DataGrid<Lot>
        withTableBorder
        borderRadius="sm"
        idAccessor={(l) => `${l.lotId}-${l.locationId}`}
        records={lots.data ?? []}
        fetching={lots.isFetching && !lots.data}
        minHeight={lots.data?.length ? undefined : 220}
        highlightOnHover
        onRowClick={({ record }) => void navigate({ to: '/inventory/lots/$lotId', params: { lotId: record.lotId } })}
        customRowAttributes={() => ({ 'data-testid': 'lot-row' })}
        emptyState={
          <EmptyState
            icon={<IconBarcode size={24} />}
            title={
              !productId
                ? t('common.chooseProduct')
                : untracked
                  ? t('lotList.notTrackedTitle')
                  : t('lotList.noLotsTitle')
            }
            description={
              !productId
                ? t('lotList.chooseDescription')
                : untracked
                  ? t('lotList.notTrackedDescription')
                  : t('lotList.noLotsDescription')
            }
          />
        }
        columns={[
          {
            accessor: 'number',
            title: t('columns.lotSerial'),
            render: (l, index) => (
              <Group gap={6}>
                <AnchorLink to="/inventory/lots/$lotId" params={{ lotId: l.lotId }} ff="monospace" fw={600} fz="sm">
                  {l.number}
                </AnchorLink>
                {index === 0 && l.expiryDate && (
                  <Badge size="xs" variant="light" color="teal" title={t('lotList.pickFirst')}>
                    FEFO
                  </Badge>
                )}
              </Group>
            ),
          },
          {
            accessor: 'expiryDate',
            title: t('columns.expiry'),
            render: (l) => <ExpiryText expiryDate={l.expiryDate} today={today} />,
          },
          {
            accessor: 'locationCode',
            title: t('columns.location'),
            render: (l) => (
              <Text ff="monospace" fz="xs">
                {l.locationCode}
              </Text>
            ),
          },
          {
            accessor: 'onHand',
            title: t('columns.onHand'),
            textAlign: 'right',
            render: (l) => formatQuantity(l.onHand, company),
          },
          {
            accessor: 'available',
            title: t('columns.available'),
            textAlign: 'right',
            render: (l) => (
              <Text size="sm" fw={600}>
                {formatQuantity(l.available, company)}
              </Text>
            ),
          },
        ]}
      />
    </>
  );
}
