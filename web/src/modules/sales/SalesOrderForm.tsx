import { Paper, SimpleGrid, Title } from '@mantine/core';
import { type UseFormReturnType, useForm } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ApiError, errorMessage } from '../../api/errors.ts';
import { DateField } from '../../ui/DateField.tsx';
import { DocumentForm, DocumentNotesField } from '../../ui/DocumentForm.tsx';
import { FormActions } from '../../ui/FormActions.tsx';
import { friendlyFieldMessage } from '../../ui/form-errors.ts';
import { formRules } from '../../ui/form-rules.ts';
import { CustomerSelect } from '../../ui/pickers/index.ts';
import { useUnitsOfMeasure } from '../catalog/index.ts';
import { OrderLinesGrid } from './OrderLinesGrid.tsx';
import { OrderTotals } from './OrderTotals.tsx';
import {
  discountProblem,
  lineInputOf,
  type OrderFormValues,
  type OrderLineValues,
  quantityProblem,
} from './order-form-values.ts';
import { usePricePreview } from './sales-api.ts';

type OrderForm = UseFormReturnType<OrderFormValues>;

interface SalesOrderFormProps {
  initial: OrderFormValues;
  submitLabel: string;
  saving: boolean;
  onSubmit: (values: OrderFormValues, form: OrderForm) => void;
  onCancel: () => void;
}

const lineIndexOf = (path: string) => Number(path.split('.')[1]);

/** Why the server would not price the lines, by line where it says which (`lines.1.productId` is line 2). */
function pricingProblem(t: TFunction<'sales'>, error: unknown): string {
  const fields = error instanceof ApiError ? error.fields : [];
  if (fields.length === 0) return errorMessage(error);
  return fields
    .map((field) => {
      const line = /^lines\.(\d+)\./.exec(field.path)?.[1];
      const message = friendlyFieldMessage(field.message);
      return line === undefined
        ? message
        : t('orderForm.linePricingProblem', { line: Number(line) + 1, problem: message });
    })
    .join('; ');
}

/** The lines the server can price now: all of them once each is valid, else none. */
function useLivePrices(lines: OrderLineValues[], lineProblem: (line: OrderLineValues) => string | null) {
  const { t } = useTranslation('sales');
  const [settled] = useDebouncedValue(lines, 300);
  const priceable = settled.every((line) => lineProblem(line) === null) ? settled.map(lineInputOf) : [];
  const preview = usePricePreview(priceable);
  const upToDate = settled === lines && priceable.length === lines.length && priceable.length > 0;
  const waitingForFixes = settled === lines && lines.length > 0 && priceable.length === 0;
  return {
    totals: upToDate ? preview.data : undefined,
    lineTotals: upToDate && preview.data ? preview.data.lines.map((l) => l.lineTotal) : [],
    pricing: preview.isFetching || settled !== lines,
    problem: upToDate && preview.error ? pricingProblem(t, preview.error) : undefined,
    hint: waitingForFixes ? t('orderForm.totalsHint') : undefined,
  };
}

export function SalesOrderForm({ initial, submitLabel, saving, onSubmit, onCancel }: SalesOrderFormProps) {
  const { t } = useTranslation('sales');
  const units = useUnitsOfMeasure();
  const decimalsOf = (unit: string) => units.data?.find((u) => u.code === unit)?.decimals ?? 4;
  const quantityOf = (quantity: string, unit: string) =>
    quantityProblem(quantity, decimalsOf(unit), unit, t('orderForm.quantityWhat'));
  const lineProblem = (line: OrderLineValues) =>
    quantityOf(line.quantity, line.unitOfMeasure) ??
    formRules.number()(line.unitPrice) ??
    discountProblem(line.discountPercent);

  const form = useForm<OrderFormValues>({
    initialValues: initial,
    validate: {
      customerId: (value) => (value ? null : t('orderForm.chooseCustomer')),
      lines: {
        quantity: (value, values, path) => quantityOf(value, values.lines[lineIndexOf(path)]!.unitOfMeasure),
        unitPrice: formRules.number(),
        discountPercent: discountProblem,
      },
    },
  });
  const prices = useLivePrices(form.values.lines, lineProblem);

  const submit = form.onSubmit((values) => {
    if (values.lines.length === 0) {
      form.setFieldError('lines', t('orderForm.addProduct'));
      return;
    }
    onSubmit(values, form);
  });

  return (
    <DocumentForm
      form={form}
      onSubmit={submit}
      header={
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <CustomerSelect
            label={t('orderForm.customer')}
            placeholder={t('orderForm.searchCustomers')}
            required
            {...form.getInputProps('customerId')}
          />
          <DateField label={t('orderForm.orderDate')} {...form.getInputProps('orderDate')} />
          <DocumentNotesField label={t('orderForm.notes')} maxLength={2000} {...form.getInputProps('notes')} />
        </SimpleGrid>
      }
    >
      <Paper withBorder>
        <Title order={2} size="h4" px="md" pt="sm">
          {t('orderForm.lines')}
        </Title>
        <OrderLinesGrid
          form={form}
          lineTotals={prices.lineTotals}
          totals={
            <OrderTotals totals={prices.totals} pricing={prices.pricing} problem={prices.problem} hint={prices.hint} />
          }
        />
      </Paper>
      <FormActions onCancel={onCancel} submitLabel={submitLabel} saving={saving} />
    </DocumentForm>
  );
}
