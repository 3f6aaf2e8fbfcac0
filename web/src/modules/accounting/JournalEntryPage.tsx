import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconArrowBackUp, IconCheck, IconPencil, IconTrash } from '@tabler/icons-react';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import type { TFunction } from 'i18next';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useActiveCompany, useCan } from '../../app/me.ts';
import { AnchorLink } from '../../ui/AnchorLink.tsx';
import { ButtonLink } from '../../ui/ButtonLink.tsx';
import { DateField } from '../../ui/DateField.tsx';
import { DocumentPage } from '../../ui/document/DocumentPage.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { FieldList } from '../../ui/FieldList.tsx';
import { formatDateTime, formatDay, formatMoney, todayIn } from '../../ui/format.ts';
import { LoadingBlock } from '../../ui/LoadingBlock.tsx';
import { notifyError, notifySuccess } from '../../ui/notify.ts';
import { Panel } from '../../ui/Panel.tsx';
import { type JournalEntry, useEntryAction, useJournalEntry } from './accounting-api.ts';
import { EntryLines } from './EntryLines.tsx';
import { EntryStateBadge } from './entry-states.tsx';
import { SourceLink } from './SourceLink.tsx';

const route = getRouteApi('/shell/accounting/journal/$entryId');

function Details({ entry }: { entry: JournalEntry }) {
  const company = useActiveCompany();
  const { t } = useTranslation('accounting');
  const link = (id: string, number: string | null) => (
    <AnchorLink to="/accounting/journal/$entryId" params={{ entryId: id }} ff="monospace" fz="sm">
      {number}
    </AnchorLink>
  );
  const rows: [string, ReactNode][] = [
    [t('journalEntry.date'), formatDay(entry.entryDate, company)],
    [t('journalEntry.source'), <SourceLink key="source" entry={entry} />],
    [t('journalEntry.created'), formatDateTime(entry.createdAt, company)],
  ];
  if (entry.postedAt) rows.push([t('journalEntry.posted'), formatDateTime(entry.postedAt, company)]);
  if (entry.reversalOf) rows.push([t('journalEntry.reverses'), link(entry.reversalOf, entry.reversalOfNumber)]);
  if (entry.reversedBy) rows.push([t('journalEntry.reversedBy'), link(entry.reversedBy, entry.reversedByNumber)]);
  return (
    <Panel title={t('journalEntry.details')}>
      <FieldList rows={rows} />
    </Panel>
  );
}

function ReverseModal({ entry, opened, onClose }: { entry: JournalEntry; opened: boolean; onClose: () => void }) {
  const company = useActiveCompany();
  const { t } = useTranslation(['accounting', 'ui']);
  const { reverse } = useEntryAction(entry.id);
  const navigate = useNavigate();
  const [date, setDate] = useState<string | null>(todayIn(company.timezone));
  const [memo, setMemo] = useState('');
  const submit = () =>
    reverse.mutate(
      { entryDate: date ?? undefined, memo: memo.trim() || undefined },
      {
        onSuccess: (reversal) => {
          notifySuccess(t('journalEntry.reversed', { number: entry.number, reversal: reversal.number }));
          onClose();
          void navigate({ to: '/accounting/journal/$entryId', params: { entryId: reversal.id } });
        },
        onError: (error) => notifyError(error, t('journalEntry.reverseFailed')),
      },
    );
  return (
    <Modal opened={opened} onClose={onClose} title={t('journalEntry.reverseTitle', { number: entry.number })} centered>
      <Stack gap="sm">
        <Text size="sm">{t('journalEntry.reverseText')}</Text>
        <DateField label={t('journalEntry.reversalDate')} value={date} onChange={(d) => setDate(d as string | null)} />
        <TextInput
          label={t('journalEntry.memo')}
          placeholder={t('journalEntry.reversalOf', { number: entry.number })}
          maxLength={500}
          value={memo}
          onChange={(e) => setMemo(e.currentTarget.value)}
        />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            {t('ui:actions.cancel')}
          </Button>
          <Button color="orange" loading={reverse.isPending} onClick={submit}>
            {t('journalEntry.reverseEntry')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

const entryStates = (t: TFunction<'accounting'>) => [
  { value: 'draft', label: t('entryState.draft') },
  { value: 'posted', label: t('entryState.posted') },
];

/** What posting books, account by account. */
function postEffect(t: TFunction<'accounting'>, entry: JournalEntry, company: ReturnType<typeof useActiveCompany>) {
  const sides = entry.lines.map((l) =>
    l.debit === '0'
      ? t('journalEntry.creditSide', { account: l.accountCode, amount: formatMoney(l.credit, company) })
      : t('journalEntry.debitSide', { account: l.accountCode, amount: formatMoney(l.debit, company) }),
  );
  return t('journalEntry.postEffect', { total: formatMoney(entry.total, company), sides: sides.join(', ') });
}

function EntryView({ entry }: { entry: JournalEntry }) {
  const company = useActiveCompany();
  const { t } = useTranslation('accounting');
  const navigate = useNavigate();
  const { post, remove } = useEntryAction(entry.id);
  const canEdit = useCan('accounting.journal.create');
  const canPost = useCan('accounting.journal.post');
  const [reversing, { open: askReverse, close: closeReverse }] = useDisclosure();

  const postEntry = () =>
    post.mutateAsync().then(
      (posted) => notifySuccess(t('journalEntry.postedNotice', { number: posted.number })),
      (error) => notifyError(error, t('journalEntry.postFailed')),
    );
  const deleteEntry = () =>
    remove.mutateAsync().then(
      () => {
        notifySuccess(t('journalEntry.draftDeleted'));
        void navigate({ to: '/accounting/journal' });
      },
      (error) => notifyError(error, t('journalEntry.deleteFailed')),
    );

  return (
    <DocumentPage
      title={entry.number ?? t('journalEntry.draftEntry')}
      badges={<EntryStateBadge entry={entry} size="lg" />}
      description={`${entry.memo} · ${formatDay(entry.entryDate, company)}`}
      states={entryStates(t)}
      state={entry.state}
      allowedActions={entry.allowedActions}
      actions={[
        {
          action: 'post',
          label: t('journalEntry.post'),
          icon: <IconCheck size={16} />,
          primary: true,
          permitted: canPost,
          loading: post.isPending,
          confirm: {
            title: t('journalEntry.postTitle'),
            effect: postEffect(t, entry, company),
            confirmLabel: t('journalEntry.postEntry'),
          },
          run: postEntry,
        },
        {
          action: 'edit',
          label: t('journalEntry.edit'),
          permitted: canEdit,
          link: (
            <ButtonLink
              variant="default"
              to="/accounting/journal/$entryId/edit"
              params={{ entryId: entry.id }}
              leftSection={<IconPencil size={16} />}
            >
              {t('journalEntry.edit')}
            </ButtonLink>
          ),
        },
        {
          action: 'reverse',
          label: t('journalEntry.reverse'),
          icon: <IconArrowBackUp size={16} />,
          color: 'orange',
          permitted: canPost,
          run: askReverse,
        },
        {
          action: 'delete',
          label: t('journalEntry.delete'),
          icon: <IconTrash size={16} />,
          color: 'red',
          permitted: canEdit,
          confirm: {
            title: t('journalEntry.deleteTitle'),
            effect: t('journalEntry.deleteEffect'),
            confirmLabel: t('journalEntry.deleteDraft'),
            danger: true,
          },
          run: deleteEntry,
        },
      ]}
      tabs={{
        lines: (
          <Panel title={t('journalEntry.lines')} flush>
            <EntryLines entry={entry} />
          </Panel>
        ),
      }}
      aside={<Details entry={entry} />}
      record={{ recordType: 'journal_entry', recordId: entry.id }}
    >
      {entry.state === 'posted' && <ReverseModal entry={entry} opened={reversing} onClose={closeReverse} />}
    </DocumentPage>
  );
}

export function JournalEntryPage() {
  const { entryId } = route.useParams();
  const entry = useJournalEntry(entryId);
  if (entry.error) return <ErrorAlert error={entry.error} onRetry={() => void entry.refetch()} />;
  if (!entry.data) return <LoadingBlock />;
  return <EntryView entry={entry.data} />;
}
