import { Badge, Button, Group, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconAdjustments, IconChartBar, IconClipboardList, IconPlus } from '@tabler/icons-react';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import type { DataTableColumn } from 'mantine-datatable';
import { useTranslation } from 'react-i18next';
import { useActiveCompany, useCan } from '../../app/me.ts';
import { AnchorLink } from '../../ui/AnchorLink.tsx';
import { ButtonLink } from '../../ui/ButtonLink.tsx';
import { formatDay } from '../../ui/format.ts';
import { ListPage } from '../../ui/list/ListPage.tsx';
import type { ListFilter } from '../../ui/list/list-filters.ts';
import { CountSettingsModal } from './CountSettingsModal.tsx';
import { CountStateBadge, countStateOptions, frequencyLabel } from './count-labels.tsx';
import { countSorts } from './routes.ts';
import {
  type CountState,
  exportStockCounts,
  type StockCountSummary,
  stockCountPages,
  useStockCountList,
  useStockCountStateCounts,
  useWarehouseChoices,
} from './stock-counts-api.ts';

const route = getRouteApi('/shell/inventory/stock-counts');

function CountNumber({ count }: { count: StockCountSummary }) {
  return (
    <AnchorLink to="/inventory/stock-counts/$countId" params={{ countId: count.id }} fw={600} ff="monospace" fz="sm">
      {count.number}
    </AnchorLink>
  );
}

const progressOf = (c: StockCountSummary) =>
  c.lineCount === 0 && c.state === 'scheduled' ? '—' : `${c.countedLines} / ${c.lineCount}`;

function useColumns(): DataTableColumn<StockCountSummary>[] {
  const company = useActiveCompany();
  const { t } = useTranslation('stock-counts');
  return [
    {
      accessor: 'number',
      title: t('countList.columns.number'),
      noWrap: true,
      render: (c) => <CountNumber count={c} />,
    },
    {
      accessor: 'plannedDate',
      title: t('countList.columns.planned'),
      noWrap: true,
      render: (c) => formatDay(c.plannedDate, company),
    },
    { accessor: 'warehouseName', title: t('countList.columns.warehouse') },
    {
      accessor: 'frequency',
      title: t('countList.columns.frequency'),
      render: (c) => (
        <Group gap={6} wrap="nowrap">
          <Text size="sm">{frequencyLabel(t, c.frequency)}</Text>
          {c.blind && (
            <Badge size="xs" variant="outline" color="gray">
              {t('countList.blind')}
            </Badge>
          )}
        </Group>
      ),
    },
    { accessor: 'state', title: t('countList.columns.state'), render: (c) => <CountStateBadge state={c.state} /> },
    { accessor: 'countedLines', title: t('countList.columns.counted'), textAlign: 'right', render: progressOf },
  ];
}

export function StockCountListPage() {
  const search = route.useSearch();
  const navigate = useNavigate({ from: '/inventory/stock-counts' });
  const company = useActiveCompany();
  const { view, ...filterSearch } = search;
  const filter = { ...filterSearch, sort: search.sort ?? '-plannedDate' };
  const list = useStockCountList(filter);
  const { state: _state, ...otherFilters } = filter;
  const stateCounts = useStockCountStateCounts(otherFilters, view === 'kanban');
  const warehouses = useWarehouseChoices();
  const canSchedule = useCan('inventory.count.manage');
  const canSetThreshold = useCan('inventory.count.approve');
  const [settingsOpen, settings] = useDisclosure();
  const { t } = useTranslation('stock-counts');
  const states = countStateOptions(t);
  const filters: ListFilter[] = [
    {
      kind: 'select',
      key: 'state',
      label: t('countList.state'),
      placeholder: t('countList.allStates'),
      options: states,
    },
    {
      kind: 'select',
      key: 'warehouseId',
      label: t('countList.warehouse'),
      placeholder: t('countList.allWarehouses'),
      width: 220,
      options: (warehouses.data ?? []).map((w) => ({ value: w.id, label: `${w.code} · ${w.name}` })),
    },
    { kind: 'dateRange', from: 'dateFrom', to: 'dateTo', label: t('countList.plannedDate') },
  ];
  const schedule = canSchedule && (
    <ButtonLink to="/inventory/stock-counts/new" leftSection={<IconPlus size={16} />}>
      {t('countList.schedule')}
    </ButtonLink>
  );

  return (
    <ListPage
      listId="stock-counts"
      title={t('countList.title')}
      description={t('countList.description')}
      actions={
        <>
          <ButtonLink
            variant="default"
            to="/inventory/stock-counts/evaluation"
            leftSection={<IconChartBar size={16} />}
          >
            {t('countList.evaluation')}
          </ButtonLink>
          {canSetThreshold && (
            <Button variant="default" leftSection={<IconAdjustments size={16} />} onClick={settings.open}>
              {t('countList.approvalThreshold')}
            </Button>
          )}
          {schedule}
        </>
      }
      search={search}
      searchBox={{
        key: 'q',
        label: t('countList.searchLabel'),
        placeholder: t('countList.searchPlaceholder'),
        width: 230,
      }}
      filters={filters}
      list={list}
      columns={useColumns()}
      sorts={countSorts}
      defaultSort="-plannedDate"
      onOpen={(c) => void navigate({ to: '/inventory/stock-counts/$countId', params: { countId: c.id } })}
      card={(c) => ({
        number: <CountNumber count={c} />,
        party: c.warehouseName,
        state: <CountStateBadge state={c.state} />,
        amount: progressOf(c),
        date: formatDay(c.plannedDate, company),
      })}
      kanban={{
        key: 'state',
        columns: states,
        column: (state) => stockCountPages({ ...filter, state: state as CountState }, 20),
        counts: stateCounts.data,
      }}
      exportList={(format) => exportStockCounts(filter, format)}
      noun={t('countList.noun')}
      rowTestId="count-row"
      empty={{
        icon: <IconClipboardList size={24} />,
        title: t('countList.emptyTitle'),
        description: t('countList.emptyDescription'),
        action: canSchedule && (
          <ButtonLink to="/inventory/stock-counts/new" variant="light">
            {t('countList.scheduleFirst')}
          </ButtonLink>
        ),
      }}
    >
      <CountSettingsModal opened={settingsOpen} onClose={settings.close} />
    </ListPage>
  );
}
