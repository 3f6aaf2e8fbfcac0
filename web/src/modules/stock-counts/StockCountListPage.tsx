import { Badge, Button, Group, Select, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconAdjustments, IconChartBar, IconClipboardList, IconPlus } from '@tabler/icons-react';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import type { DataTableColumn } from 'mantine-datatable';
import { useActiveCompany, useCan } from '../../app/me.ts';
import { AnchorLink } from '../../ui/AnchorLink.tsx';
import { ButtonLink } from '../../ui/ButtonLink.tsx';
import { DateRangeFilter } from '../../ui/DateRangeFilter.tsx';
import { ExportMenu } from '../../ui/ExportMenu.tsx';
import { formatDay } from '../../ui/format.ts';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { RecordTable } from '../../ui/RecordTable.tsx';
import { SearchInput } from '../../ui/SearchInput.tsx';
import { sortParamOf, sortStatusOf } from '../../ui/sorting.ts';
import { CountSettingsModal } from './CountSettingsModal.tsx';
import { CountStateBadge, countStateOptions, frequencyLabels } from './count-labels.tsx';
import { countSorts, type StockCountListSearch } from './routes.ts';
import {
  exportStockCounts,
  type StockCountFilters,
  type StockCountSummary,
  useStockCountList,
  useWarehouseChoices,
} from './stock-counts-api.ts';

const route = getRouteApi('/shell/inventory/stock-counts');

function useColumns(): DataTableColumn<StockCountSummary>[] {
  const company = useActiveCompany();
  return [
    {
      accessor: 'number',
      sortable: true,
      noWrap: true,
      render: (c) => (
        <AnchorLink to="/inventory/stock-counts/$countId" params={{ countId: c.id }} fw={600} ff="monospace" fz="sm">
          {c.number}
        </AnchorLink>
      ),
    },
    {
      accessor: 'plannedDate',
      title: 'Planned',
      sortable: true,
      noWrap: true,
      render: (c) => formatDay(c.plannedDate, company),
    },
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
    {
      accessor: 'countedLines',
      title: 'Counted',
      textAlign: 'right',
      render: (c) => (c.lineCount === 0 && c.state === 'scheduled' ? '—' : `${c.countedLines} / ${c.lineCount}`),
    },
  ];
}

export function StockCountListPage() {
  const search = route.useSearch();
  const navigate = useNavigate({ from: '/inventory/stock-counts' });
  const filters: StockCountFilters = { ...search, sort: search.sort ?? '-plannedDate' };
  const list = useStockCountList(filters);
  const columns = useColumns();
  const warehouses = useWarehouseChoices();
  const canSchedule = useCan('inventory.count.manage');
  const canSetThreshold = useCan('inventory.count.approve');
  const [settingsOpen, settings] = useDisclosure();
  const filter = (change: Partial<StockCountListSearch>) =>
    void navigate({ search: (previous) => ({ ...previous, ...change }), replace: true });

  return (
    <>
      <PageHeader
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
            <ExportMenu download={(format) => exportStockCounts(filters, format)} />
            {canSchedule && (
              <ButtonLink to="/inventory/stock-counts/new" leftSection={<IconPlus size={16} />}>
                Schedule count
              </ButtonLink>
            )}
          </>
        }
      />
      <Group gap="sm" mb="sm" align="flex-end">
        <SearchInput
          label="Search by count number"
          placeholder="Count number"
          value={search.q}
          onSearch={(q) => filter({ q })}
          w={230}
        />
        <Select
          aria-label="State"
          placeholder="All states"
          w={160}
          clearable
          data={countStateOptions}
          value={search.state ?? null}
          onChange={(state) => filter({ state: (state as StockCountListSearch['state']) ?? undefined })}
        />
        <Select
          aria-label="Warehouse"
          placeholder="All warehouses"
          w={220}
          clearable
          data={(warehouses.data ?? []).map((w) => ({ value: w.id, label: `${w.code} · ${w.name}` }))}
          value={search.warehouseId ?? null}
          onChange={(warehouseId) => filter({ warehouseId: warehouseId ?? undefined })}
        />
        <DateRangeFilter
          label="Planned date"
          from={search.dateFrom}
          to={search.dateTo}
          onChange={(dateFrom, dateTo) => filter({ dateFrom, dateTo })}
        />
      </Group>
      <RecordTable
        list={list}
        columns={columns}
        noun="counts"
        rowTestId="count-row"
        empty={{
          icon: <IconClipboardList size={24} />,
          title: 'No stock counts found',
          description: 'Change the filters, or schedule a count.',
        }}
        sortStatus={sortStatusOf(filters.sort ?? '-plannedDate')}
        onSortStatusChange={(status) => filter({ sort: sortParamOf(status, countSorts) })}
        onRowClick={(c) => void navigate({ to: '/inventory/stock-counts/$countId', params: { countId: c.id } })}
      />
      <CountSettingsModal opened={settingsOpen} onClose={settings.close} />
    </>
  );
}
