import { Button, Group, getTreeExpandedState, Paper, Text, Tree, type TreeNodeData, useTree } from '@mantine/core';
import { IconBuildingWarehouse, IconChevronDown, IconChevronRight, IconPlus } from '@tabler/icons-react';
import { type ReactNode, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useActiveCompany, useCan } from '../../../app/me.ts';
import { sumDecimals } from '../../../ui/decimal.ts';
import { formatQuantity } from '../../../ui/format.ts';
import type { TreeLocation, WarehouseTree } from '../warehouse-api.ts';
import { LocationNode } from './LocationNode.tsx';
import { type Editing, NodeRow } from './node-row.tsx';
import { ZoneNode } from './ZoneNode.tsx';

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

function WarehouseNode({
  tree,
  chevron,
  onEdit,
}: {
  tree: WarehouseTree;
  chevron: ReactNode;
  onEdit: (editing: Editing) => void;
}) {
  const { t } = useTranslation('inventory');
  const company = useActiveCompany();
  const canManage = useCan('inventory.warehouse.manage');
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
      subtitle={t('tree.warehouseSummary', {
        name: tree.warehouse.name,
        zones: tree.zones.length,
        locations: tree.locations.length,
      })}
      figures={<Text size="sm">{t('tree.onHand', { quantity: formatQuantity(onHand, company) })}</Text>}
      actions={
        canManage && (
          <>
            <Button
              size="compact-xs"
              variant="subtle"
              leftSection={<IconPlus size={13} />}
              onClick={() => onEdit({ what: 'zone' })}
            >
              {t('tree.addZone')}
            </Button>
            <Button
              size="compact-xs"
              variant="subtle"
              leftSection={<IconPlus size={13} />}
              onClick={() => onEdit({ what: 'location', zoneId: null })}
            >
              {t('tree.addLocation')}
            </Button>
          </>
        )
      }
    />
  );
}

/** The warehouse, its zones and their locations, each with what can be done to it. */
export function StructureTree({ tree, onEdit }: { tree: WarehouseTree; onEdit: (editing: Editing) => void }) {
  const data = treeData(tree);
  const allOpen = () => getTreeExpandedState(data, '*');
  const controller = useTree({ initialExpandedState: allOpen() });
  const nodeCount = tree.zones.length + tree.locations.length;
  const { setExpandedState } = controller;
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new zone or location opens the tree again
  useEffect(() => setExpandedState(allOpen()), [nodeCount, setExpandedState]);

  const zones = new Map(tree.zones.map((z) => [z.id, z]));
  const locations = new Map(tree.locations.map((l) => [l.id, l]));
  const render = (value: string, chevron: ReactNode): ReactNode => {
    const [kind, id] = value.split(':') as [string, string];
    if (kind === 'warehouse') return <WarehouseNode tree={tree} chevron={chevron} onEdit={onEdit} />;
    if (kind === 'zone') return <ZoneNode zone={zones.get(id)!} chevron={chevron} onEdit={onEdit} />;
    return <LocationNode location={locations.get(id)!} onEdit={onEdit} />;
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
