import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useActiveCompany, useCan } from '../../app/me.ts';
import { AnchorLink } from '../../ui/AnchorLink.tsx';
import { formatMoney } from '../../ui/format.ts';
import { LoadingBlock } from '../../ui/LoadingBlock.tsx';
import { Panel } from '../../ui/Panel.tsx';
import { type JournalEntry, useJournalEntry } from './accounting-api.ts';
import { entryTotals } from './JournalEntryForm.tsx';

/** A journal entry's lines: account, partner, memo, debit and credit, with their totals. */
export function EntryLines({ entry }: { entry: JournalEntry }) {
  const company = useActiveCompany();
  const { t } = useTranslation('accounting');
  const totals = entryTotals(entry.lines.map((l) => ({ ...l, key: '', partnerId: null, memo: '' })));
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing={6} horizontalSpacing="md" fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('journalEntry.account')}</Table.Th>
            <Table.Th>{t('journalEntry.partner')}</Table.Th>
            <Table.Th>{t('journalEntry.memo')}</Table.Th>
            <Table.Th ta="right">{t('journalEntry.debit')}</Table.Th>
            <Table.Th ta="right">{t('journalEntry.credit')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entry.lines.map((l) => (
            <Table.Tr key={l.lineNo} data-testid="entry-line">
              <Table.Td>
                <Text span ff="monospace" fw={600} mr="xs">
                  {l.accountCode}
                </Text>
                {l.accountName}
              </Table.Td>
              <Table.Td>{l.partnerName ?? ''}</Table.Td>
              <Table.Td>{l.memo ?? ''}</Table.Td>
              <Table.Td ta="right">{l.debit === '0' ? '' : formatMoney(l.debit, company)}</Table.Td>
              <Table.Td ta="right">{l.credit === '0' ? '' : formatMoney(l.credit, company)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Td colSpan={3} fw={600}>
              {t('journalEntry.total')}
            </Table.Td>
            <Table.Td ta="right" fw={600}>
              {formatMoney(totals.debit, company)}
            </Table.Td>
            <Table.Td ta="right" fw={600}>
              {formatMoney(totals.credit, company)}
            </Table.Td>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  );
}

/**
 * What a document booked, for its Ledger effects tab: its journal entry's lines, under a link to
 * the entry. Those who may not read the journal see the entry's number only.
 */
export function JournalEffect({ entryId, number }: { entryId: string; number?: string | null }) {
  const { t } = useTranslation('accounting');
  const canRead = useCan('accounting.journal.read');
  const entry = useJournalEntry(canRead ? entryId : undefined);
  const link = canRead ? (
    <AnchorLink
      to="/accounting/journal/$entryId"
      params={{ entryId }}
      ff="monospace"
      fz="sm"
      data-testid="journal-entry-link"
    >
      {number ?? entry.data?.number ?? t('journalEffect.open')}
    </AnchorLink>
  ) : (
    <Text span ff="monospace" fz="sm">
      {number}
    </Text>
  );
  return (
    <Panel title={t('journalEffect.title')} actions={link} flush testId="journal-effect">
      {canRead && (entry.data ? <EntryLines entry={entry.data} /> : <LoadingBlock />)}
    </Panel>
  );
}
