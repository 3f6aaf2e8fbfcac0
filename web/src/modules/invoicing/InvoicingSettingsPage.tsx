import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { useActiveCompany } from '../../app/me.ts';
import { DecimalInput } from '../../ui/DecimalInput.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { showServerErrors } from '../../ui/form-errors.ts';
import { formatPercent } from '../../ui/format.ts';
import { LoadingBlock } from '../../ui/LoadingBlock.tsx';
import { notifySuccess } from '../../ui/notify.ts';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { SaveShortcut } from '../../ui/SaveShortcut.tsx';
import { UnsavedChangesGuard } from '../../ui/UnsavedChangesGuard.tsx';
import { rateProblem } from './invoice-form-values.ts';
import { useInvoicingSettings, useUpdateInvoicingSettings } from './invoices-api.ts';

function VatRateForm({ rate }: { rate: string }) {
  const { t } = useTranslation(['invoicing', 'ui']);
  const company = useActiveCompany();
  const update = useUpdateInvoicingSettings();
  const form = useForm({
    initialValues: { defaultVatRate: rate },
    validate: { defaultVatRate: (value) => (value.trim() === '' ? t('settings.enterRate') : rateProblem(value)) },
  });
  const submit = form.onSubmit((values) =>
    update.mutate(values.defaultVatRate.trim(), {
      onSuccess: (saved) => {
        form.setInitialValues({ defaultVatRate: saved.defaultVatRate });
        form.setValues({ defaultVatRate: saved.defaultVatRate });
        notifySuccess(t('settings.saved', { rate: formatPercent(saved.defaultVatRate, company) }));
      },
      onError: (error) => showServerErrors(form, error),
    }),
  );
  return (
    <form onSubmit={submit} noValidate>
      <UnsavedChangesGuard form={form} />
      <SaveShortcut />
      <Group align="flex-end" gap="sm">
        <DecimalInput
          label={t('settings.defaultVatRate')}
          w={200}
          kind="percent"
          rightSection={
            <Text size="sm" c="dimmed">
              %
            </Text>
          }
          {...form.getInputProps('defaultVatRate')}
        />
        <Button type="submit" loading={update.isPending} disabled={!form.isDirty()}>
          {t('ui:actions.save')}
        </Button>
      </Group>
    </form>
  );
}

export function InvoicingSettingsPage() {
  const { t } = useTranslation('invoicing');
  const settings = useInvoicingSettings();
  return (
    <Stack gap="md" maw={760}>
      <PageHeader title={t('settings.title')} description={t('settings.description')} />
      {settings.error && <ErrorAlert error={settings.error} onRetry={() => void settings.refetch()} />}
      {settings.isPending && <LoadingBlock />}
      {settings.data && (
        <Paper withBorder p="lg">
          <Title order={2} size="h3">
            {t('settings.vat')}
          </Title>
          <Text size="sm" c="dimmed" mb="md">
            {t('settings.vatHelp')}
          </Text>
          <VatRateForm rate={settings.data.defaultVatRate} />
        </Paper>
      )}
    </Stack>
  );
}
