import { Text } from '@mantine/core';
import { IconNotebook, IconPlus } from '@tabler/icons-react';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import type { DataTableColumn } from 'mantine-datatable';
import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation('accounting');
  return (
    <AnchorLink to="/accounting/journal/$entryId" params={{ entryId: entry.id }} fw={600} ff="monospace" fz="sm">
      {entry.number ?? t('journalList.draft')}
    </AnchorLink>
  );
}

function useColumns(): DataTableColumn<JournalEntrySummary>[] {
  const company = useActiveCompany();
  const { t } = useTranslation('accounting');
  return [
    {
      accessor: 'number',
      title: t('journalList.columns.number'),
      noWrap: true,
      render: (e) => <EntryNumber entry={e} />,
    },
    {
      accessor: 'entryDate',
      title: t('journalList.columns.date'),
      noWrap: true,
      render: (e) => formatDay(e.entryDate, company),
    },
    { accessor: 'memo', title: t('journalList.columns.memo') },
    {
      accessor: 'sourceType',
      title: t('journalList.columns.source'),
      render: (e) => (
        <Text size="sm" c={e.sourceType ? undefined : 'dimmed'}>
          {sourceLabel(e, t)}
        </Text>
      ),
    },
    { accessor: 'state', title: t('journalList.columns.state'), render: (e) => <EntryStateBadge entry={e} /> },
    {
      accessor: 'total',
      title: t('journalList.columns.total'),
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
  const company = useActiveCompany();
  const list = useJournalEntries(search);
  const canCreate = useCan('accounting.journal.create');
  const { t } = useTranslation('accounting');
  const filters: ListFilter[] = [
    {
      kind: 'picker',
      key: 'accountId',
      label: t('journalList.filters.account'),
      picker: (value, onChange) => (
        <AccountSelect
          aria-label={t('journalList.filters.account')}
          placeholder={t('journalList.filters.allAccounts')}
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
      label: t('journalList.filters.state'),
      placeholder: t('journalList.filters.draftsAndPosted'),
      width: 170,
      options: [
        { value: 'draft', label: t('journalList.filters.drafts') },
        { value: 'posted', label: t('journalList.filters.posted') },
      ],
    },
    { kind: 'dateRange', from: 'from', to: 'to', label: t('journalList.filters.entryDate') },
  ];
  const newEntry = canCreate && (
    <ButtonLink to="/accounting/journal/new" leftSection={<IconPlus size={16} />}>
      {t('journalList.newEntry')}
    </ButtonLink>
  );

  return (
    <ListPage
      listId="journal-entries"
      title={t('journalList.title')}
      description={t('journalList.description')}
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
      noun={t('journalList.noun')}
      rowTestId="journal-entry-row"
      empty={{
        icon: <IconNotebook size={24} />,
        title: t('journalList.emptyTitle'),
        description: t('journalList.emptyDescription'),
        action: canCreate && (
          <ButtonLink to="/accounting/journal/new" variant="light">
            {t('journalList.writeFirst')}
          </ButtonLink>
        ),
      }}
    />
  );
}
