import { useQueryClient } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation('accounting');
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
          notifySuccess(t('journalFormPage.draftSaved'));
          return open(saved.id);
        }
        try {
          const posted = await unwrap(
            api.POST('/api/accounting/journal-entries/{id}/post', { params: { path: { id: saved.id } } }),
          );
          notifySuccess(t('journalFormPage.posted', { number: posted.number }));
        } catch (error) {
          notifyError(error, t('journalFormPage.notPosted'));
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
        title={entry ? t('journalFormPage.editTitle') : t('journalFormPage.newTitle')}
        description={t('journalFormPage.description')}
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
  const { t } = useTranslation('accounting');
  const { entryId } = editRoute.useParams();
  const entry = useJournalEntry(entryId);
  if (entry.error) return <ErrorAlert error={entry.error} onRetry={() => void entry.refetch()} />;
  if (!entry.data) return <LoadingBlock />;
  if (entry.data.state !== 'draft')
    return <ErrorAlert error={new Error(t('journalFormPage.postedOnly'))} title={t('journalFormPage.postedTitle')} />;
  return <EntryFormPage entry={entry.data} />;
}
