import { Pill, Select } from '@mantine/core';
import { IconArrowsExchange } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../../api/client.ts';
import { useCan, useMe } from '../../../app/me.ts';
import { ListPage } from '../../../ui/list/ListPage.tsx';
import type { ListFilter } from '../../../ui/list/list-filters.ts';
import { LocationSelect, ProductSelect } from '../../../ui/pickers/index.ts';
import { exportMoves, type StockMove, useLots, useMoveHistory } from '../inventory-api.ts';
import { moveTypeChoices } from '../inventory-labels.ts';
import type { MoveHistorySearch } from '../routes.ts';
import { DocumentLink, useMoveColumns } from './move-columns.tsx';

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
  const { t } = useTranslation('inventory');
  const lots = useLots(search.productId);
  const options = [...new Map((lots.data ?? []).map((l) => [l.lotId, { value: l.lotId, label: l.number }])).values()];
  if (search.lotId && !options.some((o) => o.value === search.lotId)) {
    return (
      <Pill size="lg" withRemoveButton onRemove={() => onChange(undefined)}>
        {t('moveHistory.oneLot')}
      </Pill>
    );
  }
  return (
    <Select
      aria-label={t('moveHistory.lotOrSerial')}
      placeholder={search.productId ? t('moveHistory.allLots') : t('moveHistory.lotNeedsProduct')}
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
  const { t } = useTranslation('inventory');
  const search = route.useSearch();
  const list = useMoveHistory(search);
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
  const cell = (accessor: string, move: StockMove) => columns.find((c) => c.accessor === accessor)?.render?.(move, 0);
  const filters: ListFilter[] = [
    {
      kind: 'picker',
      key: 'productId',
      label: t('common.product'),
      picker: (value, _onChange, { change }) => (
        <ProductSelect
          aria-label={t('common.product')}
          placeholder={t('common.allProducts')}
          w={260}
          value={value}
          // Lots belong to a product: another product starts without a lot.
          onChange={(productId) => change({ productId: productId ?? undefined, lotId: undefined })}
        />
      ),
    },
    {
      kind: 'picker',
      key: 'lotId',
      label: t('moveHistory.lotOrSerial'),
      picker: (_value, onChange, context) => (
        <LotFilter search={context.search as MoveHistorySearch} onChange={onChange} />
      ),
    },
    {
      kind: 'picker',
      key: 'locationId',
      label: t('common.location'),
      picker: (value, onChange) => (
        <LocationSelect
          aria-label={t('common.location')}
          placeholder={t('common.allLocations')}
          w={220}
          clearable
          include={() => true}
          value={value}
          onChange={(locationId) => onChange(locationId ?? undefined)}
        />
      ),
    },
    {
      kind: 'select',
      key: 'moveType',
      label: t('moveHistory.moveType'),
      placeholder: t('common.allTypes'),
      width: 150,
      options: moveTypeChoices(t),
    },
    {
      kind: 'select',
      key: 'actorId',
      label: t('moveHistory.user'),
      placeholder: t('moveHistory.allUsers'),
      width: 170,
      options: useUserOptions(),
    },
    { kind: 'dateRange', from: 'dateFrom', to: 'dateTo', label: t('moveHistory.postedBetween') },
  ];

  return (
    <ListPage
      listId="stock-moves"
      title={t('moveHistory.title')}
      description={t('moveHistory.description')}
      search={search}
      filters={filters}
      list={list}
      columns={columns}
      card={(m) => ({
        number: <DocumentLink move={m} />,
        party: `${m.sku} · ${m.productName}`,
        state: cell('moveType', m),
        amount: cell('quantity', m),
      })}
      exportList={(format) => exportMoves(search, format)}
      noun={t('moveHistory.noun')}
      rowTestId="move-row"
      empty={{
        icon: <IconArrowsExchange size={24} />,
        title: t('moveHistory.emptyTitle'),
        description: t('moveHistory.emptyDescription'),
      }}
    />
  );
}
