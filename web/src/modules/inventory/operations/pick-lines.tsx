import type { UseFormReturnType } from '@mantine/form';
import { LineNumberInput, NotTracked } from '../../../ui/lines/index.ts';
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

/** Lines taken from a location: product, the lot or serial (earliest expiry first), quantity. */
export function PickLines<V extends PickingValues>({
  form,
  locationId,
}: {
  form: UseFormReturnType<V>;
  locationId: string | null;
}) {
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
          header: 'Lot / serial',
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
          header: 'Quantity',
          width: 170,
          align: 'right',
          cell: (line, index) => (
            <>
              <LineNumberInput
                aria-label={`Quantity of ${line.sku}`}
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
