import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { LineNumberInput, NotTracked } from '../../../ui/lines/index.ts';
import { LocationSelect } from '../../../ui/pickers/index.ts';
import {
  AvailableHint,
  LotPicker,
  lineOf,
  lotRequired,
  quantityProblem,
  StockLinesGrid,
  type StockLineValues,
} from './stock-lines.tsx';

/** A form whose lines take stock out of one location. */
export interface PickingValues {
  lines: StockLineValues[];
}

const lineAt = (values: PickingValues, path: string) => values.lines[Number(path.split('.')[1])]!;

export const pickingRules = {
  quantity: (value: string, values: PickingValues, path: string) => quantityProblem(value, lineAt(values, path)),
  lotId: (_: string | null, values: PickingValues, path: string) => lotRequired(lineAt(values, path)),
};

/** The lines as the API takes them: the product, how much, and from which lot. */
export const pickedLines = (lines: StockLineValues[]) =>
  lines.map((l) => ({ productId: l.productId, quantity: l.quantity.trim(), lotId: l.lotId ?? undefined }));

/** Where the goods are taken from; another location forgets the lots chosen at the last one. */
export function FromLocationSelect<V extends PickingValues>({
  form,
  field,
}: {
  form: UseFormReturnType<V>;
  field: string;
}) {
  const { t } = useTranslation('inventory');
  return (
    <LocationSelect
      label={t('pickLines.fromLocation')}
      required
      {...form.getInputProps(field as never)}
      onChange={(id) => {
        form.setFieldValue(field as never, id as never);
        form.setFieldValue('lines' as never, form.values.lines.map((line) => ({ ...line, lotId: null })) as never);
      }}
    />
  );
}

/** Lines taken from a location: product, the lot or serial (earliest expiry first), quantity. */
export function PickLines<V extends PickingValues>({
  form,
  locationId,
}: {
  form: UseFormReturnType<V>;
  locationId: string | null;
}) {
  const { t } = useTranslation('inventory');
  const { lines } = form.getValues();
  // The form's list helpers are typed for any path; these are the paths of `lines`.
  const input = (path: string) => form.getInputProps(path as never);
  return (
    <StockLinesGrid
      lines={form.values.lines}
      error={form.errors.lines as string | undefined}
      onAdd={(product) => {
        form.insertListItem('lines' as never, lineOf(product) as never);
        form.clearFieldError('lines');
      }}
      onRemove={(index) => form.removeListItem('lines' as never, index)}
      columns={[
        {
          header: t('columns.lotSerial'),
          width: 300,
          cell: (line, index) =>
            line.tracking === 'none' ? (
              <NotTracked />
            ) : (
              <LotPicker
                line={line}
                locationId={locationId}
                {...input(`lines.${index}.lotId`)}
                onChange={(lotId) => form.setFieldValue(`lines.${index}.lotId` as never, lotId as never)}
              />
            ),
        },
        {
          header: t('columns.quantity'),
          width: 170,
          align: 'right',
          cell: (line, index) => (
            <>
              <LineNumberInput
                aria-label={t('stockLines.quantityOf', { sku: line.sku })}
                unit={line.unitOfMeasure}
                disabled={line.tracking === 'serial'}
                {...input(`lines.${index}.quantity`)}
              />
              <AvailableHint line={lines[index] ?? line} locationId={locationId} />
            </>
          ),
        },
      ]}
    />
  );
}
