import { SimpleGrid, Stack, TagsInput, Text, TextInput } from '@mantine/core';
import { type UseFormReturnType, useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { useActiveCompany } from '../../../app/me.ts';
import { DateField } from '../../../ui/DateField.tsx';
import { numberProblem } from '../../../ui/form-rules.ts';
import { todayIn } from '../../../ui/format.ts';
import { LineNumberInput, NotTracked } from '../../../ui/lines/index.ts';
import { PageHeader } from '../../../ui/PageHeader.tsx';
import { LocationSelect } from '../../../ui/pickers/index.ts';
import { type ReceiptInput, usePostReceipt } from '../operations-api.ts';
import type { Warehouse } from '../warehouse-api.ts';
import { DocumentWarehouseSelect, StockDocumentForm, useStockSubmit, WithStructure } from './form-layout.tsx';
import { lineOf, quantityProblem, StockLinesGrid, type StockLineValues } from './stock-lines.tsx';

interface ReceiptValues {
  warehouseId: string | null;
  locationId: string | null;
  vendorName: string;
  reference: string;
  receivedOn: string;
  notes: string;
  lines: StockLineValues[];
}

const quantityOf = (line: StockLineValues) =>
  line.tracking === 'serial' ? String(line.serialNumbers.length) : line.quantity.trim();

function receiptOf(values: ReceiptValues): ReceiptInput {
  return {
    warehouseId: values.warehouseId ?? undefined,
    locationId: values.locationId ?? undefined,
    vendorName: values.vendorName.trim() || undefined,
    reference: values.reference.trim() || undefined,
    notes: values.notes.trim() || undefined,
    receivedOn: values.receivedOn,
    lines: values.lines.map((line) => ({
      productId: line.productId,
      quantity: quantityOf(line),
      unitCost: line.unitCost.trim(),
      lotNumber: line.tracking === 'lot' ? line.lotNumber.trim() : undefined,
      expiryDate: line.tracking === 'lot' ? (line.expiryDate ?? undefined) : undefined,
      serialNumbers: line.tracking === 'serial' ? line.serialNumbers : undefined,
    })),
  };
}

/** A received line's lot number and expiry, or its serial numbers, as the product is tracked. */
function ReceivedLot({
  form,
  line,
  index,
}: {
  form: UseFormReturnType<ReceiptValues>;
  line: StockLineValues;
  index: number;
}) {
  const { t } = useTranslation('inventory');
  if (line.tracking === 'none') return <NotTracked />;
  if (line.tracking === 'serial')
    return (
      <TagsInput
        aria-label={t('receiptForm.serialsOf', { sku: line.sku })}
        placeholder={t('receiptForm.serialsPlaceholder')}
        size="xs"
        splitChars={[',', ' ']}
        {...form.getInputProps(`lines.${index}.serialNumbers`)}
      />
    );
  return (
    <Stack gap={4}>
      <TextInput
        aria-label={t('receiptForm.lotNumberOf', { sku: line.sku })}
        placeholder={t('receiptForm.lotNumber')}
        size="xs"
        maxLength={64}
        {...form.getInputProps(`lines.${index}.lotNumber`)}
      />
      <DateField
        aria-label={t('receiptForm.expiryOf', { sku: line.sku })}
        placeholder={t('receiptForm.expiryDate')}
        size="xs"
        clearable
        {...form.getInputProps(`lines.${index}.expiryDate`)}
      />
    </Stack>
  );
}

function ReceiptForm({ warehouse }: { warehouse: Warehouse }) {
  const { t } = useTranslation('inventory');
  const company = useActiveCompany();
  const post = usePostReceipt();
  const form = useForm<ReceiptValues>({
    initialValues: {
      warehouseId: warehouse.id,
      locationId: null,
      vendorName: '',
      reference: '',
      receivedOn: todayIn(company.timezone),
      notes: '',
      lines: [],
    },
    validate: {
      warehouseId: (value) => (value ? null : t('stockForm.chooseWarehouse')),
      lines: {
        quantity: (value, values, path) => {
          const line = values.lines[Number(path.split('.')[1])]!;
          return line.tracking === 'serial' ? null : quantityProblem(value, line);
        },
        unitCost: (value) => numberProblem(value, { required: t('receiptForm.unitCostWhat') }),
        lotNumber: (value, values, path) =>
          values.lines[Number(path.split('.')[1])]!.tracking === 'lot' && !value.trim()
            ? t('receiptForm.enterLot')
            : null,
        serialNumbers: (value, values, path) =>
          values.lines[Number(path.split('.')[1])]!.tracking === 'serial' && value.length === 0
            ? t('receiptForm.enterSerials')
            : null,
      },
    },
  });
  const values = form.values;

  const submit = useStockSubmit({
    form,
    post,
    inputOf: receiptOf,
    posted: (receipt) => t('receiptForm.posted', { number: receipt.number }),
  });

  return (
    <StockDocumentForm
      form={form}
      onSubmit={submit}
      submitLabel={t('receiptForm.submit')}
      saving={post.isPending}
      header={
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
          <DocumentWarehouseSelect form={form} onChange={() => form.setFieldValue('locationId', null)} />
          <LocationSelect
            label={t('receiptForm.destination')}
            placeholder={t('receiptForm.mainStockLocation')}
            clearable
            include={(l) => l.active && l.warehouseId === values.warehouseId}
            {...form.getInputProps('locationId')}
          />
          <DateField label={t('receiptForm.receivedOn')} {...form.getInputProps('receivedOn')} />
          <TextInput
            label={t('receiptForm.vendor')}
            placeholder={t('receiptForm.vendorPlaceholder')}
            maxLength={200}
            {...form.getInputProps('vendorName')}
          />
          <TextInput
            label={t('receiptForm.reference')}
            placeholder={t('receiptForm.referencePlaceholder')}
            maxLength={100}
            {...form.getInputProps('reference')}
          />
          <TextInput label={t('receiptForm.notes')} maxLength={1000} {...form.getInputProps('notes')} />
        </SimpleGrid>
      }
      lines={
        <StockLinesGrid
          lines={values.lines}
          error={form.errors.lines as string | undefined}
          onAdd={(product) => {
            form.insertListItem('lines', lineOf(product));
            form.clearFieldError('lines');
          }}
          onRemove={(index) => form.removeListItem('lines', index)}
          columns={[
            {
              header: t('columns.quantity'),
              width: 120,
              align: 'right',
              cell: (line, index) =>
                line.tracking === 'serial' ? (
                  <Text size="sm" pt={4}>
                    {line.serialNumbers.length} {line.unitOfMeasure}
                  </Text>
                ) : (
                  <LineNumberInput
                    aria-label={t('stockLines.quantityOf', { sku: line.sku })}
                    unit={line.unitOfMeasure}
                    {...form.getInputProps(`lines.${index}.quantity`)}
                  />
                ),
            },
            {
              header: t('columns.unitCost'),
              width: 140,
              align: 'right',
              cell: (line, index) => (
                <LineNumberInput
                  aria-label={t('receiptForm.unitCostOf', { sku: line.sku })}
                  kind="money"
                  {...form.getInputProps(`lines.${index}.unitCost`)}
                />
              ),
            },
            {
              header: t('receiptForm.lotsSerials'),
              width: 320,
              cell: (line, index) => <ReceivedLot form={form} line={line} index={index} />,
            },
          ]}
        />
      }
    />
  );
}

export function ReceiptFormPage() {
  const { t } = useTranslation('inventory');
  return (
    <>
      <PageHeader title={t('receiptForm.title')} description={t('receiptForm.description')} />
      <WithStructure>{({ warehouse }) => <ReceiptForm warehouse={warehouse} />}</WithStructure>
    </>
  );
}
