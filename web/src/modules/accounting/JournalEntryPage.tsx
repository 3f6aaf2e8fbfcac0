import { Button, Grid, Group, Modal, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconArrowBackUp, IconCheck, IconPencil, IconTrash } from '@tabler/icons-react';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { type ReactNode, useState } from 'react';
import { useActiveCompany, useCan } from '../../app/me.ts';
import { AnchorLink } from '../../ui/AnchorLink.tsx';
import { AuditTrail } from '../../ui/AuditTrail.tsx';
import { ButtonLink } from '../../ui/ButtonLink.tsx';
import { Chatter } from '../../ui/Chatter.tsx';
import { ConfirmDialog } from '../../ui/ConfirmDialog.tsx';
import { DateField } from '../../ui/DateField.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { FieldList } from '../../ui/FieldList.tsx';
import { formatDateTime, formatDay, formatMoney, todayIn } from '../../ui/format.ts';
import { LoadingBlock } from '../../ui/LoadingBlock.tsx';
import { notifyError, notifySuccess } from '../../ui/notify.ts';
import { PageHeader } from '../../ui/PageHeader.tsx';
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

function EntryView({ entry }: { entry: JournalEntry }) {
  const company = useActiveCompany();
  const navigate = useNavigate();
  const { post, remove } = useEntryAction(entry.id);
  const canEdit = useCan('accounting.journal.create');
  const canPost = useCan('accounting.journal.post');
  const canSeeHistory = useCan('platform.audit.read');
  const [reversing, { open: askReverse, close: closeReverse }] = useDisclosure();
  const [deleting, { open: askDelete, close: closeDelete }] = useDisclosure();
  const allowed = (action: JournalEntry['allowedActions'][number]) => entry.allowedActions.includes(action);

  const postEntry = () =>
    post.mutate(undefined, {
      onSuccess: (posted) => notifySuccess(`${posted.number} posted`),
      onError: (error) => notifyError(error, 'Could not post the entry'),
    });
  const deleteEntry = () =>
    remove.mutate(undefined, {
      onSuccess: () => {
        notifySuccess('Draft deleted');
        void navigate({ to: '/accounting/journal' });
      },
      onError: (error) => notifyError(error, 'Could not delete the draft'),
    });

  return (
    <>
      <PageHeader
        title={
          <Group gap="sm" component="span">
            {entry.number ?? 'Draft entry'}
            <EntryStateBadge entry={entry} size="lg" />
          </Group>
        }
        description={`${entry.memo} · ${formatDay(entry.entryDate, company)}`}
        actions={
          <>
            {canEdit && allowed('delete') && (
              <Button variant="default" color="red" leftSection={<IconTrash size={16} />} onClick={askDelete}>
                Delete
              </Button>
            )}
            {canEdit && allowed('edit') && (
              <ButtonLink
                variant="default"
                to="/accounting/journal/$entryId/edit"
                params={{ entryId: entry.id }}
                leftSection={<IconPencil size={16} />}
              >
                Edit
              </ButtonLink>
            )}
            {canPost && allowed('reverse') && (
              <Button variant="default" color="orange" leftSection={<IconArrowBackUp size={16} />} onClick={askReverse}>
                Reverse
              </Button>
            )}
            {canPost && allowed('post') && (
              <Button leftSection={<IconCheck size={16} />} loading={post.isPending} onClick={postEntry}>
                Post
              </Button>
            )}
          </>
        }
      />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Panel title="Lines" flush>
            <Lines entry={entry} />
          </Panel>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Stack gap="md">
            <Details entry={entry} />
            {canSeeHistory && <AuditTrail entity="journal_entry" id={entry.id} company={company} />}
            <Chatter recordType="journal_entry" recordId={entry.id} />
          </Stack>
        </Grid.Col>
      </Grid>
      {entry.state === 'posted' && <ReverseModal entry={entry} opened={reversing} onClose={closeReverse} />}
      <ConfirmDialog
        opened={deleting}
        title="Delete this draft?"
        confirmLabel="Delete draft"
        danger
        loading={remove.isPending}
        onConfirm={deleteEntry}
        onCancel={closeDelete}
      >
        The draft and its lines are removed. Nothing was posted from it.
      </ConfirmDialog>
    </>
  );
}

export function JournalEntryPage() {
  const { entryId } = route.useParams();
  const entry = useJournalEntry(entryId);
  if (entry.error) return <ErrorAlert error={entry.error} onRetry={() => void entry.refetch()} />;
  if (!entry.data) return <LoadingBlock />;
  return <EntryView entry={entry.data} />;
}
