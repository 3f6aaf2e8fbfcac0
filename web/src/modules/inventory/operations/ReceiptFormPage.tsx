import { SimpleGrid, Stack, TagsInput, Text, TextInput } from '@mantine/core';
import { type UseFormReturnType, useForm } from '@mantine/form';
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
  if (line.tracking === 'none') return <NotTracked />;
  if (line.tracking === 'serial')
    return (
      <TagsInput
        aria-label={`Serial numbers of ${line.sku}`}
        placeholder="Type or scan, Enter after each"
        size="xs"
        splitChars={[',', ' ']}
        {...form.getInputProps(`lines.${index}.serialNumbers`)}
      />
    );
  return (
    <Stack gap={4}>
      <TextInput
        aria-label={`Lot number of ${line.sku}`}
        placeholder="Lot number"
        size="xs"
        maxLength={64}
        {...form.getInputProps(`lines.${index}.lotNumber`)}
      />
      <DateField
        aria-label={`Expiry of ${line.sku}`}
        placeholder="Expiry date"
        size="xs"
        clearable
        {...form.getInputProps(`lines.${index}.expiryDate`)}
      />
    </Stack>
  );
}

function ReceiptForm({ warehouse }: { warehouse: Warehouse }) {
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
      warehouseId: (value) => (value ? null : 'Choose the warehouse'),
      lines: {
        quantity: (value, values, path) => {
          const line = values.lines[Number(path.split('.')[1])]!;
          return line.tracking === 'serial' ? null : quantityProblem(value, line);
        },
        unitCost: (value) => numberProblem(value, { required: 'the unit cost' }),
        lotNumber: (value, values, path) =>
          values.lines[Number(path.split('.')[1])]!.tracking === 'lot' && !value.trim() ? 'Enter the lot number' : null,
        serialNumbers: (value, values, path) =>
          values.lines[Number(path.split('.')[1])]!.tracking === 'serial' && value.length === 0
            ? 'Enter one serial number per unit'
            : null,
      },
    },
  });
  const values = form.values;

  const submit = useStockSubmit({
    form,
    post,
    inputOf: receiptOf,
    posted: (receipt) => `Receipt ${receipt.number} posted`,
  });

  return (
    <StockDocumentForm
      form={form}
      onSubmit={submit}
      submitLabel="Post receipt"
      saving={post.isPending}
      header={
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
          <DocumentWarehouseSelect form={form} onChange={() => form.setFieldValue('locationId', null)} />
          <LocationSelect
            label="Destination location"
            placeholder="Main stock location"
            clearable
            include={(l) => l.active && l.warehouseId === values.warehouseId}
            {...form.getInputProps('locationId')}
          />
          <DateField label="Received on" {...form.getInputProps('receivedOn')} />
          <TextInput label="Vendor" placeholder="Who delivered" maxLength={200} {...form.getInputProps('vendorName')} />
          <TextInput
            label="Reference"
            placeholder="The vendor's delivery note"
            maxLength={100}
            {...form.getInputProps('reference')}
          />
          <TextInput label="Notes" maxLength={1000} {...form.getInputProps('notes')} />
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
              header: 'Quantity',
              width: 120,
              align: 'right',
              cell: (line, index) =>
                line.tracking === 'serial' ? (
                  <Text size="sm" pt={4}>
                    {line.serialNumbers.length} {line.unitOfMeasure}
                  </Text>
                ) : (
                  <LineNumberInput
                    aria-label={`Quantity of ${line.sku}`}
                    unit={line.unitOfMeasure}
                    {...form.getInputProps(`lines.${index}.quantity`)}
                  />
                ),
            },
            {
              header: 'Unit cost',
              width: 140,
              align: 'right',
              cell: (line, index) => (
                <LineNumberInput
                  aria-label={`Unit cost of ${line.sku}`}
                  kind="money"
                  {...form.getInputProps(`lines.${index}.unitCost`)}
                />
              ),
            },
            {
              header: 'Lot / serial numbers',
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
  return (
    <>
      <PageHeader
        title="New receipt"
        description="Goods from a vendor, at their cost, into a warehouse; lots and serial numbers where tracked."
      />
      <WithStructure>{({ warehouse }) => <ReceiptForm warehouse={warehouse} />}</WithStructure>
    </>
  );
}
