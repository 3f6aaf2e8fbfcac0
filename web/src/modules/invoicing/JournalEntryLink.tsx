import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/me.ts';
import { AnchorLink } from '../../ui/AnchorLink.tsx';

/** A document's journal entry: a link for those who may read the journal, its number for others. */
export function JournalEntryLink({ id, number }: { id: string; number?: string | null }) {
  const { t } = useTranslation('invoicing');
  const canOpen = useCan('accounting.journal.read');
  return canOpen ? (
    <AnchorLink
      to="/accounting/journal/$entryId"
      params={{ entryId: id }}
      ff="monospace"
      fz="sm"
      data-testid="journal-entry-link"
    >
      {number ?? t('journalEntryLink.open')}
    </AnchorLink>
  ) : (
    <Text span ff="monospace" fz="sm">
      {number ?? t('journalEntryLink.posted')}
    </Text>
  );
}
