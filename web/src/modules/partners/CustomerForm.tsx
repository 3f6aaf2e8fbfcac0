import {
  Button,
  Group,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { type UseFormReturnType, useForm } from '@mantine/form';
import type { ReactNode } from 'react';
import { formRules } from '../../ui/form-rules.ts';
import { customerTypeOptions } from './customer-labels.ts';
import type { Customer, CustomerType } from './customers-api.ts';

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
  paymentTermsDays: number;
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
  paymentTermsDays: 0,
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
  paymentTermsDays: c.paymentTermsDays,
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
  const form = useForm<CustomerFormValues>({
    initialValues: initial,
    validate: {
      code: formRules.filled('the customer code'),
      name: formRules.filled('the name'),
      email: formRules.optionalEmail,
      creditLimit: formRules.decimal,
    },
  });
  const text = (path: keyof CustomerFormValues, label: string, extra: Record<string, unknown> = {}) => (
    <TextInput label={label} autoComplete="off" {...extra} {...form.getInputProps(path)} />
  );

  return (
    <form onSubmit={form.onSubmit((values) => onSubmit(values, form))} noValidate>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Section title="Customer">
          <SimpleGrid cols={2} spacing="sm">
            {text('code', 'Code', { required: true, placeholder: 'e.g. C-0042' })}
            <Select label="Type" data={customerTypeOptions} allowDeselect={false} {...form.getInputProps('type')} />
          </SimpleGrid>
          {text('name', 'Name', { required: true })}
          <SimpleGrid cols={2} spacing="sm">
            {text('email', 'Email', { type: 'email' })}
            {text('phone', 'Phone', { type: 'tel' })}
          </SimpleGrid>
          {text('taxId', 'Tax ID', { placeholder: 'NPWP' })}
        </Section>
        <Stack gap="md">
          <Section title="Address">
            {text('addressLine', 'Street address')}
            <SimpleGrid cols={3} spacing="sm">
              {text('city', 'City')}
              {text('postalCode', 'Postal code')}
              {text('country', 'Country')}
            </SimpleGrid>
          </Section>
          <Section title="Terms">
            <SimpleGrid cols={2} spacing="sm">
              <NumberInput
                label="Payment terms"
                description="Days until an invoice is due; 0 is cash"
                min={0}
                max={365}
                allowDecimal={false}
                allowNegative={false}
                suffix=" days"
                {...form.getInputProps('paymentTermsDays')}
              />
              <TextInput
                label="Credit limit"
                description="Leave empty for no limit"
                inputMode="decimal"
                autoComplete="off"
                {...form.getInputProps('creditLimit')}
              />
            </SimpleGrid>
            <Textarea label="Notes" autosize minRows={2} maxRows={6} {...form.getInputProps('notes')} />
          </Section>
        </Stack>
      </SimpleGrid>
      <Group justify="flex-end" gap="xs" mt="md">
        <Button variant="default" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit" loading={saving}>
          {submitLabel}
        </Button>
      </Group>
    </form>
  );
}
