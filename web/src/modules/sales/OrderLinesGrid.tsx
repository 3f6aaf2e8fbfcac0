import { ActionIcon, Table, Text } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconTrash } from '@tabler/icons-react';
import { useActiveCompany } from '../../app/me.ts';
import { DecimalInput } from '../../ui/DecimalInput.tsx';
import { compareDecimals, isDecimalText } from '../../ui/decimal.ts';
import { formatMoney, formatQuantity } from '../../ui/format.ts';
import type { OrderFormValues, OrderLineValues } from './order-form-values.ts';

interface OrderLinesGridProps {
  form: UseFormReturnType<OrderFormValues>;
  /** Line totals priced by the server, by line; missing while the lines are being edited. */
  lineTotals: (string | undefined)[];
}

const numberInput = {
  size: 'xs',
  styles: { input: { textAlign: 'right' } },
} as const;

function StockHint({ line }: { line: OrderLineValues }) {
  const company = useActiveCompany();
  if (!line.stocked || line.available === null) return null;
  const short = isDecimalText(line.quantity) && compareDecimals(line.quantity, line.available) > 0;
  return (
    <Text size="xs" c={short ? 'orange' : 'dimmed'}>
      {formatQuantity(line.available, company)} {line.unitOfMeasure} available
    </Text>
  );
}

/** The order's lines as an editable grid: quantity, unit price and discount per product. */
export function OrderLinesGrid({ form, lineTotals }: OrderLinesGridProps) {
  const company = useActiveCompany();
  const lines = form.values.lines;
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table verticalSpacing={6} horizontalSpacing="sm" fz="sm" style={{ verticalAlign: 'top' }}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={36}>#</Table.Th>
            <Table.Th>Product</Table.Th>
            <Table.Th w={140} ta="right">
              Quantity
            </Table.Th>
            <Table.Th w={150} ta="right">
              Unit price
            </Table.Th>
            <Table.Th w={100} ta="right">
              Discount %
            </Table.Th>
            <Table.Th w={150} ta="right">
              Line total
            </Table.Th>
            <Table.Th w={44} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {lines.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={7}>
                <Text size="sm" c="dimmed" ta="center" py="md">
                  No lines yet. Add products with the search box above.
                </Text>
              </Table.Td>
            </Table.Tr>
          )}
          {lines.map((line, i) => {
            const productError = form.errors[`lines.${i}.productId`];
            const total = lineTotals[i];
            return (
              <Table.Tr key={line.key} data-testid="order-line">
                <Table.Td c="dimmed" pt={12}>
                  {i + 1}
                </Table.Td>
                <Table.Td>
                  <Text size="sm" fw={600} ff="monospace">
                    {line.sku}
                  </Text>
                  <Text size="xs">{line.productName}</Text>
                  <StockHint line={line} />
                  {productError && (
                    <Text size="xs" c="red" role="alert">
                      {productError}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <DecimalInput
                    aria-label="Quantity"
                    {...numberInput}
                    rightSection={
                      <Text size="xs" c="dimmed">
                        {line.unitOfMeasure}
                      </Text>
                    }
                    rightSectionWidth={40}
                    {...form.getInputProps(`lines.${i}.quantity`)}
                  />
                </Table.Td>
                <Table.Td>
                  <DecimalInput
                    aria-label="Unit price"
                    kind="money"
                    {...numberInput}
                    {...form.getInputProps(`lines.${i}.unitPrice`)}
                  />
                </Table.Td>
                <Table.Td>
                  <DecimalInput
                    aria-label="Discount %"
                    kind="percent"
                    placeholder="0"
                    {...numberInput}
                    {...form.getInputProps(`lines.${i}.discountPercent`)}
                  />
                </Table.Td>
                <Table.Td ta="right" pt={12} fw={600} data-testid="line-total">
                  {total === undefined ? '—' : formatMoney(total, company)}
                </Table.Td>
                <Table.Td>
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    aria-label={`Remove line ${i + 1}`}
                    onClick={() => form.removeListItem('lines', i)}
                  >
                    <IconTrash size={16} />
                  </ActionIcon>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
