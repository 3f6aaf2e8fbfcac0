import { SegmentedControl, Select, SimpleGrid, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useActiveCompany } from '../../../app/me.ts';
import { DateField } from '../../../ui/DateField.tsx';
import { formatQuantity, todayIn } from '../../../ui/format.ts';
import { LineNumberInput, NotTracked } from '../../../ui/lines/index.ts';
import { PageHeader } from '../../../ui/PageHeader.tsx';
import { LocationSelect } from '../../../ui/pickers/index.ts';
import { type AdjustmentReason, useLots, usePostAdjustment, useStockByLocation } from '../inventory-api.ts';
import {
  DocumentWarehouseSelect,
  StockDocumentForm,
  useStockSubmit,
  WithStructure,
} from '../operations/form-layout.tsx';
import {
  adjustmentProblem,
  LotPicker,
  lineOf,
  lotRequired,
  StockLinesGrid,
  type StockLineValues,
} from '../operations/stock-lines.tsx';
import type { Warehouse } from '../warehouse-api.ts';
import { manualReasonOptions } from './adjustment-labels.ts';

type Mode = 'count' | 'change';

interface AdjustmentValues {
  warehouseId: string | null;
  reason: AdjustmentReason;
  adjustedOn: string;
  note: string;
  mode: Mode;
  lines: StockLineValues[];
}

/** What the system holds now of the line's product (and lot) at its location. */
function OnHandHint({ line }: { line: StockLineValues }) {
  const company = useActiveCompany();
  const stock = useStockByLocation(line.locationId ? line.productId : undefined);
  const lots = useLots(line.lotId && line.locationId ? line.productId : undefined, line.locationId ?? undefined);
  if (!line.locationId) return null;
  const onHand = line.lotId
    ? (lots.data?.find((l) => l.lotId === line.lotId)?.onHand ?? (lots.data ? '0' : undefined))
    : (stock.data?.find((s) => s.locationId === line.locationId)?.onHand ?? (stock.data ? '0' : undefined));
  if (onHand === undefined) return null;
  return (
    <Text size="xs" c="dimmed">
      {formatQuantity(onHand, company)} {line.unitOfMeasure} on hand now
    </Text>
  );
}

function AdjustmentForm({ warehouse, stockLocationId }: { warehouse: Warehouse; stockLocationId: string | null }) {
  const company = useActiveCompany();
  const post = usePostAdjustment();
  const form = useForm<AdjustmentValues>({
    initialValues: {
      warehouseId: warehouse.id,
      reason: 'correction',
      adjustedOn: todayIn(company.timezone),
      note: '',
      mode: 'count',
      lines: [],
    },
    validate: {
      warehouseId: (value) => (value ? null : 'Choose the warehouse'),
      lines: {
        quantity: (value, values, path) =>
          adjustmentProblem(value, values.mode, values.lines[Number(path.split('.')[1])]!),
        locationId: (value) => (value ? null : 'Choose the location'),
        lotId: (_, values, path) => lotRequired(values.lines[Number(path.split('.')[1])]!),
      },
    },
  });
  const { values } = form;

  const submit = useStockSubmit({
    form,
    post,
    opens: 'adjustment',
    inputOf: (v: AdjustmentValues) => ({
      warehouseId: v.warehouseId ?? undefined,
      reason: v.reason,
      note: v.note.trim() || undefined,
      adjustedOn: v.adjustedOn,
      lines: v.lines.map((l) => ({
        productId: l.productId,
        locationId: l.locationId ?? undefined,
        lotId: l.lotId ?? undefined,
        ...(v.mode === 'count' ? { countedQuantity: l.quantity.trim() } : { quantityChange: l.quantity.trim() }),
      })),
    }),
    posted: (adjustment) => `Adjustment ${adjustment.number} posted`,
  });

  return (
    <StockDocumentForm
      form={form}
      onSubmit={submit}
      submitLabel="Post adjustment"
      backTo="/inventory/adjustments"
      saving={post.isPending}
      header={
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
          <DocumentWarehouseSelect form={form} onChange={() => form.setFieldValue('lines', [])} />
          <Select label="Reason" data={manualReasonOptions} allowDeselect={false} {...form.getInputProps('reason')} />
          <DateField label="Date" {...form.getInputProps('adjustedOn')} />
          <TextInput label="Note" maxLength={1000} {...form.getInputProps('note')} />
          <SegmentedControl
            style={{ gridColumn: '1 / -1', justifySelf: 'start' }}
            data={[
              { value: 'count', label: 'Set counted quantities' },
              { value: 'change', label: 'Add or remove' },
            ]}
            {...form.getInputProps('mode')}
          />
        </SimpleGrid>
      }
      lines={
        <StockLinesGrid
          lines={values.lines}
          error={form.errors.lines as string | undefined}
          onAdd={(product) => {
            form.insertListItem(
              'lines',
              lineOf(product, {
                quantity: '',
                locationId: values.warehouseId === warehouse.id ? stockLocationId : null,
              }),
            );
            form.clearFieldError('lines');
          }}
          onRemove={(index) => form.removeListItem('lines', index)}
          columns={[
            {
              header: 'Location',
              width: 220,
              cell: (line, index) => (
                <LocationSelect
                  aria-label={`Location of ${line.sku}`}
                  size="xs"
                  include={(l) => l.active && l.warehouseId === values.warehouseId}
                  {...form.getInputProps(`lines.${index}.locationId`)}
                  onChange={(id) => {
                    form.setFieldValue(`lines.${index}.locationId`, id);
                    form.setFieldValue(`lines.${index}.lotId`, null);
                  }}
                />
              ),
            },
            {
              header: 'Lot / serial',
              width: 260,
              cell: (line, index) =>
                line.tracking === 'none' ? (
                  <NotTracked />
                ) : (
                  <LotPicker line={line} locationId={line.locationId} {...form.getInputProps(`lines.${index}.lotId`)} />
                ),
            },
            {
              header: values.mode === 'count' ? 'Counted' : 'Change (− to remove)',
              width: 170,
              align: 'right',
              cell: (line, index) => (
                <>
                  <LineNumberInput
                    aria-label={`Quantity of ${line.sku}`}
                    inputMode={values.mode === 'change' ? 'text' : 'decimal'}
                    unit={line.unitOfMeasure}
                    {...form.getInputProps(`lines.${index}.quantity`)}
                  />
                  <OnHandHint line={line} />
                </>
              ),
            },
          ]}
        />
      }
    />
  );
}

export function AdjustmentFormPage() {
  return (
    <>
      <PageHeader
        title="New stock adjustment"
        description="Set stock by hand, for a reason: what was counted, or by how much it changed."
      />
      <WithStructure>
        {({ warehouse, stockLocationId }) => <AdjustmentForm warehouse={warehouse} stockLocationId={stockLocationId} />}
      </WithStructure>
    </>
  );
}
