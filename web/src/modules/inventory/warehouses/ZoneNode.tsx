import { Badge, Button, Menu } from '@mantine/core';
import { IconDots, IconPencil, IconPlus, IconTemperature } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useActiveCompany, useCan } from '../../../app/me.ts';
import { formatQuantity } from '../../../ui/format.ts';
import { notifyError, notifySuccess } from '../../../ui/notify.ts';
import { zoneKindColors, zoneKindLabel } from '../inventory-labels.ts';
import { useUpdateZone, type Zone } from '../warehouse-api.ts';
import { type Editing, InactiveBadge, NodeRow } from './node-row.tsx';

function temperatureOf(t: TFunction<'inventory'>, zone: Zone, locale: string): string | null {
  const degrees = (value: string | null) => value && formatQuantity(value, { locale });
  const [min, max] = [degrees(zone.minTemperature), degrees(zone.maxTemperature)];
  if (min && max) return t('tree.temperatureRange', { min, max });
  if (min) return t('tree.temperatureFrom', { min });
  if (max) return t('tree.temperatureUpTo', { max });
  return null;
}

/** A zone in the structure tree: its storage conditions, capacity, and its menu. */
export function ZoneNode({
  zone,
  chevron,
  onEdit,
}: {
  zone: Zone;
  chevron: ReactNode;
  onEdit: (editing: Editing) => void;
}) {
  const { t } = useTranslation('inventory');
  const company = useActiveCompany();
  const canManage = useCan('inventory.warehouse.manage');
  const updateZone = useUpdateZone();
  const capacity =
    zone.capacity &&
    t('tree.capacity', { quantity: formatQuantity(zone.capacity, company), unit: zone.capacityUnit ?? '' });
  const toggleActive = () =>
    updateZone.mutate(
      { id: zone.id, active: !zone.active },
      {
        onSuccess: () =>
          notifySuccess(t(zone.active ? 'tree.zoneDeactivated' : 'tree.zoneReactivated', { code: zone.code })),
        onError: (error) => notifyError(error),
      },
    );
  return (
    <NodeRow
      icon={
        <>
          {chevron}
          <IconTemperature size={18} stroke={1.6} />
        </>
      }
      title={zone.code}
      subtitle={[zone.name, temperatureOf(t, zone, company.locale), capacity].filter(Boolean).join(' · ')}
      badges={
        <>
          <Badge size="xs" variant="light" color={zoneKindColors[zone.kind]}>
            {zoneKindLabel(t, zone.kind)}
          </Badge>
          <InactiveBadge active={zone.active} />
        </>
      }
      actions={
        canManage && (
          <>
            <Button
              size="compact-xs"
              variant="subtle"
              leftSection={<IconPlus size={13} />}
              onClick={() => onEdit({ what: 'location', zoneId: zone.id })}
              aria-label={t('tree.addLocationTo', { code: zone.code })}
            >
              {t('tree.addLocation')}
            </Button>
            <Menu position="bottom-end" withinPortal>
              <Menu.Target>
                <Button
                  size="compact-xs"
                  variant="subtle"
                  color="gray"
                  aria-label={t('tree.zoneActions', { code: zone.code })}
                >
                  <IconDots size={15} />
                </Button>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item leftSection={<IconPencil size={14} />} onClick={() => onEdit({ what: 'zone', zone })}>
                  {t('tree.editZone')}
                </Menu.Item>
                <Menu.Item color={zone.active ? 'red' : undefined} onClick={toggleActive}>
                  {zone.active ? t('common.deactivate') : t('common.reactivate')}
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
          </>
        )
      }
    />
  );
}
