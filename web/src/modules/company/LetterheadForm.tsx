import { ActionIcon, Button, Group, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
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
  const saved = valuesOf(letterhead);
  const form = useForm<LetterheadValues>({
    initialValues: saved,
    validate: {
      email: formRules.optionalEmail,
      country: (value) => (value.trim() === '' || /^[A-Za-z]{2}$/.test(value.trim()) ? null : 'Two letters, e.g. ID'),
      bankAccounts: {
        bankName: formRules.filled('the bank'),
        accountNumber: formRules.filled('the account number'),
        accountHolder: formRules.filled('the name on the account'),
      },
    },
  });
  const { fields } = useChangeLetterhead();

  const submit = form.onSubmit((values) =>
    fields.mutate(changeOf(values), {
      onSuccess: (next) => {
        form.setInitialValues(valuesOf(next));
        form.setValues(valuesOf(next));
        notifySuccess('Letterhead saved');
      },
      onError: (error) => showServerErrors(form, error),
    }),
  );

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Textarea
          label="Address"
          description="Street and building; one or two lines"
          autosize
          minRows={2}
          maxLength={300}
          autoComplete="street-address"
          {...form.getInputProps('addressLine')}
        />
        <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
          <TextInput label="City" maxLength={100} {...form.getInputProps('city')} />
          <TextInput label="Postal code" maxLength={16} {...form.getInputProps('postalCode')} />
          <TextInput label="Country code" placeholder="ID" maxLength={2} {...form.getInputProps('country')} />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
          <TextInput label="Phone" maxLength={32} placeholder="+62 21 555 0100" {...form.getInputProps('phone')} />
          <TextInput label="Email" maxLength={254} type="email" {...form.getInputProps('email')} />
          <TextInput label="Website" maxLength={200} {...form.getInputProps('website')} />
        </SimpleGrid>
        <TextInput
          label="Tax ID (NPWP)"
          placeholder="01.234.567.8-012.000"
          maxLength={32}
          {...form.getInputProps('taxId')}
        />
        <Text fw={500} size="sm" mt="xs">
          Bank accounts for payment
        </Text>
        {form.values.bankAccounts.length === 0 && (
          <Text size="sm" c="dimmed">
            None yet: invoices then say nothing about where to pay.
          </Text>
        )}
        {form.values.bankAccounts.map((_, index) => (
          // Accounts have no id of their own; their place in the list is their identity here.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <Group key={index} align="flex-end" gap="xs" wrap="nowrap">
            <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="xs" style={{ flex: 1 }}>
              <TextInput label="Bank" maxLength={100} {...form.getInputProps(`bankAccounts.${index}.bankName`)} />
              <TextInput
                label="Account number"
                maxLength={40}
                {...form.getInputProps(`bankAccounts.${index}.accountNumber`)}
              />
              <TextInput
                label="Name on the account"
                maxLength={200}
                {...form.getInputProps(`bankAccounts.${index}.accountHolder`)}
              />
            </SimpleGrid>
            <ActionIcon
              variant="subtle"
              color="red"
              size={36}
              aria-label={`Remove bank account ${index + 1}`}
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
              Add bank account
            </Button>
          </Group>
        )}
        <Textarea
          label="Payment note"
          description="Printed under the bank details"
          placeholder="Please quote the invoice number as the transfer reference."
          autosize
          maxLength={500}
          {...form.getInputProps('paymentNote')}
        />
        <Group justify="flex-end" gap="xs" mt="xs">
          <Button variant="default" onClick={form.reset} disabled={!form.isDirty()}>
            Discard changes
          </Button>
          <Button type="submit" loading={fields.isPending} disabled={!form.isDirty()}>
            Save
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
