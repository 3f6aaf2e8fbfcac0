import { Button, Group, Menu, Select, Text } from '@mantine/core';
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
import { DateRangeFilter } from '../../../ui/DateRangeFilter.tsx';
import { formatDay, formatMoney } from '../../../ui/format.ts';
import { PageHeader } from '../../../ui/PageHeader.tsx';
import { RecordTable } from '../../../ui/RecordTable.tsx';
import { operationStateOptions, operationTypeOptions } from '../inventory-labels.ts';
import { type StockOperationSummary, useOperationList } from '../operations-api.ts';
import { WarehouseSelect } from '../pickers.tsx';
import type { OperationListSearch } from '../routes.ts';
import { OperationStateBadge, OperationTypeBadge } from './operation-badges.tsx';

const route = getRouteApi('/shell/inventory/operations');

function useColumns(): DataTableColumn<StockOperationSummary>[] {
  const company = useActiveCompany();
  return [
    {
      accessor: 'number',
      noWrap: true,
      render: (o) => (
        <AnchorLink
          to="/inventory/operations/$operationId"
          params={{ operationId: o.id }}
          fw={600}
          ff="monospace"
          fz="sm"
        >
          {o.number}
        </AnchorLink>
      ),
    },
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
  const list = useOperationList(search);
  const columns = useColumns();
  const filter = (change: Partial<OperationListSearch>) =>
    void navigate({ search: (previous) => ({ ...previous, ...change }), replace: true });

  return (
    <>
      <PageHeader
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
      />
      <Group gap="sm" mb="sm" align="flex-end">
        <Select
          aria-label="Type"
          placeholder="All types"
          w={150}
          clearable
          data={operationTypeOptions}
          value={search.type ?? null}
          onChange={(type) => filter({ type: (type as OperationListSearch['type']) ?? undefined })}
        />
        <Select
          aria-label="State"
          placeholder="All states"
          w={140}
          clearable
          data={operationStateOptions}
          value={search.state ?? null}
          onChange={(state) => filter({ state: (state as OperationListSearch['state']) ?? undefined })}
        />
        <WarehouseSelect
          aria-label="Warehouse"
          placeholder="All warehouses"
          w={220}
          clearable
          value={search.warehouseId}
          onChange={(warehouseId) => filter({ warehouseId: warehouseId ?? undefined })}
        />
        <DateRangeFilter
          label="Operation date"
          from={search.dateFrom}
          to={search.dateTo}
          onChange={(dateFrom, dateTo) => filter({ dateFrom, dateTo })}
        />
      </Group>
      <RecordTable
        list={list}
        columns={columns}
        noun="operations"
        rowTestId="operation-row"
        empty={{
          icon: <IconArrowsExchange size={24} />,
          title: 'No stock operations found',
          description: 'Change the filters, or post a receipt or a transfer.',
        }}
        onRowClick={(o) => void navigate({ to: '/inventory/operations/$operationId', params: { operationId: o.id } })}
      />
    </>
  );
}
