import { Button, Menu, Text } from '@mantine/core';
import {
  IconArrowsExchange,
  IconChevronDown,
  IconPackageImport,
  IconPlus,
  IconTransfer,
  IconTrash,
} from '@tabler/icons-react';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import type { DataTableColumn } from 'mantine-datatable';
import { useActiveCompany, useCan } from '../../../app/me.ts';
import { AnchorLink } from '../../../ui/AnchorLink.tsx';
import { ButtonLink } from '../../../ui/ButtonLink.tsx';
import { formatDay, formatMoney } from '../../../ui/format.ts';
import { ListPage } from '../../../ui/list/ListPage.tsx';
import type { ListFilter } from '../../../ui/list/list-filters.ts';
import { WarehouseSelect } from '../../../ui/pickers/index.ts';
import { operationStateOptions, operationTypeOptions } from '../inventory-labels.ts';
import { type StockOperationSummary, useOperationList } from '../operations-api.ts';
import { OperationStateBadge, OperationTypeBadge } from './operation-badges.tsx';

const route = getRouteApi('/shell/inventory/operations');

const filters: ListFilter[] = [
  { kind: 'select', key: 'type', label: 'Type', placeholder: 'All types', width: 150, options: operationTypeOptions },
  {
    kind: 'select',
    key: 'state',
    label: 'State',
    placeholder: 'All states',
    width: 140,
    options: operationStateOptions,
  },
  {
    kind: 'picker',
    key: 'warehouseId',
    label: 'Warehouse',
    picker: (value, onChange) => (
      <WarehouseSelect
        aria-label="Warehouse"
        placeholder="All warehouses"
        w={220}
        clearable
        value={value}
        onChange={(warehouseId) => onChange(warehouseId ?? undefined)}
      />
    ),
  },
  { kind: 'dateRange', from: 'dateFrom', to: 'dateTo', label: 'Operation date' },
];

function OperationNumber({ operation }: { operation: StockOperationSummary }) {
  return (
    <AnchorLink
      to="/inventory/operations/$operationId"
      params={{ operationId: operation.id }}
      fw={600}
      ff="monospace"
      fz="sm"
    >
      {operation.number}
    </AnchorLink>
  );
}

function useColumns(): DataTableColumn<StockOperationSummary>[] {
  const company = useActiveCompany();
  return [
    { accessor: 'number', noWrap: true, render: (o) => <OperationNumber operation={o} /> },
    { accessor: 'operationDate', title: 'Date', noWrap: true, render: (o) => formatDay(o.operationDate, company) },
    { accessor: 'type', render: (o) => <OperationTypeBadge type={o.type} /> },
    { accessor: 'state', render: (o) => <OperationStateBadge state={o.state} /> },
    {
      accessor: 'fromLocation',
      title: 'From → to',
      render: (o) => (
        <Text ff="monospace" fz="xs">
          {o.fromLocation} → {o.toLocation}
        </Text>
      ),
    },
    {
      accessor: 'partnerName',
      title: 'Partner / reference',
      render: (o) => [o.partnerName, o.reference].filter(Boolean).join(' · ') || '—',
    },
    {
      accessor: 'value',
      textAlign: 'right',
      noWrap: true,
      render: (o) => (
        <Text size="sm" fw={600}>
          {formatMoney(o.value, company)}
        </Text>
      ),
    },
  ];
}

/** Links to the forms of the stock operations this user may post. */
export function NewOperationMenu() {
  const canReceive = useCan('inventory.receipt.create');
  const canTransfer = useCan('inventory.transfer.create');
  const canScrap = useCan('inventory.scrap.create');
  const canAdjust = useCan('inventory.adjustment.create');
  if (!canReceive && !canTransfer && !canScrap && !canAdjust) return null;
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button leftSection={<IconPlus size={16} />} rightSection={<IconChevronDown size={14} />}>
          New operation
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {canReceive && (
          <Menu.Item component={Link} to="/inventory/receipts/new" leftSection={<IconPackageImport size={16} />}>
            Receipt from a vendor
          </Menu.Item>
        )}
        {canTransfer && (
          <Menu.Item component={Link} to="/inventory/transfers/new" leftSection={<IconTransfer size={16} />}>
            Transfer
          </Menu.Item>
        )}
        {canScrap && (
          <Menu.Item component={Link} to="/inventory/scraps/new" leftSection={<IconTrash size={16} />}>
            Scrap
          </Menu.Item>
        )}
        {canAdjust && (
          <Menu.Item component={Link} to="/inventory/adjustments/new" leftSection={<IconArrowsExchange size={16} />}>
            Stock adjustment
          </Menu.Item>
        )}
      </Menu.Dropdown>
    </Menu>
  );
}

/** Receipts, deliveries, transfers, scraps and returns, newest first. */
export function OperationListPage() {
  const search = route.useSearch();
  const navigate = useNavigate({ from: '/inventory/operations' });
  const company = useActiveCompany();
  const list = useOperationList(search);
  const canReceive = useCan('inventory.receipt.create');

  return (
    <ListPage
      listId="stock-operations"
      title="Stock operations"
      description="Receipts, deliveries, transfers, scraps and returns."
      actions={
        <>
          <ButtonLink to="/inventory/adjustments" variant="default">
            Adjustments
          </ButtonLink>
          <NewOperationMenu />
        </>
      }
      search={search}
      filters={filters}
      list={list}
      columns={useColumns()}
      onOpen={(o) => void navigate({ to: '/inventory/operations/$operationId', params: { operationId: o.id } })}
      card={(o) => ({
        number: <OperationNumber operation={o} />,
        party: [o.partnerName, o.reference].filter(Boolean).join(' · ') || `${o.fromLocation} → ${o.toLocation}`,
        state: <OperationStateBadge state={o.state} />,
        amount: formatMoney(o.value, company),
      })}
      noun="operations"
      rowTestId="operation-row"
      empty={{
        icon: <IconArrowsExchange size={24} />,
        title: 'No stock operations yet',
        description: 'Post a receipt of goods from a vendor, or move stock with a transfer.',
        action: canReceive && (
          <ButtonLink to="/inventory/receipts/new" variant="light">
            Receive the first goods
          </ButtonLink>
        ),
      }}
    />
  );
}
