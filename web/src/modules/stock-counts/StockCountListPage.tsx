import { Badge, Button, Group, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconAdjustments, IconChartBar, IconClipboardList, IconPlus } from '@tabler/icons-react';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import type { DataTableColumn } from 'mantine-datatable';
import { useActiveCompany, useCan } from '../../app/me.ts';
import { AnchorLink } from '../../ui/AnchorLink.tsx';
import { ButtonLink } from '../../ui/ButtonLink.tsx';
import { formatDay } from '../../ui/format.ts';
import { ListPage } from '../../ui/list/ListPage.tsx';
import type { ListFilter } from '../../ui/list/list-filters.ts';
import { CountSettingsModal } from './CountSettingsModal.tsx';
import { CountStateBadge, countStateOptions, frequencyLabels } from './count-labels.tsx';
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
  return [
    { accessor: 'number', noWrap: true, render: (c) => <CountNumber count={c} /> },
    { accessor: 'plannedDate', title: 'Planned', noWrap: true, render: (c) => formatDay(c.plannedDate, company) },
    { accessor: 'warehouseName', title: 'Warehouse' },
    {
      accessor: 'frequency',
      render: (c) => (
        <Group gap={6} wrap="nowrap">
          <Text size="sm">{frequencyLabels[c.frequency]}</Text>
          {c.blind && (
            <Badge size="xs" variant="outline" color="gray">
              Blind
            </Badge>
          )}
        </Group>
      ),
    },
    { accessor: 'state', render: (c) => <CountStateBadge state={c.state} /> },
    { accessor: 'countedLines', title: 'Counted', textAlign: 'right', render: progressOf },
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
  const filters: ListFilter[] = [
    { kind: 'select', key: 'state', label: 'State', placeholder: 'All states', options: countStateOptions },
    {
      kind: 'select',
      key: 'warehouseId',
      label: 'Warehouse',
      placeholder: 'All warehouses',
      width: 220,
      options: (warehouses.data ?? []).map((w) => ({ value: w.id, label: `${w.code} · ${w.name}` })),
    },
    { kind: 'dateRange', from: 'dateFrom', to: 'dateTo', label: 'Planned date' },
  ];
  const schedule = canSchedule && (
    <ButtonLink to="/inventory/stock-counts/new" leftSection={<IconPlus size={16} />}>
      Schedule count
    </ButtonLink>
  );

  return (
    <ListPage
      listId="stock-counts"
      title="Stock counts"
      description="Stock opname: count what is on the shelves, match it with the system and post the differences."
      actions={
        <>
          <ButtonLink
            variant="default"
            to="/inventory/stock-counts/evaluation"
            leftSection={<IconChartBar size={16} />}
          >
            Evaluation
          </ButtonLink>
          {canSetThreshold && (
            <Button variant="default" leftSection={<IconAdjustments size={16} />} onClick={settings.open}>
              Approval threshold
            </Button>
          )}
          {schedule}
        </>
      }
      search={search}
      searchBox={{ key: 'q', label: 'Search by count number', placeholder: 'Count number', width: 230 }}
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
        columns: countStateOptions,
        column: (state) => stockCountPages({ ...filter, state: state as CountState }, 20),
        counts: stateCounts.data,
      }}
      exportList={(format) => exportStockCounts(filter, format)}
      noun="counts"
      rowTestId="count-row"
      empty={{
        icon: <IconClipboardList size={24} />,
        title: 'No stock counts yet',
        description: 'Schedule a count of a warehouse or a zone; counters then enter what they find.',
        action: canSchedule && (
          <ButtonLink to="/inventory/stock-counts/new" variant="light">
            Schedule the first count
          </ButtonLink>
        ),
      }}
    >
      <CountSettingsModal opened={settingsOpen} onClose={settings.close} />
    </ListPage>
  );
}
