import { Paper, SimpleGrid, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { useActiveCompany } from '../../app/me.ts';
import { DateField } from '../../ui/DateField.tsx';
import { DocumentForm, DocumentNotesField } from '../../ui/DocumentForm.tsx';
import { FormActions } from '../../ui/FormActions.tsx';
import { showServerErrors } from '../../ui/form-errors.ts';
import { formRules } from '../../ui/form-rules.ts';
import { todayIn } from '../../ui/format.ts';
import { CustomerSelect } from '../../ui/pickers/index.ts';
import { discountProblem } from '../sales/index.ts';
import { quantityProblem, rateProblem } from './invoice-form-values.ts';
import { type DirectInvoiceInput, type Invoice, useCreateInvoice, useInvoicingSettings } from './invoices-api.ts';
import { type DirectInvoiceValues, ServiceLinesGrid } from './ServiceLinesGrid.tsx';

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
  const { t } = useTranslation('invoicing');
  const company = useActiveCompany();
  const settings = useInvoicingSettings();
  const create = useCreateInvoice();
  const form = useForm<DirectInvoiceValues>({
    initialValues: { customerId: null, invoiceDate: todayIn(company.timezone), notes: '', lines: [] },
    validate: {
      customerId: (value) => (value ? null : t('directInvoiceForm.chooseCustomer')),
      lines: {
        description: (value, values, path) =>
          values.lines[lineIndexOf(path)]?.productId || value.trim() ? null : t('directInvoiceForm.describeService'),
        quantity: (value) => quantityProblem(value, t('directInvoiceForm.quantityWhat')),
        unitPrice: (value, values, path) =>
          !values.lines[lineIndexOf(path)]?.productId && !value.trim()
            ? t('directInvoiceForm.enterPrice')
            : formRules.number()(value),
        discountPercent: discountProblem,
        taxRate: rateProblem,
      },
    },
  });

  const submit = form.onSubmit((values) => {
    if (values.lines.length === 0) {
      form.setFieldError('lines', t('directInvoiceForm.addLine'));
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

  return (
    <DocumentForm
      form={form}
      onSubmit={submit}
      header={
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <CustomerSelect
            label={t('directInvoiceForm.customer')}
            placeholder={t('directInvoiceForm.searchCustomers')}
            required
            {...form.getInputProps('customerId')}
          />
          <DateField label={t('directInvoiceForm.invoiceDate')} {...form.getInputProps('invoiceDate')} />
          <DocumentNotesField label={t('directInvoiceForm.notes')} maxLength={1000} {...form.getInputProps('notes')} />
        </SimpleGrid>
      }
    >
      <Paper withBorder>
        <ServiceLinesGrid form={form} defaultVatRate={settings.data?.defaultVatRate} />
      </Paper>
      <Text size="xs" c="dimmed">
        {t('directInvoiceForm.explainer')}
      </Text>
      <FormActions onCancel={onCancel} submitLabel={t('directInvoiceForm.save')} saving={create.isPending} />
    </DocumentForm>
  );
}
