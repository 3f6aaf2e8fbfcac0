import { ActionIcon, Button, Group, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { showServerErrors } from '../../ui/form-errors.ts';
import { formRules } from '../../ui/form-rules.ts';
import { notifySuccess } from '../../ui/notify.ts';
import { type Letterhead, type LetterheadChange, useChangeLetterhead } from './company-api.ts';

const MAX_BANK_ACCOUNTS = 3;
const textFields = [
  'addressLine',
  'city',
  'postalCode',
  'country',
  'phone',
  'email',
  'website',
  'taxId',
  'paymentNote',
] as const;
type TextField = (typeof textFields)[number];
type BankAccount = Letterhead['bankAccounts'][number];
type LetterheadValues = Record<TextField, string> & { bankAccounts: BankAccount[] };

const valuesOf = (letterhead: Letterhead): LetterheadValues => ({
  ...(Object.fromEntries(textFields.map((field) => [field, letterhead[field] ?? ''])) as Record<TextField, string>),
  bankAccounts: letterhead.bankAccounts,
});

/** Empty fields are cleared on the server. */
const changeOf = (values: LetterheadValues): LetterheadChange => ({
  ...(Object.fromEntries(textFields.map((field) => [field, values[field].trim() || null])) as Record<
    TextField,
    string | null
  >),
  bankAccounts: values.bankAccounts,
});

/** Address, tax id (NPWP), contact and bank details: what invoices and statements print. */
export function LetterheadForm({ letterhead }: { letterhead: Letterhead }) {
  const { t } = useTranslation(['company', 'ui']);
  const saved = valuesOf(letterhead);
  const form = useForm<LetterheadValues>({
    initialValues: saved,
    validate: {
      email: formRules.optionalEmail,
      country: (value) =>
        value.trim() === '' || /^[A-Za-z]{2}$/.test(value.trim()) ? null : t('letterhead.countryInvalid'),
      bankAccounts: {
        bankName: formRules.filled(t('letterhead.bankWhat')),
        accountNumber: formRules.filled(t('letterhead.accountNumberWhat')),
        accountHolder: formRules.filled(t('letterhead.holderWhat')),
      },
    },
  });
  const { fields } = useChangeLetterhead();

  const submit = form.onSubmit((values) =>
    fields.mutate(changeOf(values), {
      onSuccess: (next) => {
        form.setInitialValues(valuesOf(next));
        form.setValues(valuesOf(next));
        notifySuccess(t('letterhead.saved'));
      },
      onError: (error) => showServerErrors(form, error),
    }),
  );

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Textarea
          label={t('letterhead.address')}
          description={t('letterhead.addressHint')}
          autosize
          minRows={2}
          maxLength={300}
          autoComplete="street-address"
          {...form.getInputProps('addressLine')}
        />
        <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
          <TextInput label={t('letterhead.city')} maxLength={100} {...form.getInputProps('city')} />
          <TextInput label={t('letterhead.postalCode')} maxLength={16} {...form.getInputProps('postalCode')} />
          <TextInput
            label={t('letterhead.country')}
            placeholder="ID"
            maxLength={2}
            {...form.getInputProps('country')}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
          <TextInput
            label={t('letterhead.phone')}
            maxLength={32}
            placeholder="+62 21 555 0100"
            {...form.getInputProps('phone')}
          />
          <TextInput label={t('letterhead.email')} maxLength={254} type="email" {...form.getInputProps('email')} />
          <TextInput label={t('letterhead.website')} maxLength={200} {...form.getInputProps('website')} />
        </SimpleGrid>
        <TextInput
          label={t('letterhead.taxId')}
          placeholder="01.234.567.8-012.000"
          maxLength={32}
          {...form.getInputProps('taxId')}
        />
        <Text fw={500} size="sm" mt="xs">
          {t('letterhead.bankAccounts')}
        </Text>
        {form.values.bankAccounts.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('letterhead.noBankAccounts')}
          </Text>
        )}
        {form.values.bankAccounts.map((_, index) => (
          // Accounts have no id of their own; their place in the list is their identity here.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <Group key={index} align="flex-end" gap="xs" wrap="nowrap">
            <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="xs" style={{ flex: 1 }}>
              <TextInput
                label={t('letterhead.bank')}
                maxLength={100}
                {...form.getInputProps(`bankAccounts.${index}.bankName`)}
              />
              <TextInput
                label={t('letterhead.accountNumber')}
                maxLength={40}
                {...form.getInputProps(`bankAccounts.${index}.accountNumber`)}
              />
              <TextInput
                label={t('letterhead.holder')}
                maxLength={200}
                {...form.getInputProps(`bankAccounts.${index}.accountHolder`)}
              />
            </SimpleGrid>
            <ActionIcon
              variant="subtle"
              color="red"
              size={36}
              aria-label={t('letterhead.removeBankAccount', { number: index + 1 })}
              onClick={() => form.removeListItem('bankAccounts', index)}
            >
              <IconTrash size={18} />
            </ActionIcon>
          </Group>
        ))}
        {form.values.bankAccounts.length < MAX_BANK_ACCOUNTS && (
          <Group>
            <Button
              variant="default"
              size="xs"
              leftSection={<IconPlus size={14} />}
              onClick={() =>
                form.insertListItem('bankAccounts', { bankName: '', accountNumber: '', accountHolder: '' })
              }
            >
              {t('letterhead.addBankAccount')}
            </Button>
          </Group>
        )}
        <Textarea
          label={t('letterhead.paymentNote')}
          description={t('letterhead.paymentNoteHint')}
          placeholder={t('letterhead.paymentNotePlaceholder')}
          autosize
          maxLength={500}
          {...form.getInputProps('paymentNote')}
        />
        <Group justify="flex-end" gap="xs" mt="xs">
          <Button variant="default" onClick={form.reset} disabled={!form.isDirty()}>
            {t('letterhead.discard')}
          </Button>
          <Button type="submit" loading={fields.isPending} disabled={!form.isDirty()}>
            {t('ui:actions.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
