import { Button, Group, Modal, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconArrowBackUp, IconCheck, IconPencil, IconTrash } from '@tabler/icons-react';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { type ReactNode, useState } from 'react';
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
import { EntryStateBadge } from './entry-states.tsx';
import { entryTotals } from './JournalEntryForm.tsx';
import { SourceLink } from './SourceLink.tsx';

const route = getRouteApi('/shell/accounting/journal/$entryId');

function Lines({ entry }: { entry: JournalEntry }) {
  const company = useActiveCompany();
  const totals = entryTotals(entry.lines.map((l) => ({ ...l, key: '', partnerId: null, memo: '' })));
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing={6} horizontalSpacing="md" fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Account</Table.Th>
            <Table.Th>Partner</Table.Th>
            <Table.Th>Memo</Table.Th>
            <Table.Th ta="right">Debit</Table.Th>
            <Table.Th ta="right">Credit</Table.Th>
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
              Total
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

function Details({ entry }: { entry: JournalEntry }) {
  const company = useActiveCompany();
  const link = (id: string, number: string | null) => (
    <AnchorLink to="/accounting/journal/$entryId" params={{ entryId: id }} ff="monospace" fz="sm">
      {number}
    </AnchorLink>
  );
  const rows: [string, ReactNode][] = [
    ['Date', formatDay(entry.entryDate, company)],
    ['Source', <SourceLink key="source" entry={entry} />],
    ['Created', formatDateTime(entry.createdAt, company)],
  ];
  if (entry.postedAt) rows.push(['Posted', formatDateTime(entry.postedAt, company)]);
  if (entry.reversalOf) rows.push(['Reverses', link(entry.reversalOf, entry.reversalOfNumber)]);
  if (entry.reversedBy) rows.push(['Reversed by', link(entry.reversedBy, entry.reversedByNumber)]);
  return (
    <Panel title="Details">
      <FieldList rows={rows} />
    </Panel>
  );
}

function ReverseModal({ entry, opened, onClose }: { entry: JournalEntry; opened: boolean; onClose: () => void }) {
  const company = useActiveCompany();
  const { reverse } = useEntryAction(entry.id);
  const navigate = useNavigate();
  const [date, setDate] = useState<string | null>(todayIn(company.timezone));
  const [memo, setMemo] = useState('');
  const submit = () =>
    reverse.mutate(
      { entryDate: date ?? undefined, memo: memo.trim() || undefined },
      {
        onSuccess: (reversal) => {
          notifySuccess(`${entry.number} reversed by ${reversal.number}`);
          onClose();
          void navigate({ to: '/accounting/journal/$entryId', params: { entryId: reversal.id } });
        },
        onError: (error) => notifyError(error, 'Could not reverse the entry'),
      },
    );
  return (
    <Modal opened={opened} onClose={onClose} title={`Reverse ${entry.number}`} centered>
      <Stack gap="sm">
        <Text size="sm">
          A new entry with debits and credits swapped cancels this one. The original stays as it is.
        </Text>
        <DateField label="Reversal date" value={date} onChange={(d) => setDate(d as string | null)} />
        <TextInput
          label="Memo"
          placeholder={`Reversal of ${entry.number}`}
          maxLength={500}
          value={memo}
          onChange={(e) => setMemo(e.currentTarget.value)}
        />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button color="orange" loading={reverse.isPending} onClick={submit}>
            Reverse entry
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

const entryStates = [
  { value: 'draft', label: 'Draft' },
  { value: 'posted', label: 'Posted' },
];

/** What posting books, account by account. */
function postEffect(entry: JournalEntry, company: ReturnType<typeof useActiveCompany>) {
  const sides = entry.lines.map((l) =>
    l.debit === '0'
      ? `${l.accountCode} credit ${formatMoney(l.credit, company)}`
      : `${l.accountCode} debit ${formatMoney(l.debit, company)}`,
  );
  return `Post the entry: ${formatMoney(entry.total, company)} into the ledger (${sides.join(', ')}). A posted entry never changes; it is corrected by reversing it.`;
}

function EntryView({ entry }: { entry: JournalEntry }) {
  const company = useActiveCompany();
  const navigate = useNavigate();
  const { post, remove } = useEntryAction(entry.id);
  const canEdit = useCan('accounting.journal.create');
  const canPost = useCan('accounting.journal.post');
  const [reversing, { open: askReverse, close: closeReverse }] = useDisclosure();

  const postEntry = () =>
    post.mutateAsync().then(
      (posted) => notifySuccess(`${posted.number} posted`),
      (error) => notifyError(error, 'Could not post the entry'),
    );
  const deleteEntry = () =>
    remove.mutateAsync().then(
      () => {
        notifySuccess('Draft deleted');
        void navigate({ to: '/accounting/journal' });
      },
      (error) => notifyError(error, 'Could not delete the draft'),
    );

  return (
    <DocumentPage
      title={entry.number ?? 'Draft entry'}
      badges={<EntryStateBadge entry={entry} size="lg" />}
      description={`${entry.memo} · ${formatDay(entry.entryDate, company)}`}
      states={entryStates}
      state={entry.state}
      allowedActions={entry.allowedActions}
      actions={[
        {
          action: 'post',
          label: 'Post',
          icon: <IconCheck size={16} />,
          primary: true,
          permitted: canPost,
          loading: post.isPending,
          confirm: { title: 'Post this entry?', effect: postEffect(entry, company), confirmLabel: 'Post entry' },
          run: postEntry,
        },
        {
          action: 'edit',
          label: 'Edit',
          permitted: canEdit,
          link: (
            <ButtonLink
              variant="default"
              to="/accounting/journal/$entryId/edit"
              params={{ entryId: entry.id }}
              leftSection={<IconPencil size={16} />}
            >
              Edit
            </ButtonLink>
          ),
        },
        {
          action: 'reverse',
          label: 'Reverse',
          icon: <IconArrowBackUp size={16} />,
          color: 'orange',
          permitted: canPost,
          run: askReverse,
        },
        {
          action: 'delete',
          label: 'Delete',
          icon: <IconTrash size={16} />,
          color: 'red',
          permitted: canEdit,
          confirm: {
            title: 'Delete this draft?',
            effect: 'The draft and its lines are removed. Nothing was posted from it.',
            confirmLabel: 'Delete draft',
            danger: true,
          },
          run: deleteEntry,
        },
      ]}
      tabs={{
        lines: (
          <Panel title="Lines" flush>
            <Lines entry={entry} />
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
