import { ActionIcon, Button, Group, Paper, SimpleGrid, Stack, Table, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useActiveCompany } from '../../app/me.ts';
import { DateField } from '../../ui/DateField.tsx';
import { DecimalInput } from '../../ui/DecimalInput.tsx';
import { showServerErrors } from '../../ui/form-errors.ts';
import { formRules } from '../../ui/form-rules.ts';
import { todayIn } from '../../ui/format.ts';
import { LineErrorsBanner } from '../../ui/LineErrorsBanner.tsx';
import { SaveShortcut } from '../../ui/SaveShortcut.tsx';
import { UnsavedChangesGuard } from '../../ui/UnsavedChangesGuard.tsx';
import type { Product } from '../catalog/catalog-api.ts';
import { CustomerSelect } from '../sales/CustomerSelect.tsx';
import { discountProblem } from '../sales/order-form-values.ts';
import { quantityProblem, rateProblem } from './invoice-form-values.ts';
import { type DirectInvoiceInput, type Invoice, useCreateInvoice, useInvoicingSettings } from './invoices-api.ts';
import { ServicePicker } from './ServicePicker.tsx';

interface ServiceLineValues {
  /** Keeps React rows apart; not sent. */
  key: string;
  /** A service product, or null for a line described in words. */
  productId: string | null;
  sku: string;
  name: string;
  /** Printed on the invoice; for a service product, its SKU and name unless given. */
  description: string;
  quantity: string;
  unitPrice: string;
  discountPercent: string;
  taxRate: string;
}

interface DirectInvoiceValues {
  customerId: string | null;
  invoiceDate: string;
  notes: string;
  lines: ServiceLineValues[];
}

let nextKey = 0;

const serviceLine = (service: Product): ServiceLineValues => ({
  key: `line-${nextKey++}`,
  productId: service.id,
  sku: service.sku,
  name: service.name,
  description: '',
  quantity: '1',
  unitPrice: service.salePrice,
  discountPercent: '',
  taxRate: '',
});

const freeTextLine = (): ServiceLineValues => ({
  key: `line-${nextKey++}`,
  productId: null,
  sku: '',
  name: '',
  description: '',
  quantity: '1',
  unitPrice: '',
  discountPercent: '',
  taxRate: '',
});

const numberInput = {
  size: 'xs',
  styles: { input: { textAlign: 'right' } },
} as const;

const lineFields = {
  productId: 'service',
  description: 'description',
  quantity: 'quantity',
  unitPrice: 'unit price',
  discountPercent: 'discount',
  taxRate: 'VAT %',
};

const lineIndexOf = (path: string) => Number(path.split('.')[1]);

const inputOf = (values: DirectInvoiceValues): DirectInvoiceInput => ({
  customerId: values.customerId!,
  invoiceDate: values.invoiceDate || undefined,
  notes: values.notes.trim() || undefined,
  lines: values.lines.map((line) => ({
    productId: line.productId ?? undefined,
    description: line.description.trim() || undefined,
    quantity: line.quantity.trim(),
    unitPrice: line.unitPrice.trim() || undefined,
    discountPercent: line.discountPercent.trim() || undefined,
    taxRate: line.taxRate.trim() || undefined,
  })),
});

interface DirectInvoiceFormProps {
  onCreated: (invoice: Invoice) => void;
  onCancel: () => void;
}

/** An invoice for services, without a sales order: service products or lines in words. */
export function DirectInvoiceForm({ onCreated, onCancel }: DirectInvoiceFormProps) {
  const company = useActiveCompany();
  const settings = useInvoicingSettings();
  const create = useCreateInvoice();
  const form = useForm<DirectInvoiceValues>({
    initialValues: { customerId: null, invoiceDate: todayIn(company.timezone), notes: '', lines: [] },
    validate: {
      customerId: (value) => (value ? null : 'Choose a customer'),
      lines: {
        description: (value, values, path) =>
          values.lines[lineIndexOf(path)]?.productId || value.trim() ? null : 'Describe the service',
        quantity: quantityProblem,
        unitPrice: (value, values, path) =>
          !values.lines[lineIndexOf(path)]?.productId && !value.trim() ? 'Enter a price' : formRules.number()(value),
        discountPercent: discountProblem,
        taxRate: rateProblem,
      },
    },
  });

  const submit = form.onSubmit((values) => {
    if (values.lines.length === 0) {
      form.setFieldError('lines', 'Add at least one service or line');
      return;
    }
    create.mutate(inputOf(values), {
      onSuccess: (invoice) => {
        form.resetDirty();
        onCreated(invoice);
      },
      onError: (error) => showServerErrors(form, error),
    });
  });

  const add = (line: ServiceLineValues) => {
    form.insertListItem('lines', line);
    form.clearFieldError('lines');
  };
  const linesError = form.errors.lines;

  return (
    <form onSubmit={submit} noValidate>
      <UnsavedChangesGuard form={form} />
      <SaveShortcut />
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <CustomerSelect
            label="Customer"
            placeholder="Search customers"
            required
            {...form.getInputProps('customerId')}
          />
          <DateField label="Invoice date" {...form.getInputProps('invoiceDate')} />
          <Textarea label="Notes" autosize minRows={1} maxRows={4} maxLength={1000} {...form.getInputProps('notes')} />
        </SimpleGrid>
        <LineErrorsBanner errors={form.errors} fields={lineFields} />
        <Paper withBorder>
          <Group px="md" pt="sm" gap="sm" wrap="nowrap">
            <div style={{ flex: 1, maxWidth: 420 }}>
              <ServicePicker onPick={(service) => add(serviceLine(service))} />
            </div>
            <Button variant="default" leftSection={<IconPlus size={16} />} onClick={() => add(freeTextLine())}>
              Line in words
            </Button>
          </Group>
          <Table.ScrollContainer minWidth={820}>
            <Table verticalSpacing={6} horizontalSpacing="sm" fz="sm" style={{ verticalAlign: 'top' }}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={36}>#</Table.Th>
                  <Table.Th>Service</Table.Th>
                  <Table.Th w={110} ta="right">
                    Quantity
                  </Table.Th>
                  <Table.Th w={140} ta="right">
                    Unit price
                  </Table.Th>
                  <Table.Th w={100} ta="right">
                    Discount %
                  </Table.Th>
                  <Table.Th w={100} ta="right">
                    VAT %
                  </Table.Th>
                  <Table.Th w={44} />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {form.values.lines.length === 0 && (
                  <Table.Tr>
                    <Table.Td colSpan={7}>
                      <Text size="sm" c="dimmed" ta="center" py="md">
                        No lines yet. Add a service product, or a line in words.
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                )}
                {form.values.lines.map((line, i) => (
                  <Table.Tr key={line.key} data-testid="invoice-service-line">
                    <Table.Td c="dimmed" pt={12}>
                      {i + 1}
                    </Table.Td>
                    <Table.Td>
                      {line.productId && (
                        <Text size="xs" mb={2}>
                          <Text span size="xs" fw={600} ff="monospace">
                            {line.sku}
                          </Text>{' '}
                          {line.name}
                        </Text>
                      )}
                      <TextInput
                        aria-label="Description"
                        size="xs"
                        placeholder={line.productId ? 'As on the product' : 'What was done'}
                        maxLength={500}
                        {...form.getInputProps(`lines.${i}.description`)}
                      />
                      {form.errors[`lines.${i}.productId`] && (
                        <Text size="xs" c="red" role="alert">
                          {form.errors[`lines.${i}.productId`]}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <DecimalInput
                        aria-label="Quantity"
                        {...numberInput}
                        {...form.getInputProps(`lines.${i}.quantity`)}
                      />
                    </Table.Td>
                    <Table.Td>
                      <DecimalInput
                        aria-label="Unit price"
                        kind="money"
                        {...numberInput}
                        {...form.getInputProps(`lines.${i}.unitPrice`)}
                      />
                    </Table.Td>
                    <Table.Td>
                      <DecimalInput
                        aria-label="Discount %"
                        kind="percent"
                        placeholder="0"
                        {...numberInput}
                        {...form.getInputProps(`lines.${i}.discountPercent`)}
                      />
                    </Table.Td>
                    <Table.Td>
                      <DecimalInput
                        aria-label="VAT %"
                        kind="percent"
                        placeholder={settings.data?.defaultVatRate}
                        {...numberInput}
                        {...form.getInputProps(`lines.${i}.taxRate`)}
                      />
                    </Table.Td>
                    <Table.Td>
                      <ActionIcon
                        variant="subtle"
                        color="gray"
                        aria-label={`Remove line ${i + 1}`}
                        onClick={() => form.removeListItem('lines', i)}
                      >
                        <IconTrash size={16} />
                      </ActionIcon>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
        {typeof linesError === 'string' && (
          <Text size="sm" c="red" role="alert">
            {linesError}
          </Text>
        )}
        <Text size="xs" c="dimmed">
          Stocked products are invoiced from their delivered sales order. Amounts, VAT and the due date are worked out
          by the server when the draft is saved.
        </Text>
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={create.isPending}>
            Save draft invoice
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
