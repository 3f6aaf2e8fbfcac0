import {
  Alert,
  Button,
  Group,
  Input,
  Paper,
  SegmentedControl,
  SimpleGrid,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useActiveCompany } from '../../app/me.ts';
import { DateField } from '../../ui/DateField.tsx';
import { DecimalInput } from '../../ui/DecimalInput.tsx';
import { DocumentForm, DocumentNotesField } from '../../ui/DocumentForm.tsx';
import { compareDecimals, isDecimalText } from '../../ui/decimal.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { friendlyFieldMessage, showServerErrors } from '../../ui/form-errors.ts';
import { numberProblem } from '../../ui/form-rules.ts';
import { todayIn } from '../../ui/format.ts';
import { LoadingBlock } from '../../ui/LoadingBlock.tsx';
import { notifySuccess } from '../../ui/notify.ts';
import { currencyDecimals } from '../../ui/number-text.ts';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { CustomerSelect } from '../../ui/pickers/index.ts';
import { AllocationGrid, useAllocations } from './AllocationGrid.tsx';
import { allocationErrors, allocationsOf } from './allocation.ts';
import { useInvoice, useOpenInvoices } from './invoices-api.ts';
import { type PaymentMethod, paymentMethods, useReceivePayment } from './payments-api.ts';

const route = getRouteApi('/shell/payments/new');

interface PaymentValues {
  customerId: string | null;
  paymentDate: string;
  method: PaymentMethod;
  amount: string;
  reference: string;
  notes: string;
}

function PaymentForm({ initial, firstInvoiceId }: { initial: PaymentValues; firstInvoiceId?: string }) {
  const { t } = useTranslation(['invoicing', 'ui']);
  const navigate = useNavigate();
  const company = useActiveCompany();
  const receive = useReceivePayment();
  const form = useForm<PaymentValues>({
    initialValues: initial,
    validate: {
      customerId: (value) => (value ? null : t('paymentForm.chooseCustomer')),
      amount: (value) =>
        numberProblem(value, {
          required: t('paymentForm.amountWhat'),
          sign: 'positive',
          decimals: currencyDecimals(company.currency),
          unit: company.currency,
        }),
    },
  });
  const open = useOpenInvoices(form.values.customerId);
  const invoices = open.data ?? [];
  const allocations = useAllocations(invoices, form.values.amount, company.currency, firstInvoiceId);
  const sent = allocationsOf(invoices, allocations.amounts);
  const overAllocated = allocations.left !== null && compareDecimals(allocations.left, '0') < 0;

  const submit = form.onSubmit((values) => {
    const problems = allocations.problems();
    allocations.setErrors(problems);
    if (Object.keys(problems).length > 0) return;
    if (overAllocated) {
      form.setFieldError('amount', t('paymentForm.lessThanAllocated'));
      return;
    }
    receive.mutate(
      {
        customerId: values.customerId!,
        paymentDate: values.paymentDate || undefined,
        method: values.method,
        amount: values.amount.trim(),
        reference: values.reference.trim() || undefined,
        notes: values.notes.trim() || undefined,
        allocations: sent.length > 0 ? sent : undefined,
      },
      {
        onSuccess: (payment) => {
          notifySuccess(t('paymentForm.recorded', { number: payment.number }));
          form.resetDirty();
          void navigate({ to: '/payments/$paymentId', params: { paymentId: payment.id } });
        },
        onError: (error) => {
          const placed = allocationErrors(
            error,
            sent.map((a) => a.invoiceId),
          );
          allocations.setErrors(placed.byInvoice);
          if (placed.general) form.setFieldError('amount', friendlyFieldMessage(placed.general));
          if (placed.rest) showServerErrors(form, placed.rest);
        },
      },
    );
  });

  return (
    <DocumentForm
      form={form}
      onSubmit={submit}
      header={
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <CustomerSelect
            label={t('paymentForm.customer')}
            placeholder={t('paymentForm.searchCustomers')}
            required
            {...form.getInputProps('customerId')}
          />
          <DateField label={t('paymentForm.paymentDate')} {...form.getInputProps('paymentDate')} />
          <Input.Wrapper label={t('paymentForm.method')}>
            <SegmentedControl
              aria-label={t('paymentForm.method')}
              fullWidth
              data={paymentMethods.map((method) => ({
                value: method,
                label: t(`paymentPage.methods.${method}`),
              }))}
              {...form.getInputProps('method')}
            />
          </Input.Wrapper>
          <DecimalInput
            label={t('paymentForm.amountReceived')}
            required
            kind="money"
            rightSection={
              <Text size="xs" c="dimmed">
                {company.currency}
              </Text>
            }
            rightSectionWidth={48}
            {...form.getInputProps('amount')}
          />
          <TextInput
            label={t('paymentForm.reference')}
            placeholder={t('paymentForm.referencePlaceholder')}
            maxLength={100}
            {...form.getInputProps('reference')}
          />
          <DocumentNotesField label={t('paymentForm.notes')} maxLength={1000} {...form.getInputProps('notes')} />
        </SimpleGrid>
      }
    >
      <Paper withBorder p="md">
        <Title order={2} size="h4" mb="xs">
          {t('paymentForm.invoicesItPays')}
        </Title>
        {!form.values.customerId && (
          <Text size="sm" c="dimmed">
            {t('paymentForm.chooseCustomerFirst')}
          </Text>
        )}
        {form.values.customerId && open.error && <ErrorAlert error={open.error} onRetry={() => void open.refetch()} />}
        {form.values.customerId && open.isPending && <LoadingBlock />}
        {form.values.customerId && open.data && (
          <AllocationGrid
            invoices={invoices}
            allocations={allocations}
            currency={company.currency}
            leftLabel={t('paymentForm.keptAsCredit')}
          />
        )}
        {invoices.length > 0 && sent.length === 0 && isDecimalText(form.values.amount) && (
          <Alert color="gray" variant="light" mt="sm">
            {t('paymentForm.oldestFirstNotice')}
          </Alert>
        )}
      </Paper>
      <Group justify="flex-end" gap="xs">
        <Button variant="default" onClick={() => void navigate({ to: '/payments' })}>
          {t('ui:actions.cancel')}
        </Button>
        <Button type="submit" loading={receive.isPending}>
          {t('paymentForm.record')}
        </Button>
      </Group>
    </DocumentForm>
  );
}

export function PaymentFormPage() {
  const { t } = useTranslation('invoicing');
  const { customerId, invoiceId } = route.useSearch();
  const company = useActiveCompany();
  const invoice = useInvoice(invoiceId);
  const initial: PaymentValues = {
    customerId: invoice.data?.customerId ?? customerId ?? null,
    paymentDate: todayIn(company.timezone),
    method: 'bank',
    amount: invoice.data && invoice.data.amountDue !== '0' ? invoice.data.amountDue : '',
    reference: '',
    notes: '',
  };
  return (
    <>
      <PageHeader title={t('paymentForm.title')} description={t('paymentForm.description')} />
      {invoiceId && invoice.error && <ErrorAlert error={invoice.error} onRetry={() => void invoice.refetch()} />}
      {invoiceId && invoice.isPending ? <LoadingBlock /> : <PaymentForm initial={initial} firstInvoiceId={invoiceId} />}
    </>
  );
}
