import { EmptyState, Text } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client.ts';
import { useActiveCompany } from '../../app/me.ts';
import { AnchorLink } from '../../ui/AnchorLink.tsx';
import { DataGrid } from '../../ui/DataGrid.tsx';
import { subtractDecimals } from '../../ui/decimal.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { ExportMenu } from '../../ui/ExportMenu.tsx';
import { formatQuantity } from '../../ui/format.ts';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { exportLowStock, useLowStock } from './inventory-api.ts';

type LowStockItem = Schemas['LowStockItem'];

/** Active products whose available stock is under their reorder point. */
export function LowStockPage() {
  const { t } = useTranslation('inventory');
  const company = useActiveCompany();
  const lowStock = useLowStock();
  const quantity = (value: (item: LowStockItem) => string) => (item: LowStockItem) =>
    `${formatQuantity(value(item), company)} ${item.unitOfMeasure}`;

  return (
    <>
      <PageHeader
        title={t('lowStock.title')}
        description={t('lowStock.description')}
        actions={<ExportMenu download={exportLowStock} />}
      />
      {lowStock.error && <ErrorAlert error={lowStock.error} onRetry={() => void lowStock.refetch()} />}
      <DataGrid<LowStockItem>
        withTableBorder
        borderRadius="sm"
        idAccessor="productId"
        records={lowStock.data ?? []}
        fetching={lowStock.isFetching && !lowStock.data}
        minHeight={lowStock.data?.length ? undefined : 220}
        highlightOnHover
        customRowAttributes={() => ({ 'data-testid': 'low-stock-row' })}
        emptyState={
          <EmptyState
            icon={<IconCircleCheck size={24} />}
            title={t('lowStock.emptyTitle')}
            description={t('lowStock.emptyDescription')}
          />
        }
        columns={[
          {
            accessor: 'sku',
            title: t('columns.sku'),
            noWrap: true,
            render: (item) => (
              <AnchorLink
                to="/products/$productId"
                params={{ productId: item.productId }}
                fw={600}
                ff="monospace"
                fz="sm"
              >
                {item.sku}
              </AnchorLink>
            ),
          },
          { accessor: 'name', title: t('columns.name') },
          { accessor: 'onHand', title: t('columns.onHand'), textAlign: 'right', render: quantity((i) => i.onHand) },
          {
            accessor: 'available',
            title: t('columns.available'),
            textAlign: 'right',
            render: (item) => (
              <Text size="sm" c="red" fw={600}>
                {quantity((i) => i.available)(item)}
              </Text>
            ),
          },
          {
            accessor: 'reorderPoint',
            title: t('lowStock.reorderPoint'),
            textAlign: 'right',
            render: quantity((i) => i.reorderPoint),
          },
          {
            accessor: 'shortfall',
            title: t('lowStock.shortBy'),
            textAlign: 'right',
            render: quantity((i) => subtractDecimals(i.reorderPoint, i.available)),
          },
          {
            accessor: 'reorderQuantity',
            title: t('lowStock.reorderQuantity'),
            textAlign: 'right',
            render: quantity((i) => i.reorderQuantity),
          },
        ]}
      />
    </>
  );
}
