import { Badge, Button, Group, SimpleGrid, Stack } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useActiveCompany, useCan } from '../../../app/me.ts';
import { sumDecimals } from '../../../ui/decimal.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { Figure } from '../../../ui/Figure.tsx';
import { formatQuantity } from '../../../ui/format.ts';
import { LoadingBlock } from '../../../ui/LoadingBlock.tsx';
import { notifyError, notifySuccess } from '../../../ui/notify.ts';
import { PageHeader } from '../../../ui/PageHeader.tsx';
import { PrintLabels } from '../../../ui/PrintLabels.tsx';
import { useUpdateWarehouse, useWarehouseTree, type WarehouseTree } from '../warehouse-api.ts';
import { LocationModal } from './LocationModal.tsx';
import { type Editing, InactiveBadge } from './node-row.tsx';
import { StructureTree } from './StructureTree.tsx';
import { WarehouseModal, ZoneModal } from './structure-forms.tsx';

const route = getRouteApi('/shell/inventory/warehouses/$warehouseId');

function WarehouseView({ tree }: { tree: WarehouseTree }) {
  const { t } = useTranslation('inventory');
  const company = useActiveCompany();
  const canManage = useCan('inventory.warehouse.manage');
  const updateWarehouse = useUpdateWarehouse();
  const [editing, setEditing] = useState<Editing | null>(null);
  const { warehouse, zones } = tree;
  const close = () => setEditing(null);
  const stocked = tree.locations.filter((l) => Number(l.onHand) > 0).length;
  const toggleActive = () =>
    updateWarehouse.mutate(
      { id: warehouse.id, active: !warehouse.active },
      {
        onSuccess: () =>
          notifySuccess(
            t(warehouse.active ? 'warehouse.deactivated' : 'warehouse.reactivated', { code: warehouse.code }),
          ),
        onError: (error) => notifyError(error),
      },
    );

  return (
    <>
      <PageHeader
        title={
          <Group gap="xs" component="span">
            {warehouse.name}
            {warehouse.isDefault && <Badge variant="light">{t('common.default')}</Badge>}
            <InactiveBadge active={warehouse.active} />
          </Group>
        }
        description={[warehouse.code, warehouse.address].filter(Boolean).join(' · ')}
        actions={
          <>
            <PrintLabels kind="location" ids={tree.locations.filter((l) => l.active).map((l) => l.id)} />
            {canManage && (
              <>
                {!warehouse.isDefault && (
                  <Button
                    variant="default"
                    color={warehouse.active ? 'red' : undefined}
                    onClick={toggleActive}
                    loading={updateWarehouse.isPending}
                  >
                    {warehouse.active ? t('common.deactivate') : t('common.reactivate')}
                  </Button>
                )}
                <Button
                  variant="default"
                  leftSection={<IconPencil size={16} />}
                  onClick={() => setEditing({ what: 'warehouse' })}
                >
                  {t('warehouse.edit')}
                </Button>
              </>
            )}
          </>
        }
      />
      <Stack gap="md">
        <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
          <Figure label={t('warehouse.zones')} value={zones.length} />
          <Figure label={t('warehouse.locations')} value={tree.locations.length} />
          <Figure label={t('warehouse.locationsWithStock')} value={stocked} />
          <Figure
            label={t('warehouse.unitsOnHand')}
            value={formatQuantity(sumDecimals(tree.locations.map((l) => l.onHand)), company)}
          />
        </SimpleGrid>
        <StructureTree tree={tree} onEdit={setEditing} />
      </Stack>
      {editing?.what === 'warehouse' && <WarehouseModal opened onClose={close} warehouse={warehouse} />}
      {editing?.what === 'zone' && <ZoneModal opened onClose={close} warehouseId={warehouse.id} zone={editing.zone} />}
      {editing?.what === 'location' && (
        <LocationModal
          opened
          onClose={close}
          warehouse={warehouse}
          zones={zones}
          location={editing.location}
          zoneId={editing.zoneId}
        />
      )}
    </>
  );
}

/** One warehouse: its figures and its structure of zones and locations. */
export function WarehousePage() {
  const { warehouseId } = route.useParams();
  const tree = useWarehouseTree(warehouseId);
  if (tree.error) return <ErrorAlert error={tree.error} onRetry={() => void tree.refetch()} />;
  if (!tree.data) return <LoadingBlock />;
  return <WarehouseView tree={tree.data} />;
}
