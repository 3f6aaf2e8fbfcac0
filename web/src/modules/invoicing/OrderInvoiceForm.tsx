import { Alert, Button, Group, Paper, SimpleGrid, Stack, Table, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../../api/client.ts';
import { ApiError } from '../../api/errors.ts';
import { useActiveCompany } from '../../app/me.ts';
import { DateField } from '../../ui/DateField.tsx';
import { DecimalInput } from '../../ui/DecimalInput.tsx';
import { compareDecimals, isDecimalText } from '../../ui/decimal.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { showServerErrors } from '../../ui/form-errors.ts';
import { numberProblem } from '../../ui/form-rules.ts';
import { formatMoney, formatPercent, formatQuantity, todayIn } from '../../ui/format.ts';
import { LineErrorsBanner } from '../../ui/LineErrorsBanner.tsx';
import { LoadingBlock } from '../../ui/LoadingBlock.tsx';
import { SaveShortcut } from '../../ui/SaveShortcut.tsx';
import { UnsavedChangesGuard } from '../../ui/UnsavedChangesGuard.tsx';
import type { SalesOrder } from '../sales/sales-api.ts';
import {
  invoiceableOf,
  type NotInvoiceable,
  notInvoiceableLines,
  rateProblem,
  toFormPaths,
} from './invoice-form-values.ts';
import { type Invoice, useCreateInvoice, useInvoicingSettings } from './invoices-api.ts';
import { OrderPicker } from './OrderPicker.tsx';

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

const numberInput = {
  size: 'xs',
  styles: { input: { textAlign: 'right' } },
} as const;

/** A quantity left empty or zero leaves the line off this invoice. */
const isSkipped = (quantity: string) =>
  quantity.trim() === '' || (isDecimalText(quantity) && compareDecimals(quantity, '0') === 0);

const lineFields = { quantity: 'quantity', taxRate: 'VAT %' };

function RefusedLines({ lines }: { lines: NotInvoiceable[] }) {
  const company = useActiveCompany();
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconAlertTriangle size={18} />}
      title="More than can be invoiced"
      data-testid="invoice-refusal"
    >
      <Text size="sm">Only what is delivered and not yet invoiced can be invoiced. Lower these quantities:</Text>
      <Table fz="sm" verticalSpacing={4} mt="xs" maw={520} withRowBorders={false}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Product</Table.Th>
            <Table.Th ta="right">Asked</Table.Th>
            <Table.Th ta="right">Left to invoice</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {lines.map((line) => (
            <Table.Tr key={line.path} data-testid="refused-line">
              <Table.Td ff="monospace" fw={600}>
                {line.sku}
              </Table.Td>
              <Table.Td ta="right">{formatQuantity(line.requested, company)}</Table.Td>
              <Table.Td ta="right" fw={600}>
                {formatQuantity(line.invoiceable, company)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Alert>
  );
}

interface OrderLinesFormProps {
  order: SalesOrder;
  onCreated: (invoice: Invoice) => void;
  onCancel: () => void;
}

function OrderLinesForm({ order, onCreated, onCancel }: OrderLinesFormProps) {
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
      form.setFieldError('lines', 'Enter a quantity on at least one line');
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
                message: `Only ${formatQuantity(line.invoiceable, company)} left to invoice`,
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
      <Alert color="gray" variant="light" title="Nothing to invoice" data-testid="nothing-to-invoice">
        Everything delivered on {order.number} is invoiced already. Deliver more of the order, then invoice it.
      </Alert>
    );
  }

  const linesError = form.errors.lines;
  return (
    <form onSubmit={submit} noValidate>
      <UnsavedChangesGuard form={form} />
      <SaveShortcut />
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <DateField label="Invoice date" {...form.getInputProps('invoiceDate')} />
          <Textarea label="Notes" autosize minRows={1} maxRows={4} maxLength={1000} {...form.getInputProps('notes')} />
        </SimpleGrid>
        {refused.length > 0 && <RefusedLines lines={refused} />}
        <LineErrorsBanner errors={form.errors} fields={lineFields} />
        <Paper withBorder>
          <Table.ScrollContainer minWidth={760}>
            <Table verticalSpacing={6} horizontalSpacing="sm" fz="sm" style={{ verticalAlign: 'top' }}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Product</Table.Th>
                  <Table.Th ta="right">Left to invoice</Table.Th>
                  <Table.Th w={150} ta="right">
                    Quantity
                  </Table.Th>
                  <Table.Th ta="right">Unit price</Table.Th>
                  <Table.Th ta="right">Discount</Table.Th>
                  <Table.Th w={110} ta="right">
                    VAT %
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {form.values.lines.map((line, i) => {
                  const over =
                    !isSkipped(line.quantity) &&
                    isDecimalText(line.quantity) &&
                    compareDecimals(line.quantity.trim(), line.invoiceable) > 0;
                  return (
                    <Table.Tr key={line.lineId} data-testid="invoice-order-line">
                      <Table.Td>
                        <Text size="sm" fw={600} ff="monospace">
                          {line.sku}
                        </Text>
                        <Text size="xs">{line.name}</Text>
                      </Table.Td>
                      <Table.Td ta="right" pt={12} data-testid="line-invoiceable">
                        {formatQuantity(line.invoiceable, company)} {line.unitOfMeasure}
                      </Table.Td>
                      <Table.Td>
                        <DecimalInput
                          aria-label="Quantity to invoice"
                          {...numberInput}
                          rightSection={
                            <Text size="xs" c="dimmed">
                              {line.unitOfMeasure}
                            </Text>
                          }
                          rightSectionWidth={40}
                          {...form.getInputProps(`lines.${i}.quantity`)}
                        />
                        {over && !form.errors[`lines.${i}.quantity`] && (
                          <Text size="xs" c="orange">
                            More than is left to invoice
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td ta="right" pt={12}>
                        {money(line.unitPrice)}
                      </Table.Td>
                      <Table.Td ta="right" pt={12}>
                        {line.discountPercent === '0' ? '—' : formatPercent(line.discountPercent, company)}
                      </Table.Td>
                      <Table.Td>
                        <DecimalInput
                          aria-label="VAT %"
                          kind="percent"
                          placeholder={defaultRate}
                          {...numberInput}
                          {...form.getInputProps(`lines.${i}.taxRate`)}
                        />
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
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
          Leave a quantity empty to keep that line for a later invoice. VAT is {defaultRate ?? 'the default'}% unless a
          line says otherwise. Amounts, VAT and the due date (from the customer's payment terms) are worked out by the
          server when the draft is saved.
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

interface OrderInvoiceFormProps {
  initialOrderId: string | undefined;
  onCreated: (invoice: Invoice) => void;
  onCancel: () => void;
}

/** An invoice for what a sales order delivered (services: ordered) and has not invoiced yet. */
export function OrderInvoiceForm({ initialOrderId, onCreated, onCancel }: OrderInvoiceFormProps) {
  const [orderId, setOrderId] = useState<string | null>(initialOrderId ?? null);
  const order = useQuery({
    queryKey: ['sales-orders', 'detail', orderId],
    queryFn: () => unwrap(api.GET('/api/sales-orders/{id}', { params: { path: { id: orderId! } } })),
    enabled: orderId !== null,
  });
  return (
    <Stack gap="md">
      <OrderPicker
        label="Sales order"
        placeholder="Search by order number"
        required
        maw={420}
        value={orderId}
        onChange={setOrderId}
      />
      {orderId && order.error && <ErrorAlert error={order.error} onRetry={() => void order.refetch()} />}
      {orderId && order.isPending && <LoadingBlock />}
      {orderId && order.data && !order.data.allowedActions.includes('invoice') && (
        <Alert color="orange" variant="light" title="This order cannot be invoiced">
          {order.data.number} is {order.data.state.replaceAll('_', ' ')}; only confirmed or delivered orders are
          invoiced.
        </Alert>
      )}
      {orderId && order.data?.allowedActions.includes('invoice') && (
        <OrderLinesForm key={order.data.id} order={order.data} onCreated={onCreated} onCancel={onCancel} />
      )}
    </Stack>
  );
}
