import { Button, Center, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { CompanyCode } from '../../ui/CompanyCode.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { showServerErrors } from '../../ui/form-errors.ts';
import { formRules } from '../../ui/form-rules.ts';
import { notifySuccess } from '../../ui/notify.ts';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { SaveShortcut } from '../../ui/SaveShortcut.tsx';
import { UnsavedChangesGuard } from '../../ui/UnsavedChangesGuard.tsx';
import { CompanyProfileFields, type CompanyProfileValues } from './CompanyProfileFields.tsx';
import { type Company, type CompanyChange, useCompany, useLetterhead, useUpdateCompany } from './company-api.ts';
import { LetterheadForm } from './LetterheadForm.tsx';
import { LogoField } from './LogoField.tsx';

const profileOf = (company: Company): CompanyProfileValues => ({
  name: company.name,
  domain: company.domain ?? '',
  currency: company.currency,
  timezone: company.timezone,
  locale: company.locale,
});

/** Only what changed goes to the server; an emptied domain is cleared. */
function changesBetween(saved: CompanyProfileValues, edited: CompanyProfileValues): CompanyChange {
  const change: CompanyChange = {};
  if (edited.name !== saved.name) change.name = edited.name;
  if (edited.domain !== saved.domain) change.domain = edited.domain.trim() || null;
  if (edited.currency !== saved.currency) change.currency = edited.currency;
  if (edited.timezone !== saved.timezone) change.timezone = edited.timezone;
  if (edited.locale !== saved.locale) change.locale = edited.locale;
  return change;
}

function ProfileForm({ company }: { company: Company }) {
  const { t } = useTranslation(['company', 'ui']);
  const saved = profileOf(company);
  const form = useForm({
    initialValues: saved,
    validate: { name: formRules.filled(t('profile.nameWhat')) },
  });
  const update = useUpdateCompany();

  const submit = form.onSubmit((values) =>
    update.mutate(changesBetween(saved, values), {
      onSuccess: (next) => {
        form.setInitialValues(profileOf(next));
        form.setValues(profileOf(next));
        notifySuccess(t('profile.saved'));
      },
      onError: (error) => showServerErrors(form, error),
    }),
  );

  return (
    <form onSubmit={submit} noValidate>
      <UnsavedChangesGuard form={form} />
      <SaveShortcut />
      <Stack gap="sm">
        <CompanyProfileFields form={form} current={saved} />
        <Group justify="flex-end" gap="xs" mt="xs">
          <Button variant="default" onClick={form.reset} disabled={!form.isDirty()}>
            {t('profile.discard')}
          </Button>
          <Button type="submit" loading={update.isPending} disabled={!form.isDirty()}>
            {t('ui:actions.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function Section({ title, description, children }: { title: string; description: string; children: React.ReactNode }) {
  return (
    <Paper withBorder p="lg">
      <Title order={2} size="h3">
        {title}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {description}
      </Text>
      {children}
    </Paper>
  );
}

function LetterheadSections() {
  const { t } = useTranslation('company');
  const letterhead = useLetterhead();
  if (letterhead.error) return <ErrorAlert error={letterhead.error} onRetry={() => void letterhead.refetch()} />;
  if (!letterhead.data) return null;
  return (
    <>
      <Section title={t('settings.logoTitle')} description={t('settings.logoDescription')}>
        <LogoField letterhead={letterhead.data} />
      </Section>
      <Section title={t('settings.letterheadTitle')} description={t('settings.letterheadDescription')}>
        <LetterheadForm letterhead={letterhead.data} />
      </Section>
    </>
  );
}

export function CompanySettingsPage() {
  const { t } = useTranslation('company');
  const company = useCompany();
  return (
    <Stack gap="md" maw={760}>
      <PageHeader title={t('settings.title')} description={t('settings.description')} />
      {company.error && <ErrorAlert error={company.error} onRetry={() => void company.refetch()} />}
      {company.isPending && (
        <Center py="xl">
          <Loader size="sm" />
        </Center>
      )}
      {company.data && (
        <>
          <Section title={t('settings.codeTitle')} description={t('settings.codeDescription')}>
            <CompanyCode code={company.data.companyCode} size="xl" />
          </Section>
          <Section title={t('settings.profileTitle')} description={t('settings.profileDescription')}>
            <ProfileForm key={company.data.id} company={company.data} />
          </Section>
          <LetterheadSections />
        </>
      )}
    </Stack>
  );
}
