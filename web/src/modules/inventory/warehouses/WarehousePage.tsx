import {
  Badge,
  Button,
  Group,
  getTreeExpandedState,
  Menu,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Tree,
  type TreeNodeData,
  useTree,
} from '@mantine/core';
import {
  IconBuildingWarehouse,
  IconChevronDown,
  IconChevronRight,
  IconDots,
  IconMapPin,
  IconPencil,
  IconPlus,
  IconTemperature,
} from '@tabler/icons-react';
import { getRouteApi } from '@tanstack/react-router';
import { type ReactNode, useEffect, useState } from 'react';
import { useActiveCompany, useCan } from '../../../app/me.ts';
import { AnchorLink } from '../../../ui/AnchorLink.tsx';
import { sumDecimals } from '../../../ui/decimal.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { Figure } from '../../../ui/Figure.tsx';
import { formatQuantity } from '../../../ui/format.ts';
import { LoadingBlock } from '../../../ui/LoadingBlock.tsx';
import { notifyError, notifySuccess } from '../../../ui/notify.ts';
import { PageHeader } from '../../../ui/PageHeader.tsx';
import { locationKindLabels, zoneKindColors, zoneKindLabels } from '../inventory-labels.ts';
import {
  type TreeLocation,
  useUpdateLocation,
  useUpdateWarehouse,
  useUpdateZone,
  useWarehouseTree,
  type WarehouseTree,
  type Zone,
} from '../warehouse-api.ts';
import { LocationModal, WarehouseModal, ZoneModal } from './structure-forms.tsx';

const route = getRouteApi('/shell/inventory/warehouses/$warehouseId');

type Editing =
  | { what: 'warehouse' }
  | { what: 'zone'; zone?: Zone }
  | { what: 'location'; location?: TreeLocation; zoneId?: string | null };

function temperatureOf(zone: Zone, locale: string): string | null {
  const degrees = (value: string | null) => value && formatQuantity(value, { locale });
  const [min, max] = [degrees(zone.minTemperature), degrees(zone.maxTemperature)];
  if (min && max) return `${min} to ${max} °C`;
  if (min) return `from ${min} °C`;
  if (max) return `up to ${max} °C`;
  return null;
}

function treeData(tree: WarehouseTree): TreeNodeData[] {
  const locationNode = (l: TreeLocation): TreeNodeData => ({ value: `location:${l.id}`, label: l.code });
  return [
    {
      value: `warehouse:${tree.warehouse.id}`,
      label: tree.warehouse.code,
      children: [
        ...tree.zones.map((z) => ({
          value: `zone:${z.id}`,
          label: z.code,
          children: tree.locations.filter((l) => l.zoneId === z.id).map(locationNode),
        })),
        ...tree.locations.filter((l) => !l.zoneId).map(locationNode),
      ],
    },
  ];
}

/** Clicks on a node's buttons do not fold or unfold it. */
const stop = (event: React.MouseEvent) => event.stopPropagation();

function InactiveBadge({ active }: { active: boolean }) {
  return active ? null : (
    <Badge size="xs" color="gray" variant="outline">
      Inactive
    </Badge>
  );
}

function NodeRow({
  icon,
  title,
  subtitle,
  badges,
  figures,
  actions,
}: {
  icon: ReactNode;
  title: string;
  subtitle: ReactNode;
  badges?: ReactNode;
  figures?: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <Group justify="space-between" wrap="nowrap" gap="md" py={5} pr="xs" style={{ flex: 1 }}>
      <Group gap="xs" wrap="nowrap">
        {icon}
        <div>
          <Group gap={6}>
            <Text size="sm" fw={600} ff="monospace">
              {title}
            </Text>
            {badges}
          </Group>
          <Text size="xs" c="dimmed">
            {subtitle}
          </Text>
        </div>
      </Group>
      <Group gap="md" wrap="nowrap">
        {figures}
        {actions && (
          <Group gap={4} wrap="nowrap" onClick={stop}>
            {actions}
          </Group>
        )}
      </Group>
    </Group>
  );
}

function StructureTree({ tree, onEdit }: { tree: WarehouseTree; onEdit: (editing: Editing) => void }) {
  const company = useActiveCompany();
  const canManage = useCan('inventory.warehouse.manage');
  const updateZone = useUpdateZone();
  const updateLocation = useUpdateLocation();
  const data = treeData(tree);
  const allOpen = () => getTreeExpandedState(data, '*');
  const controller = useTree({ initialExpandedState: allOpen() });
  const nodeCount = tree.zones.length + tree.locations.length;
  const { setExpandedState } = controller;
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new zone or location opens the tree again
  useEffect(() => setExpandedState(allOpen()), [nodeCount, setExpandedState]);

  const zones = new Map(tree.zones.map((z) => [z.id, z]));
  const locations = new Map(tree.locations.map((l) => [l.id, l]));
  const done = (message: string) => ({
    onSuccess: () => notifySuccess(message),
    onError: (error: unknown) => notifyError(error),
  });

  const render = (value: string, chevron: ReactNode): ReactNode => {
    const [kind, id] = value.split(':') as [string, string];
    if (kind === 'warehouse') {
      const onHand = sumDecimals(tree.locations.map((l) => l.onHand));
      return (
        <NodeRow
          icon={
            <>
              {chevron}
              <IconBuildingWarehouse size={18} stroke={1.6} />
            </>
          }
          title={tree.warehouse.code}
          subtitle={`${tree.warehouse.name} · ${tree.zones.length} zones · ${tree.locations.length} locations`}
          figures={<Text size="sm">{formatQuantity(onHand, company)} on hand</Text>}
          actions={
            canManage && (
              <>
                <Button
                  size="compact-xs"
                  variant="subtle"
                  leftSection={<IconPlus size={13} />}
                  onClick={() => onEdit({ what: 'zone' })}
                >
                  Add zone
                </Button>
                <Button
                  size="compact-xs"
                  variant="subtle"
                  leftSection={<IconPlus size={13} />}
                  onClick={() => onEdit({ what: 'location', zoneId: null })}
                >
                  Add location
                </Button>
              </>
            )
          }
        />
      );
    }
    if (kind === 'zone') {
      const zone = zones.get(id)!;
      const capacity = zone.capacity && `capacity ${formatQuantity(zone.capacity, company)} ${zone.capacityUnit ?? ''}`;
      return (
        <NodeRow
          icon={
            <>
              {chevron}
              <IconTemperature size={18} stroke={1.6} />
            </>
          }
          title={zone.code}
          subtitle={[zone.name, temperatureOf(zone, company.locale), capacity].filter(Boolean).join(' · ')}
          badges={
            <>
              <Badge size="xs" variant="light" color={zoneKindColors[zone.kind]}>
                {zoneKindLabels[zone.kind]}
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
                  aria-label={`Add location to ${zone.code}`}
                >
                  Add location
                </Button>
                <Menu position="bottom-end" withinPortal>
                  <Menu.Target>
                    <Button size="compact-xs" variant="subtle" color="gray" aria-label={`Zone ${zone.code} actions`}>
                      <IconDots size={15} />
                    </Button>
                  </Menu.Target>
                  <Menu.Dropdown>
                    <Menu.Item leftSection={<IconPencil size={14} />} onClick={() => onEdit({ what: 'zone', zone })}>
                      Edit zone
                    </Menu.Item>
                    <Menu.Item
                      color={zone.active ? 'red' : undefined}
                      onClick={() =>
                        updateZone.mutate(
                          { id: zone.id, active: !zone.active },
                          done(`Zone ${zone.code} ${zone.active ? 'deactivated' : 'reactivated'}`),
                        )
                      }
                    >
                      {zone.active ? 'Deactivate' : 'Reactivate'}
                    </Menu.Item>
                  </Menu.Dropdown>
                </Menu>
              </>
            )
          }
        />
      );
    }
    const location = locations.get(id)!;
    return (
      <NodeRow
        icon={<IconMapPin size={18} stroke={1.6} style={{ marginLeft: 18 }} />}
        title={location.code}
        subtitle={`${location.name} · ${locationKindLabels[location.kind]}`}
        badges={
          <>
            {location.isDefault && (
              <Badge size="xs" variant="light">
                Default
              </Badge>
            )}
            <InactiveBadge active={location.active} />
          </>
        }
        figures={
          <Text size="sm" c={Number(location.onHand) > 0 ? undefined : 'dimmed'} data-testid="location-on-hand">
            {formatQuantity(location.onHand, company)} on hand · {location.products} products
          </Text>
        }
        actions={
          <>
            <AnchorLink to="/inventory/moves" search={{ locationId: location.id }} fz="xs">
              Moves
            </AnchorLink>
            {canManage && (
              <Menu position="bottom-end" withinPortal>
                <Menu.Target>
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    color="gray"
                    aria-label={`Location ${location.code} actions`}
                  >
                    <IconDots size={15} />
                  </Button>
                </Menu.Target>
                <Menu.Dropdown>
                  <Menu.Item
                    leftSection={<IconPencil size={14} />}
                    onClick={() => onEdit({ what: 'location', location })}
                  >
                    Edit location
                  </Menu.Item>
                  {!location.isDefault && location.active && (
                    <Menu.Item
                      onClick={() =>
                        updateLocation.mutate(
                          { id: location.id, isDefault: true },
                          done(`${location.code} is now where sales reserve and deliver from`),
                        )
                      }
                    >
                      Make default
                    </Menu.Item>
                  )}
                  {!location.isDefault && (
                    <Menu.Item
                      color={location.active ? 'red' : undefined}
                      onClick={() =>
                        updateLocation.mutate(
                          { id: location.id, active: !location.active },
                          done(`Location ${location.code} ${location.active ? 'deactivated' : 'reactivated'}`),
                        )
                      }
                    >
                      {location.active ? 'Deactivate' : 'Reactivate'}
                    </Menu.Item>
                  )}
                </Menu.Dropdown>
              </Menu>
            )}
          </>
        }
      />
    );
  };

  return (
    <Paper withBorder p="xs" data-testid="warehouse-tree">
      <Tree
        data={data}
        tree={controller}
        levelOffset={28}
        withLines
        renderNode={({ node, expanded, hasChildren, elementProps }) => (
          <Group gap={0} wrap="nowrap" {...elementProps} data-testid={`tree-${node.value.split(':')[0]}`}>
            {render(
              node.value,
              hasChildren ? (
                expanded ? (
                  <IconChevronDown size={14} />
                ) : (
                  <IconChevronRight size={14} />
                )
              ) : (
                <span style={{ width: 14 }} />
              ),
            )}
          </Group>
        )}
      />
    </Paper>
  );
}

function WarehouseView({ tree }: { tree: WarehouseTree }) {
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
        onSuccess: () => notifySuccess(`${warehouse.code} ${warehouse.active ? 'deactivated' : 'reactivated'}`),
        onError: (error) => notifyError(error),
      },
    );

  return (
    <>
      <PageHeader
        title={
          <Group gap="xs" component="span">
            {warehouse.name}
            {warehouse.isDefault && <Badge variant="light">Default</Badge>}
            <InactiveBadge active={warehouse.active} />
          </Group>
        }
        description={[warehouse.code, warehouse.address].filter(Boolean).join(' · ')}
        actions={
          canManage && (
            <>
              {!warehouse.isDefault && (
                <Button
                  variant="default"
                  color={warehouse.active ? 'red' : undefined}
                  onClick={toggleActive}
                  loading={updateWarehouse.isPending}
                >
                  {warehouse.active ? 'Deactivate' : 'Reactivate'}
                </Button>
              )}
              <Button
                variant="default"
                leftSection={<IconPencil size={16} />}
                onClick={() => setEditing({ what: 'warehouse' })}
              >
                Edit
              </Button>
            </>
          )
        }
      />
      <Stack gap="md">
        <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
          <Figure label="Zones" value={zones.length} />
          <Figure label="Locations" value={tree.locations.length} />
          <Figure label="Locations with stock" value={stocked} />
          <Figure
            label="Units on hand"
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

export function WarehousePage() {
  const { warehouseId } = route.useParams();
  const tree = useWarehouseTree(warehouseId);
  if (tree.error) return <ErrorAlert error={tree.error} onRetry={() => void tree.refetch()} />;
  if (!tree.data) return <LoadingBlock />;
  return <WarehouseView tree={tree.data} />;
}
