import { useQueryClient } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { api, unwrap } from '../../api/client.ts';
import { useActiveCompany, useCan } from '../../app/me.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { showServerErrors } from '../../ui/form-errors.ts';
import { todayIn } from '../../ui/format.ts';
import { LoadingBlock } from '../../ui/LoadingBlock.tsx';
import { notifyError, notifySuccess } from '../../ui/notify.ts';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { type JournalEntry, useJournalEntry, useSaveEntry } from './accounting-api.ts';
import {
  type EntryForm,
  type EntryFormValues,
  emptyLine,
  entryInputOf,
  formValuesOf,
  JournalEntryForm,
} from './JournalEntryForm.tsx';

const editRoute = getRouteApi('/shell/accounting/journal/$entryId/edit');

function EntryFormPage({ entry }: { entry?: JournalEntry }) {
  const company = useActiveCompany();
  const navigate = useNavigate();
  const save = useSaveEntry(entry?.id);
  const canPost = useCan('accounting.journal.post');
  const queryClient = useQueryClient();
  const open = (id: string) => void navigate({ to: '/accounting/journal/$entryId', params: { entryId: id } });

  const submit = (values: EntryFormValues, form: EntryForm, post: boolean) =>
    save.mutate(entryInputOf(values), {
      onSuccess: async (saved) => {
        form.resetDirty();
        if (!post) {
          notifySuccess('Draft saved');
          return open(saved.id);
        }
        try {
          const posted = await unwrap(
            api.POST('/api/accounting/journal-entries/{id}/post', { params: { path: { id: saved.id } } }),
          );
          notifySuccess(`${posted.number} posted`);
        } catch (error) {
          notifyError(error, 'Saved as a draft, but not posted');
        }
        await queryClient.invalidateQueries({ queryKey: ['accounting'] });
        open(saved.id);
      },
      onError: (error) => showServerErrors(form, error),
    });

  const initial: EntryFormValues = entry
    ? formValuesOf(entry)
    : { entryDate: todayIn(company.timezone), memo: '', lines: [emptyLine(), emptyLine()] };
  return (
    <>
      <PageHeader
        title={entry ? 'Edit draft entry' : 'New journal entry'}
        description="Debits and credits must be equal before the entry can be posted. A draft may be saved unbalanced."
      />
      <JournalEntryForm
        initial={initial}
        saving={save.isPending}
        canPost={canPost}
        onSubmit={submit}
        onCancel={() => (entry ? open(entry.id) : void navigate({ to: '/accounting/journal' }))}
      />
    </>
  );
}

export function NewJournalEntryPage() {
  return <EntryFormPage />;
}

export function EditJournalEntryPage() {
  const { entryId } = editRoute.useParams();
  const entry = useJournalEntry(entryId);
  if (entry.error) return <ErrorAlert error={entry.error} onRetry={() => void entry.refetch()} />;
  if (!entry.data) return <LoadingBlock />;
  if (entry.data.state !== 'draft')
    return <ErrorAlert error={new Error('A posted entry cannot be edited; reverse it instead.')} title="Posted" />;
  return <EntryFormPage entry={entry.data} />;
}
