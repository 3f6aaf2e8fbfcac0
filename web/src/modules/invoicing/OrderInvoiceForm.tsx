import { Alert, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import { ApiError } from '../../api/errors.ts';
import { useActiveCompany } from '../../app/me.ts';
import { DateField } from '../../ui/DateField.tsx';
import { DocumentForm, DocumentNotesField } from '../../ui/DocumentForm.tsx';
import { compareDecimals, isDecimalText } from '../../ui/decimal.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { FormActions } from '../../ui/FormActions.tsx';
import { showServerErrors } from '../../ui/form-errors.ts';
import { numberProblem } from '../../ui/form-rules.ts';
import { formatMoney, formatPercent, formatQuantity, todayIn } from '../../ui/format.ts';
import { LoadingBlock } from '../../ui/LoadingBlock.tsx';
import { LineNumberInput, LinesGrid, numberColumn, ProductCell } from '../../ui/lines/index.ts';
import type { SalesOrder } from '../sales/index.ts';
import {
  invoiceableOf,
  type NotInvoiceable,
  notInvoiceableLines,
  rateProblem,
  toFormPaths,
} from './invoice-form-values.ts';
import { type Invoice, useCreateInvoice, useInvoicingSettings } from './invoices-api.ts';
import { OrderPicker } from './OrderPicker.tsx';
import { RefusedLines } from './RefusedLines.tsx';

interface OrderLineValues {
  lineId: string;
  sku: string;
  name: string;
  unitOfMeasure: string;
  unitPrice: string;
  discountPercent: string;
  invoiceable: string;
  quantity: string;
  taxRate: string;
}

interface OrderInvoiceValues {
  invoiceDate: string;
  notes: string;
  lines: OrderLineValues[];
}

/** A quantity left empty or zero leaves the line off this invoice. */
const isSkipped = (quantity: string) =>
  quantity.trim() === '' || (isDecimalText(quantity) && compareDecimals(quantity, '0') === 0);

const isOver = (line: OrderLineValues) =>
  !isSkipped(line.quantity) &&
  isDecimalText(line.quantity) &&
  compareDecimals(line.quantity.trim(), line.invoiceable) > 0;

interface OrderLinesFormProps {
  order: SalesOrder;
  onCreated: (invoice: Invoice) => void;
  onCancel: () => void;
}

function OrderLinesForm({ order, onCreated, onCancel }: OrderLinesFormProps) {
  const { t } = useTranslation('invoicing');
  const company = useActiveCompany();
  const settings = useInvoicingSettings();
  const create = useCreateInvoice();
  const [refused, setRefused] = useState<NotInvoiceable[]>([]);
  const form = useForm<OrderInvoiceValues>({
    initialValues: {
      invoiceDate: todayIn(company.timezone),
      notes: '',
      lines: order.lines
        .map((line) => ({
          lineId: line.id,
          sku: line.sku,
          name: line.description ?? line.productName,
          unitOfMeasure: line.unitOfMeasure,
          unitPrice: line.unitPrice,
          discountPercent: line.discountPercent,
          invoiceable: invoiceableOf(line),
          quantity: invoiceableOf(line),
          taxRate: '',
        }))
        .filter((line) => line.invoiceable !== '0'),
    },
    validate: {
      lines: {
        quantity: (value) => numberProblem(value),
        taxRate: rateProblem,
      },
    },
  });
  const defaultRate = settings.data?.defaultVatRate;
  const money = (amount: string) => formatMoney(amount, { locale: company.locale, currency: order.currency });

  const submit = form.onSubmit((values) => {
    const sent = values.lines.flatMap((line, index) => (isSkipped(line.quantity) ? [] : [{ line, index }]));
    if (sent.length === 0) {
      form.setFieldError('lines', t('orderInvoiceForm.enterQuantity'));
      return;
    }
    setRefused([]);
    create.mutate(
      {
        salesOrderId: order.id,
        invoiceDate: values.invoiceDate || undefined,
        notes: values.notes.trim() || undefined,
        lines: sent.map(({ line }) => ({
          salesOrderLineId: line.lineId,
          quantity: line.quantity.trim(),
          taxRate: line.taxRate.trim() || undefined,
        })),
      },
      {
        onSuccess: (invoice) => {
          form.resetDirty();
          onCreated(invoice);
        },
        onError: (error) => {
          const indexes = sent.map((s) => s.index);
          const over = notInvoiceableLines(error);
          if (over.length > 0) {
            setRefused(over);
            for (const problem of toFormPaths(
              over.map((line) => ({
                path: line.path,
                message: t('orderInvoiceForm.onlyLeft', { quantity: formatQuantity(line.invoiceable, company) }),
              })),
              indexes,
            )) {
              form.setFieldError(problem.path, problem.message);
            }
            return;
          }
          const moved =
            error instanceof ApiError
              ? new ApiError(
                  error.status,
                  error.code,
                  error.message,
                  { fields: toFormPaths(error.fields, indexes) },
                  null,
                )
              : error;
          showServerErrors(form, moved);
        },
      },
    );
  });

  if (form.values.lines.length === 0) {
    return (
      <Alert color="gray" variant="light" title={t('orderInvoiceForm.nothingTitle')} data-testid="nothing-to-invoice">
        {t('orderInvoiceForm.nothing', { number: order.number })}
      </Alert>
    );
  }

  return (
    <DocumentForm
      form={form}
      onSubmit={submit}
      header={
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <DateField label={t('orderInvoiceForm.invoiceDate')} {...form.getInputProps('invoiceDate')} />
          <DocumentNotesField label={t('orderInvoiceForm.notes')} maxLength={1000} {...form.getInputProps('notes')} />
        </SimpleGrid>
      }
    >
      {refused.length > 0 && <RefusedLines lines={refused} />}
      <Paper withBorder>
        <LinesGrid
          lines={form.values.lines}
          keyOf={(line) => line.lineId}
          numbered={false}
          minWidth={760}
          lineTestId="invoice-order-line"
          errors={form.errors}
          fields={t('orderInvoiceForm.fields', { returnObjects: true })}
          columns={[
            {
              header: t('orderInvoiceForm.product'),
              cell: (line) => <ProductCell sku={line.sku} name={line.name} />,
            },
            {
              header: t('orderInvoiceForm.leftToInvoice'),
              align: 'right',
              text: true,
              testId: 'line-invoiceable',
              cell: (line) => `${formatQuantity(line.invoiceable, company)} ${line.unitOfMeasure}`,
            },
            {
              header: t('orderInvoiceForm.quantity'),
              width: 150,
              align: 'right',
              cell: (line, i) => (
                <>
                  <LineNumberInput
                    aria-label={t('orderInvoiceForm.quantityToInvoice')}
                    unit={line.unitOfMeasure}
                    {...form.getInputProps(`lines.${i}.quantity`)}
                  />
                  {isOver(line) && !form.errors[`lines.${i}.quantity`] && (
                    <Text size="xs" c="orange">
                      {t('orderInvoiceForm.moreThanLeft')}
                    </Text>
                  )}
                </>
              ),
            },
            {
              header: t('orderInvoiceForm.unitPrice'),
              align: 'right',
              text: true,
              cell: (line) => money(line.unitPrice),
            },
            {
              header: t('orderInvoiceForm.discount'),
              align: 'right',
              text: true,
              cell: (line) => (line.discountPercent === '0' ? '—' : formatPercent(line.discountPercent, company)),
            },
            numberColumn(t('orderInvoiceForm.vatPercent'), 110, (_, i) => ({
              kind: 'percent',
              placeholder: defaultRate,
              ...form.getInputProps(`lines.${i}.taxRate`),
            })),
          ]}
        />
      </Paper>
      <Text size="xs" c="dimmed">
        {defaultRate === undefined
          ? t('orderInvoiceForm.explainerDefaultRate')
          : t('orderInvoiceForm.explainer', { rate: defaultRate })}
      </Text>
      <FormActions onCancel={onCancel} submitLabel={t('orderInvoiceForm.save')} saving={create.isPending} />
    </DocumentForm>
  );
}

interface OrderInvoiceFormProps {
  initialOrderId: string | undefined;
  onCreated: (invoice: Invoice) => void;
  onCancel: () => void;
}

/** An invoice for what a sales order delivered (services: ordered) and has not invoiced yet. */
export function OrderInvoiceForm({ initialOrderId, onCreated, onCancel }: OrderInvoiceFormProps) {
  const { t } = useTranslation('invoicing');
  const [orderId, setOrderId] = useState<string | null>(initialOrderId ?? null);
  const order = useQuery({
    queryKey: ['sales-orders', 'detail', orderId],
    queryFn: () => unwrap(api.GET('/api/sales-orders/{id}', { params: { path: { id: orderId! } } })),
    enabled: orderId !== null,
  });
  return (
    <Stack gap="md">
      <OrderPicker
        label={t('orderInvoiceForm.salesOrder')}
        placeholder={t('orderInvoiceForm.searchOrder')}
        required
        maw={420}
        value={orderId}
        onChange={setOrderId}
      />
      {orderId && order.error && <ErrorAlert error={order.error} onRetry={() => void order.refetch()} />}
      {orderId && order.isPending && <LoadingBlock />}
      {orderId && order.data && !order.data.allowedActions.includes('invoice') && (
        <Alert color="orange" variant="light" title={t('orderInvoiceForm.cannotTitle')}>
          {t('orderInvoiceForm.cannot', {
            number: order.data.number,
            state: t(`orderInvoiceForm.orderStates.${order.data.state}`),
          })}
        </Alert>
      )}
      {orderId && order.data?.allowedActions.includes('invoice') && (
        <OrderLinesForm key={order.data.id} order={order.data} onCreated={onCreated} onCancel={onCancel} />
      )}
    </Stack>
  );
}
