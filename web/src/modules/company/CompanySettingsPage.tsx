import { Button, Center, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
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
  const saved = profileOf(company);
  const form = useForm({
    initialValues: saved,
    validate: { name: formRules.filled('the company name') },
  });
  const update = useUpdateCompany();

  const submit = form.onSubmit((values) =>
    update.mutate(changesBetween(saved, values), {
      onSuccess: (next) => {
        form.setInitialValues(profileOf(next));
        form.setValues(profileOf(next));
        notifySuccess('Company profile saved');
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
            Discard changes
          </Button>
          <Button type="submit" loading={update.isPending} disabled={!form.isDirty()}>
            Save
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
  const letterhead = useLetterhead();
  if (letterhead.error) return <ErrorAlert error={letterhead.error} onRetry={() => void letterhead.refetch()} />;
  if (!letterhead.data) return null;
  return (
    <>
      <Section title="Logo" description="Printed at the top of invoices, credit notes and statements.">
        <LogoField letterhead={letterhead.data} />
      </Section>
      <Section
        title="Letterhead"
        description="Address, tax ID, contact and bank details printed on the documents you send customers."
      >
        <LetterheadForm letterhead={letterhead.data} />
      </Section>
    </>
  );
}

export function CompanySettingsPage() {
  const company = useCompany();
  return (
    <Stack gap="md" maw={760}>
      <PageHeader title="Company settings" description="The profile your documents and reports use." />
      {company.error && <ErrorAlert error={company.error} onRetry={() => void company.refetch()} />}
      {company.isPending && (
        <Center py="xl">
          <Loader size="sm" />
        </Center>
      )}
      {company.data && (
        <>
          <Section title="Company code" description="Employees join your company with this code.">
            <CompanyCode code={company.data.companyCode} size="xl" />
          </Section>
          <Section title="Profile" description="Name, currency, time zone and locale of the company.">
            <ProfileForm key={company.data.id} company={company.data} />
          </Section>
          <LetterheadSections />
        </>
      )}
    </Stack>
  );
}
