import { Table, Text } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { DecimalInput } from '../../../ui/DecimalInput.tsx';
import {
  AvailableHint,
  LinesTable,
  LotPicker,
  lineOf,
  lotRequired,
  numberInput,
  ProductCell,
  quantityProblem,
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
    <LinesTable
      lines={form.values.lines}
      error={form.errors.lines as string | undefined}
      onAdd={(product) => {
        form.insertListItem('lines' as never, lineOf(product) as never);
        form.clearFieldError('lines');
      }}
      onRemove={(index) => form.removeListItem('lines' as never, index)}
      head={
        <>
          <Table.Th>Product</Table.Th>
          <Table.Th w={300}>Lot / serial</Table.Th>
          <Table.Th w={170} ta="right">
            Quantity
          </Table.Th>
        </>
      }
      row={(line, index) => (
        <>
          <Table.Td>
            <ProductCell line={line} />
          </Table.Td>
          <Table.Td>
            {line.tracking === 'none' ? (
              <Text size="xs" c="dimmed" pt={6}>
                Not tracked
              </Text>
            ) : (
              <LotPicker
                line={line}
                locationId={locationId}
                {...input(`lines.${index}.lotId`)}
                onChange={(lotId) => form.setFieldValue(`lines.${index}.lotId` as never, lotId as never)}
              />
            )}
          </Table.Td>
          <Table.Td>
            <DecimalInput
              aria-label={`Quantity of ${line.sku}`}
              {...numberInput}
              disabled={line.tracking === 'serial'}
              rightSection={<Text size="xs">{line.unitOfMeasure}</Text>}
              rightSectionWidth={40}
              {...input(`lines.${index}.quantity`)}
            />
            <AvailableHint line={lines[index] ?? line} locationId={locationId} />
          </Table.Td>
        </>
      )}
    />
  );
}
