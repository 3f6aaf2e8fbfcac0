import { Text } from '@mantine/core';
import { IconNotebook, IconPlus } from '@tabler/icons-react';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import type { DataTableColumn } from 'mantine-datatable';
import { useActiveCompany, useCan } from '../../app/me.ts';
import { AnchorLink } from '../../ui/AnchorLink.tsx';
import { ButtonLink } from '../../ui/ButtonLink.tsx';
import { formatDay, formatMoney } from '../../ui/format.ts';
import { ListPage } from '../../ui/list/ListPage.tsx';
import type { ListFilter } from '../../ui/list/list-filters.ts';
import { AccountSelect } from '../../ui/pickers/index.ts';
import { exportJournalEntries, type JournalEntrySummary, useJournalEntries } from './accounting-api.ts';
import { EntryStateBadge, sourceLabel } from './entry-states.tsx';

const route = getRouteApi('/shell/accounting/journal');

function EntryNumber({ entry }: { entry: JournalEntrySummary }) {
  return (
    <AnchorLink to="/accounting/journal/$entryId" params={{ entryId: entry.id }} fw={600} ff="monospace" fz="sm">
      {entry.number ?? 'Draft'}
    </AnchorLink>
  );
}

function useColumns(): DataTableColumn<JournalEntrySummary>[] {
  const company = useActiveCompany();
  return [
    { accessor: 'number', noWrap: true, render: (e) => <EntryNumber entry={e} /> },
    { accessor: 'entryDate', title: 'Date', noWrap: true, render: (e) => formatDay(e.entryDate, company) },
    { accessor: 'memo' },
    {
      accessor: 'sourceType',
      title: 'Source',
      render: (e) => (
        <Text size="sm" c={e.sourceType ? undefined : 'dimmed'}>
          {sourceLabel(e)}
        </Text>
      ),
    },
    { accessor: 'state', render: (e) => <EntryStateBadge entry={e} /> },
    {
      accessor: 'total',
      textAlign: 'right',
      noWrap: true,
      render: (e) => (
        <Text size="sm" fw={600}>
          {formatMoney(e.total, company)}
        </Text>
      ),
    },
  ];
}

const filters: ListFilter[] = [
  {
    kind: 'picker',
    key: 'accountId',
    label: 'Account',
    picker: (value, onChange) => (
      <AccountSelect
        aria-label="Account"
        placeholder="All accounts"
        clearable
        w={280}
        value={value ?? null}
        onChange={(accountId) => onChange(accountId ?? undefined)}
      />
    ),
  },
  {
    kind: 'select',
    key: 'state',
    label: 'State',
    placeholder: 'Drafts and posted',
    width: 170,
    options: [
      { value: 'draft', label: 'Drafts' },
      { value: 'posted', label: 'Posted' },
    ],
  },
  { kind: 'dateRange', from: 'from', to: 'to', label: 'Entry date' },
];

/** Every journal entry, newest first: manual ones and those documents posted. */
export function JournalListPage() {
  const search = route.useSearch();
  const navigate = useNavigate({ from: '/accounting/journal' });
  const company = useActiveCompany();
  const list = useJournalEntries(search);
  const canCreate = useCan('accounting.journal.create');
  const newEntry = canCreate && (
    <ButtonLink to="/accounting/journal/new" leftSection={<IconPlus size={16} />}>
      New entry
    </ButtonLink>
  );

  return (
    <ListPage
      listId="journal-entries"
      title="Journal entries"
      description="Balanced entries of the general ledger. Posted entries are never changed; they are reversed."
      actions={newEntry}
      search={search}
      filters={filters}
      list={list}
      columns={useColumns()}
      onOpen={(e) => void navigate({ to: '/accounting/journal/$entryId', params: { entryId: e.id } })}
      card={(e) => ({
        number: <EntryNumber entry={e} />,
        party: e.memo,
        state: <EntryStateBadge entry={e} />,
        amount: formatMoney(e.total, company),
      })}
      exportList={(format) => exportJournalEntries(search, format)}
      noun="entries"
      rowTestId="journal-entry-row"
      empty={{
        icon: <IconNotebook size={24} />,
        title: 'No journal entries yet',
        description: 'Invoices and stock operations post here by themselves; write a manual entry for the rest.',
        action: canCreate && (
          <ButtonLink to="/accounting/journal/new" variant="light">
            Write the first entry
          </ButtonLink>
        ),
      }}
    />
  );
}
