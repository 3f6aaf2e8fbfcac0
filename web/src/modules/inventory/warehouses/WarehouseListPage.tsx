import { Badge, Button, EmptyState, Group, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconBuildingWarehouse, IconPlus } from '@tabler/icons-react';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../../app/me.ts';
import { AnchorLink } from '../../../ui/AnchorLink.tsx';
import { DataGrid } from '../../../ui/DataGrid.tsx';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { PageHeader } from '../../../ui/PageHeader.tsx';
import { useWarehouses, type Warehouse } from '../warehouse-api.ts';
import { WarehouseModal } from './structure-forms.tsx';

/** The company's warehouses; each opens its zones and locations. */
export function WarehouseListPage() {
  const { t } = useTranslation('inventory');
  const warehouses = useWarehouses();
  const navigate = useNavigate();
  const canManage = useCan('inventory.warehouse.manage');
  const [creating, { open, close }] = useDisclosure();
  const openWarehouse = (w: Warehouse) =>
    void navigate({ to: '/inventory/warehouses/$warehouseId', params: { warehouseId: w.id } });

  return (
    <>
      <PageHeader
        title={t('warehouseList.title')}
        description={t('warehouseList.description')}
        actions={
          canManage && (
            <Button leftSection={<IconPlus size={16} />} onClick={open}>
              {t('warehouseList.new')}
            </Button>
          )
        }
      />
      {warehouses.error && <ErrorAlert error={warehouses.error} onRetry={() => void warehouses.refetch()} />}
      <DataGrid<Warehouse>
        withTableBorder
        borderRadius="sm"
        records={warehouses.data ?? []}
        fetching={warehouses.isPending}
        minHeight={warehouses.data?.length ? undefined : 220}
        highlightOnHover
        onRowClick={({ record }) => openWarehouse(record)}
        customRowAttributes={() => ({ 'data-testid': 'warehouse-row' })}
        emptyState={
          <EmptyState
            icon={<IconBuildingWarehouse size={24} />}
            title={t('warehouseList.emptyTitle')}
            description={t('warehouseList.emptyDescription')}
          />
        }
        columns={[
          {
            accessor: 'code',
            title: t('columns.code'),
            noWrap: true,
            render: (w) => (
              <AnchorLink
                to="/inventory/warehouses/$warehouseId"
                params={{ warehouseId: w.id }}
                fw={600}
                ff="monospace"
                fz="sm"
              >
                {w.code}
              </AnchorLink>
            ),
          },
          {
            accessor: 'name',
            title: t('columns.name'),
            render: (w) => (
              <Group gap={6}>
                <Text size="sm">{w.name}</Text>
                {w.isDefault && (
                  <Badge size="xs" variant="light">
                    {t('common.default')}
                  </Badge>
                )}
              </Group>
            ),
          },
          { accessor: 'address', title: t('columns.address'), render: (w) => w.address ?? '—' },
          {
            accessor: 'active',
            title: t('columns.status'),
            render: (w) => (
              <Badge size="sm" variant="light" color={w.active ? 'teal' : 'gray'}>
                {w.active ? t('common.active') : t('common.inactive')}
              </Badge>
            ),
          },
        ]}
      />
      {canManage && <WarehouseModal opened={creating} onClose={close} onCreated={openWarehouse} />}
    </>
  );
}
