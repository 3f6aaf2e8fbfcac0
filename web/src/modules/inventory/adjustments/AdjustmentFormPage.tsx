import { SegmentedControl, Select, SimpleGrid, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
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
import { manualReasonChoices } from './adjustment-labels.ts';

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
  const { t } = useTranslation('inventory');
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
      {t('adjustmentForm.onHandNow', { quantity: formatQuantity(onHand, company), unit: line.unitOfMeasure })}
    </Text>
  );
}

function AdjustmentForm({ warehouse, stockLocationId }: { warehouse: Warehouse; stockLocationId: string | null }) {
  const { t } = useTranslation('inventory');
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
      warehouseId: (value) => (value ? null : t('stockForm.chooseWarehouse')),
      lines: {
        quantity: (value, values, path) =>
          adjustmentProblem(value, values.mode, values.lines[Number(path.split('.')[1])]!),
        locationId: (value) => (value ? null : t('adjustmentForm.chooseLocation')),
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
    posted: (adjustment) => t('adjustmentForm.posted', { number: adjustment.number }),
  });

  return (
    <StockDocumentForm
      form={form}
      onSubmit={submit}
      submitLabel={t('adjustmentForm.submit')}
      backTo="/inventory/adjustments"
      saving={post.isPending}
      header={
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
          <DocumentWarehouseSelect form={form} onChange={() => form.setFieldValue('lines', [])} />
          <Select
            label={t('columns.reason')}
            data={manualReasonChoices(t)}
            allowDeselect={false}
            {...form.getInputProps('reason')}
          />
          <DateField label={t('columns.date')} {...form.getInputProps('adjustedOn')} />
          <TextInput label={t('columns.note')} maxLength={1000} {...form.getInputProps('note')} />
          <SegmentedControl
            style={{ gridColumn: '1 / -1', justifySelf: 'start' }}
            data={[
              { value: 'count', label: t('adjustmentForm.setCounted') },
              { value: 'change', label: t('adjustmentForm.addOrRemove') },
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
              header: t('columns.location'),
              width: 220,
              cell: (line, index) => (
                <LocationSelect
                  aria-label={t('adjustmentForm.locationOf', { sku: line.sku })}
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
              header: t('columns.lotSerial'),
              width: 260,
              cell: (line, index) =>
                line.tracking === 'none' ? (
                  <NotTracked />
                ) : (
                  <LotPicker line={line} locationId={line.locationId} {...form.getInputProps(`lines.${index}.lotId`)} />
                ),
            },
            {
              header: values.mode === 'count' ? t('adjustmentForm.counted') : t('adjustmentForm.change'),
              width: 170,
              align: 'right',
              cell: (line, index) => (
                <>
                  <LineNumberInput
                    aria-label={t('stockLines.quantityOf', { sku: line.sku })}
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
  const { t } = useTranslation('inventory');
  return (
    <>
      <PageHeader title={t('adjustmentForm.title')} description={t('adjustmentForm.description')} />
      <WithStructure>
        {({ warehouse, stockLocationId }) => <AdjustmentForm warehouse={warehouse} stockLocationId={stockLocationId} />}
      </WithStructure>
    </>
  );
}
