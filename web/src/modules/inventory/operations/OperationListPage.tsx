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
import { useTranslation } from 'react-i18next';
import { useActiveCompany, useCan } from '../../../app/me.ts';
import { AnchorLink } from '../../../ui/AnchorLink.tsx';
import { ButtonLink } from '../../../ui/ButtonLink.tsx';
import { formatDay, formatMoney } from '../../../ui/format.ts';
import { ListPage } from '../../../ui/list/ListPage.tsx';
import type { ListFilter } from '../../../ui/list/list-filters.ts';
import { WarehouseSelect } from '../../../ui/pickers/index.ts';
import { operationStateChoices, operationTypeChoices } from '../inventory-labels.ts';
import { type StockOperationSummary, useOperationList } from '../operations-api.ts';
import { OperationStateBadge, OperationTypeBadge } from './operation-badges.tsx';

const route = getRouteApi('/shell/inventory/operations');

function useFilters(): ListFilter[] {
  const { t } = useTranslation('inventory');
  return [
    {
      kind: 'select',
      key: 'type',
      label: t('operationList.type'),
      placeholder: t('common.allTypes'),
      width: 150,
      options: operationTypeChoices(t),
    },
    {
      kind: 'select',
      key: 'state',
      label: t('operationList.state'),
      placeholder: t('operationList.allStates'),
      width: 140,
      options: operationStateChoices(t),
    },
    {
      kind: 'picker',
      key: 'warehouseId',
      label: t('common.warehouse'),
      picker: (value, onChange) => (
        <WarehouseSelect
          aria-label={t('common.warehouse')}
          placeholder={t('common.allWarehouses')}
          w={220}
          clearable
          value={value}
          onChange={(warehouseId) => onChange(warehouseId ?? undefined)}
        />
      ),
    },
    { kind: 'dateRange', from: 'dateFrom', to: 'dateTo', label: t('operationList.operationDate') },
  ];
}

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
  const { t } = useTranslation('inventory');
  const company = useActiveCompany();
  return [
    { accessor: 'number', title: t('columns.number'), noWrap: true, render: (o) => <OperationNumber operation={o} /> },
    {
      accessor: 'operationDate',
      title: t('columns.date'),
      noWrap: true,
      render: (o) => formatDay(o.operationDate, company),
    },
    { accessor: 'type', title: t('columns.type'), render: (o) => <OperationTypeBadge type={o.type} /> },
    { accessor: 'state', title: t('columns.state'), render: (o) => <OperationStateBadge state={o.state} /> },
    {
      accessor: 'fromLocation',
      title: t('columns.fromTo'),
      render: (o) => (
        <Text ff="monospace" fz="xs">
          {o.fromLocation} → {o.toLocation}
        </Text>
      ),
    },
    {
      accessor: 'partnerName',
      title: t('columns.partnerReference'),
      render: (o) => [o.partnerName, o.reference].filter(Boolean).join(' · ') || '—',
    },
    {
      accessor: 'value',
      title: t('columns.value'),
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
  const { t } = useTranslation('inventory');
  const canReceive = useCan('inventory.receipt.create');
  const canTransfer = useCan('inventory.transfer.create');
  const canScrap = useCan('inventory.scrap.create');
  const canAdjust = useCan('inventory.adjustment.create');
  if (!canReceive && !canTransfer && !canScrap && !canAdjust) return null;
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button leftSection={<IconPlus size={16} />} rightSection={<IconChevronDown size={14} />}>
          {t('operationList.newOperation')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {canReceive && (
          <Menu.Item component={Link} to="/inventory/receipts/new" leftSection={<IconPackageImport size={16} />}>
            {t('operationList.receiptFromVendor')}
          </Menu.Item>
        )}
        {canTransfer && (
          <Menu.Item component={Link} to="/inventory/transfers/new" leftSection={<IconTransfer size={16} />}>
            {t('operationList.transfer')}
          </Menu.Item>
        )}
        {canScrap && (
          <Menu.Item component={Link} to="/inventory/scraps/new" leftSection={<IconTrash size={16} />}>
            {t('operationList.scrap')}
          </Menu.Item>
        )}
        {canAdjust && (
          <Menu.Item component={Link} to="/inventory/adjustments/new" leftSection={<IconArrowsExchange size={16} />}>
            {t('operationList.stockAdjustment')}
          </Menu.Item>
        )}
      </Menu.Dropdown>
    </Menu>
  );
}

/** Receipts, deliveries, transfers, scraps and returns, newest first. */
export function OperationListPage() {
  const { t } = useTranslation('inventory');
  const search = route.useSearch();
  const navigate = useNavigate({ from: '/inventory/operations' });
  const company = useActiveCompany();
  const list = useOperationList(search);
  const canReceive = useCan('inventory.receipt.create');

  return (
    <ListPage
      listId="stock-operations"
      title={t('operationList.title')}
      description={t('operationList.description')}
      actions={
        <>
          <ButtonLink to="/inventory/adjustments" variant="default">
            {t('operationList.adjustments')}
          </ButtonLink>
          <NewOperationMenu />
        </>
      }
      search={search}
      filters={useFilters()}
      list={list}
      columns={useColumns()}
      onOpen={(o) => void navigate({ to: '/inventory/operations/$operationId', params: { operationId: o.id } })}
      card={(o) => ({
        number: <OperationNumber operation={o} />,
        party: [o.partnerName, o.reference].filter(Boolean).join(' · ') || `${o.fromLocation} → ${o.toLocation}`,
        state: <OperationStateBadge state={o.state} />,
        amount: formatMoney(o.value, company),
      })}
      noun={t('operationList.noun')}
      rowTestId="operation-row"
      empty={{
        icon: <IconArrowsExchange size={24} />,
        title: t('operationList.emptyTitle'),
        description: t('operationList.emptyDescription'),
        action: canReceive && (
          <ButtonLink to="/inventory/receipts/new" variant="light">
            {t('operationList.receiveFirst')}
          </ButtonLink>
        ),
      }}
    />
  );
}
