import { CloseButton, Group, Pill, Select } from '@mantine/core';
import { IconArrowsExchange } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { api, unwrap } from '../../../api/client.ts';
import { useCan, useMe } from '../../../app/me.ts';
import { DateRangeFilter } from '../../../ui/DateRangeFilter.tsx';
import { ExportMenu } from '../../../ui/ExportMenu.tsx';
import { PageHeader } from '../../../ui/PageHeader.tsx';
import { RecordTable } from '../../../ui/RecordTable.tsx';
import { exportMoves, type MoveFilters, type StockMove, useLots, useMoveHistory } from '../inventory-api.ts';
import { moveTypeOptions } from '../inventory-labels.ts';
import { LocationSelect, ProductSelect } from '../pickers.tsx';
import type { MoveHistorySearch } from '../routes.ts';
import { useMoveColumns } from './move-columns.tsx';

const route = getRouteApi('/shell/inventory/moves');

/** Who may have made moves: every member for those who see members, otherwise just me. */
function useUserOptions() {
  const me = useMe();
  const canSeeMembers = useCan('platform.members.manage');
  const members = useQuery({
    queryKey: ['members', 'member'],
    queryFn: () => unwrap(api.GET('/api/members', { params: { query: { status: 'member' } } })),
    select: (answer) => answer.items,
    enabled: canSeeMembers,
  });
  const options = (members.data ?? []).map((m) => ({ value: m.userId, label: m.name }));
  if (!options.some((o) => o.value === me.user.id)) options.unshift({ value: me.user.id, label: me.user.name });
  return options;
}

/** A lot filter: the product's lots in stock, or the one named in the address (e.g. from a trace). */
function LotFilter({ search, onChange }: { search: MoveHistorySearch; onChange: (lotId: string | undefined) => void }) {
  const lots = useLots(search.productId);
  const options = [...new Map((lots.data ?? []).map((l) => [l.lotId, { value: l.lotId, label: l.number }])).values()];
  if (search.lotId && !options.some((o) => o.value === search.lotId)) {
    return (
      <Pill size="lg" withRemoveButton onRemove={() => onChange(undefined)}>
        One lot
      </Pill>
    );
  }
  return (
    <Select
      aria-label="Lot or serial"
      placeholder={search.productId ? 'All lots' : 'Lot: choose a product'}
      disabled={!search.productId || options.length === 0}
      w={170}
      clearable
      searchable
      data={options}
      value={search.lotId ?? null}
      onChange={(lotId) => onChange(lotId ?? undefined)}
    />
  );
}

/** The stock ledger: every move in and out of every location, newest first. */
export function MoveHistoryPage() {
  const search = route.useSearch();
  const navigate = useNavigate({ from: '/inventory/moves' });
  const filters: MoveFilters = search;
  const list = useMoveHistory(filters);
  const columns = useMoveColumns<StockMove>([
    'posted',
    'type',
    'document',
    'product',
    'lot',
    'quantity',
    'route',
    'cost',
    'value',
    'user',
  ]);
  const userOptions = useUserOptions();
  const filter = (change: Partial<MoveHistorySearch>) =>
    void navigate({ search: (previous) => ({ ...previous, ...change }), replace: true });
  const anyFilter = Object.values(search).some(Boolean);

  return (
    <>
      <PageHeader
        title="Movement history"
        description="The stock ledger: every receipt, delivery, transfer, adjustment and scrap, newest first."
        actions={<ExportMenu download={(format) => exportMoves(filters, format)} />}
      />
      <Group gap="sm" mb="sm" align="flex-end">
        <ProductSelect
          aria-label="Product"
          placeholder="All products"
          w={260}
          value={search.productId}
          onChange={(productId) => filter({ productId: productId ?? undefined, lotId: undefined })}
        />
        <LotFilter search={search} onChange={(lotId) => filter({ lotId })} />
        <LocationSelect
          aria-label="Location"
          placeholder="All locations"
          w={220}
          clearable
          include={() => true}
          value={search.locationId}
          onChange={(locationId) => filter({ locationId: locationId ?? undefined })}
        />
        <Select
          aria-label="Move type"
          placeholder="All types"
          w={150}
          clearable
          data={moveTypeOptions}
          value={search.moveType ?? null}
          onChange={(moveType) => filter({ moveType: (moveType as MoveHistorySearch['moveType']) ?? undefined })}
        />
        <Select
          aria-label="User"
          placeholder="All users"
          w={170}
          clearable
          searchable
          data={userOptions}
          value={search.actorId ?? null}
          onChange={(actorId) => filter({ actorId: actorId ?? undefined })}
        />
        <DateRangeFilter
          key={`${search.dateFrom}-${search.dateTo}`}
          label="Posted between"
          from={search.dateFrom}
          to={search.dateTo}
          onChange={(dateFrom, dateTo) => filter({ dateFrom, dateTo })}
        />
        {anyFilter && (
          <CloseButton
            aria-label="Clear filters"
            title="Clear filters"
            onClick={() => void navigate({ search: {}, replace: true })}
          />
        )}
      </Group>
      <RecordTable
        list={list}
        columns={columns}
        noun="moves"
        rowTestId="move-row"
        empty={{
          icon: <IconArrowsExchange size={24} />,
          title: 'No stock moves found',
          description: anyFilter ? 'Change the filters.' : 'Receipts, deliveries and transfers show here.',
        }}
      />
    </>
  );
}
