import { Button, Group, Paper, Select, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { isNotEmpty, type UseFormReturnType, useForm } from '@mantine/form';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useActiveCompany } from '../../app/me.ts';
import { DecimalInput } from '../../ui/DecimalInput.tsx';
import { formRules, numberProblem } from '../../ui/form-rules.ts';
import { currencyDecimals } from '../../ui/number-text.ts';
import { SaveShortcut } from '../../ui/SaveShortcut.tsx';
import { UnsavedChangesGuard } from '../../ui/UnsavedChangesGuard.tsx';
import { customerTypeOptions } from './customer-labels.ts';
import type { Customer, CustomerType } from './customers-api.ts';
import { PaymentTermSelect } from './PaymentTermSelect.tsx';

export interface CustomerFormValues {
  code: string;
  name: string;
  type: CustomerType;
  email: string;
  phone: string;
  addressLine: string;
  city: string;
  postalCode: string;
  country: string;
  taxId: string;
  paymentTermsDays: string;
  /** Empty for plain net days. */
  paymentTermId: string;
  /** Empty for no limit. */
  creditLimit: string;
  notes: string;
}

export const newCustomerValues: CustomerFormValues = {
  code: '',
  name: '',
  type: 'retail',
  email: '',
  phone: '',
  addressLine: '',
  city: '',
  postalCode: '',
  country: '',
  taxId: '',
  paymentTermsDays: '0',
  paymentTermId: '',
  creditLimit: '',
  notes: '',
};

export const customerValuesOf = (c: Customer): CustomerFormValues => ({
  code: c.code,
  name: c.name,
  type: c.type,
  email: c.email ?? '',
  phone: c.phone ?? '',
  addressLine: c.addressLine ?? '',
  city: c.city ?? '',
  postalCode: c.postalCode ?? '',
  country: c.country ?? '',
  taxId: c.taxId ?? '',
  paymentTermsDays: String(c.paymentTermsDays),
  paymentTermId: c.paymentTermId ?? '',
  creditLimit: c.creditLimit ?? '',
  notes: c.notes ?? '',
});

type CustomerForm = UseFormReturnType<CustomerFormValues>;

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="sm">
        {title}
      </Title>
      <Stack gap="sm">{children}</Stack>
    </Paper>
  );
}

interface CustomerFormProps {
  initial: CustomerFormValues;
  submitLabel: string;
  saving: boolean;
  onSubmit: (values: CustomerFormValues, form: CustomerForm) => void;
  onCancel: () => void;
}

export function CustomerFormView({ initial, submitLabel, saving, onSubmit, onCancel }: CustomerFormProps) {
  const company = useActiveCompany();
  const { t } = useTranslation(['partners', 'ui']);
  const form = useForm<CustomerFormValues>({
    initialValues: initial,
    validate: {
      code: isNotEmpty(t('customerForm.enterCode')),
      name: isNotEmpty(t('customerForm.enterName')),
      email: formRules.optionalEmail,
      paymentTermsDays: (value) =>
        value.trim() === ''
          ? t('customerForm.enterDays')
          : numberProblem(value, { decimals: 0, unit: t('customerForm.daysUnit'), max: '365' }),
      creditLimit: formRules.number({ decimals: currencyDecimals(company.currency), unit: company.currency }),
    },
  });
  const text = (path: keyof CustomerFormValues, label: string, extra: Record<string, unknown> = {}) => (
    <TextInput label={label} autoComplete="off" {...extra} {...form.getInputProps(path)} />
  );

  return (
    <form onSubmit={form.onSubmit((values) => onSubmit(values, form))} noValidate>
      <UnsavedChangesGuard form={form} />
      <SaveShortcut />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Section title={t('customerForm.customer')}>
          <SimpleGrid cols={2} spacing="sm">
            {text('code', t('customerForm.code'), {
              required: true,
              placeholder: t('customerForm.codePlaceholder'),
              maxLength: 32,
            })}
            <Select
              label={t('customerForm.type')}
              data={customerTypeOptions(t)}
              allowDeselect={false}
              {...form.getInputProps('type')}
            />
          </SimpleGrid>
          {text('name', t('customerForm.name'), { required: true, maxLength: 200 })}
          <SimpleGrid cols={2} spacing="sm">
            {text('email', t('customerForm.email'), { type: 'email', maxLength: 254 })}
            {text('phone', t('customerForm.phone'), { type: 'tel', maxLength: 32 })}
          </SimpleGrid>
          {text('taxId', t('customerForm.taxId'), { placeholder: t('customerForm.taxIdPlaceholder'), maxLength: 32 })}
        </Section>
        <Stack gap="md">
          <Section title={t('customerForm.address')}>
            {text('addressLine', t('customerForm.streetAddress'), { maxLength: 300 })}
            <SimpleGrid cols={3} spacing="sm">
              {text('city', t('customerForm.city'), { maxLength: 100 })}
              {text('postalCode', t('customerForm.postalCode'), { maxLength: 16 })}
              {text('country', t('customerForm.country'), { maxLength: 2 })}
            </SimpleGrid>
          </Section>
          <Section title={t('customerForm.terms')}>
            <PaymentTermSelect
              label={t('customerForm.paymentTerm')}
              description={t('customerForm.paymentTermDescription')}
              value={form.values.paymentTermId}
              onChange={(id) => form.setFieldValue('paymentTermId', id)}
            />
            <SimpleGrid cols={2} spacing="sm">
              <DecimalInput
                disabled={form.values.paymentTermId !== ''}
                label={t('customerForm.paymentTerms')}
                description={t('customerForm.paymentTermsDescription')}
                inputMode="numeric"
                rightSection={
                  <Text size="xs" c="dimmed">
                    {t('customerForm.daysUnit')}
                  </Text>
                }
                rightSectionWidth={44}
                {...form.getInputProps('paymentTermsDays')}
              />
              <DecimalInput
                label={t('customerForm.creditLimit')}
                description={t('customerForm.creditLimitDescription')}
                kind="money"
                {...form.getInputProps('creditLimit')}
              />
            </SimpleGrid>
            <Textarea
              label={t('customerForm.notes')}
              autosize
              minRows={2}
              maxRows={6}
              maxLength={2000}
              {...form.getInputProps('notes')}
            />
          </Section>
        </Stack>
      </SimpleGrid>
      <Group justify="flex-end" gap="xs" mt="md">
        <Button variant="default" onClick={onCancel}>
          {t('ui:actions.cancel')}
        </Button>
        <Button type="submit" loading={saving}>
          {submitLabel}
        </Button>
      </Group>
    </form>
  );
}
