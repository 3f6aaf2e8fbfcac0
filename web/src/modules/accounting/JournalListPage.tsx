import { Group, Select, Text } from '@mantine/core';
import { IconNotebook, IconPlus } from '@tabler/icons-react';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import type { DataTableColumn } from 'mantine-datatable';
import { useActiveCompany, useCan } from '../../app/me.ts';
import { AnchorLink } from '../../ui/AnchorLink.tsx';
import { ButtonLink } from '../../ui/ButtonLink.tsx';
import { DateRangeFilter } from '../../ui/DateRangeFilter.tsx';
import { ExportMenu } from '../../ui/ExportMenu.tsx';
import { formatDay, formatMoney } from '../../ui/format.ts';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { RecordTable } from '../../ui/RecordTable.tsx';
import { AccountSelect } from './AccountSelect.tsx';
import {
  type EntryFilters,
  exportJournalEntries,
  type JournalEntrySummary,
  useJournalEntries,
} from './accounting-api.ts';
import { EntryStateBadge, sourceLabel } from './entry-states.tsx';
import type { JournalListSearch } from './routes.ts';

const route = getRouteApi('/shell/accounting/journal');

function useColumns(): DataTableColumn<JournalEntrySummary>[] {
  const company = useActiveCompany();
  return [
    {
      accessor: 'number',
      noWrap: true,
      render: (e) => (
        <AnchorLink to="/accounting/journal/$entryId" params={{ entryId: e.id }} fw={600} ff="monospace" fz="sm">
          {e.number ?? 'Draft'}
        </AnchorLink>
      ),
    },
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

/** Every journal entry, newest first: manual ones and those documents posted. */
export function JournalListPage() {
  const search = route.useSearch();
  const navigate = useNavigate({ from: '/accounting/journal' });
  const filters: EntryFilters = search;
  const list = useJournalEntries(filters);
  const columns = useColumns();
  const canCreate = useCan('accounting.journal.create');
  const filter = (change: Partial<JournalListSearch>) =>
    void navigate({ search: (previous) => ({ ...previous, ...change }), replace: true });

  return (
    <>
      <PageHeader
        title="Journal entries"
        description="Balanced entries of the general ledger. Posted entries are never changed; they are reversed."
        actions={
          <>
            <ExportMenu download={(format) => exportJournalEntries(filters, format)} />
            {canCreate && (
              <ButtonLink to="/accounting/journal/new" leftSection={<IconPlus size={16} />}>
                New entry
              </ButtonLink>
            )}
          </>
        }
      />
      <Group gap="sm" mb="sm" align="flex-end">
        <AccountSelect
          aria-label="Account"
          placeholder="All accounts"
          clearable
          w={280}
          value={search.accountId ?? null}
          onChange={(accountId) => filter({ accountId: accountId ?? undefined })}
        />
        <Select
          aria-label="State"
          placeholder="Drafts and posted"
          w={170}
          clearable
          data={[
            { value: 'draft', label: 'Drafts' },
            { value: 'posted', label: 'Posted' },
          ]}
          value={search.state ?? null}
          onChange={(state) => filter({ state: (state as JournalListSearch['state']) ?? undefined })}
        />
        <DateRangeFilter
          label="Entry date"
          from={search.from}
          to={search.to}
          onChange={(from, to) => filter({ from, to })}
        />
      </Group>
      <RecordTable
        list={list}
        columns={columns}
        noun="entries"
        rowTestId="journal-entry-row"
        empty={{
          icon: <IconNotebook size={24} />,
          title: 'No journal entries found',
          description: 'Change the filters, or write a manual entry.',
        }}
        onRowClick={(e) => void navigate({ to: '/accounting/journal/$entryId', params: { entryId: e.id } })}
      />
    </>
  );
}
