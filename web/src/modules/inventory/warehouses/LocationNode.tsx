import { Badge, Button, Menu, Text } from '@mantine/core';
import { IconDots, IconMapPin, IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useActiveCompany, useCan } from '../../../app/me.ts';
import { AnchorLink } from '../../../ui/AnchorLink.tsx';
import { formatQuantity } from '../../../ui/format.ts';
import { notifyError, notifySuccess } from '../../../ui/notify.ts';
import { PrintLabels } from '../../../ui/PrintLabels.tsx';
import { locationKindLabel } from '../inventory-labels.ts';
import { type TreeLocation, useUpdateLocation } from '../warehouse-api.ts';
import { type Editing, InactiveBadge, NodeRow } from './node-row.tsx';

/** A location in the structure tree: what it holds, its moves, and its menu. */
export function LocationNode({ location, onEdit }: { location: TreeLocation; onEdit: (editing: Editing) => void }) {
  const { t } = useTranslation('inventory');
  const company = useActiveCompany();
  const canManage = useCan('inventory.warehouse.manage');
  const updateLocation = useUpdateLocation();
  const update = (change: { isDefault: true } | { active: boolean }, message: string) =>
    updateLocation.mutate(
      { id: location.id, ...change },
      { onSuccess: () => notifySuccess(message), onError: (error) => notifyError(error) },
    );
  const code = location.code;
  return (
    <NodeRow
      icon={<IconMapPin size={18} stroke={1.6} style={{ marginLeft: 18 }} />}
      title={code}
      subtitle={t('tree.locationSummary', { name: location.name, kind: locationKindLabel(t, location.kind) })}
      badges={
        <>
          {location.isDefault && (
            <Badge size="xs" variant="light">
              {t('common.default')}
            </Badge>
          )}
          <InactiveBadge active={location.active} />
        </>
      }
      figures={
        <Text size="sm" c={Number(location.onHand) > 0 ? undefined : 'dimmed'} data-testid="location-on-hand">
          {t('tree.locationStock', {
            quantity: formatQuantity(location.onHand, company),
            products: location.products,
          })}
        </Text>
      }
      actions={
        <>
          <AnchorLink to="/inventory/moves" search={{ locationId: location.id }} fz="xs">
            {t('tree.moves')}
          </AnchorLink>
          <PrintLabels kind="location" ids={[location.id]} compact />
          {canManage && (
            <Menu position="bottom-end" withinPortal>
              <Menu.Target>
                <Button
                  size="compact-xs"
                  variant="subtle"
                  color="gray"
                  aria-label={t('tree.locationActions', { code })}
                >
                  <IconDots size={15} />
                </Button>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item
                  leftSection={<IconPencil size={14} />}
                  onClick={() => onEdit({ what: 'location', location })}
                >
                  {t('tree.editLocation')}
                </Menu.Item>
                {!location.isDefault && location.active && (
                  <Menu.Item onClick={() => update({ isDefault: true }, t('tree.madeDefault', { code }))}>
                    {t('tree.makeDefault')}
                  </Menu.Item>
                )}
                {!location.isDefault && (
                  <Menu.Item
                    color={location.active ? 'red' : undefined}
                    onClick={() =>
                      update(
                        { active: !location.active },
                        t(location.active ? 'tree.locationDeactivated' : 'tree.locationReactivated', { code }),
                      )
                    }
                  >
                    {location.active ? t('common.deactivate') : t('common.reactivate')}
                  </Menu.Item>
                )}
              </Menu.Dropdown>
            </Menu>
          )}
        </>
      }
    />
  );
}
