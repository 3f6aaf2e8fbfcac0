import { Text } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { useActiveCompany } from '../../app/me.ts';
import { compareDecimals, isDecimalText } from '../../ui/decimal.ts';
import { formatMoney, formatQuantity } from '../../ui/format.ts';
import { type LineColumn, LinesGrid, numberColumn, ProductCell } from '../../ui/lines/index.ts';
import { ProductPicker } from '../../ui/pickers/index.ts';
import { lineOfProduct, type OrderFormValues, type OrderLineValues } from './order-form-values.ts';

interface OrderLinesGridProps {
  form: UseFormReturnType<OrderFormValues>;
  /** Line totals priced by the server, by line; missing while the lines are being edited. */
  lineTotals: (string | undefined)[];
  /** The order's totals below the lines. */
  totals: React.ReactNode;
}

function StockHint({ line }: { line: OrderLineValues }) {
  const { t } = useTranslation('sales');
  const company = useActiveCompany();
  if (!line.stocked || line.available === null) return null;
  const short = isDecimalText(line.quantity) && compareDecimals(line.quantity, line.available) > 0;
  return (
    <Text size="xs" c={short ? 'orange' : 'dimmed'}>
      {t('orderLinesGrid.available', { quantity: formatQuantity(line.available, company), unit: line.unitOfMeasure })}
    </Text>
  );
}

/** The order's lines: a product search to add one, then quantity, unit price and discount per product. */
export function OrderLinesGrid({ form, lineTotals, totals }: OrderLinesGridProps) {
  const { t } = useTranslation('sales');
  const company = useActiveCompany();
  const columns: LineColumn<OrderLineValues>[] = [
    {
      header: t('orderLinesGrid.product'),
      cell: (line, i) => (
        <ProductCell sku={line.sku} name={line.productName} error={form.errors[`lines.${i}.productId`]}>
          <StockHint line={line} />
        </ProductCell>
      ),
    },
    numberColumn(t('orderLinesGrid.quantity'), 140, (line, i) => ({
      unit: line.unitOfMeasure,
      ...form.getInputProps(`lines.${i}.quantity`),
    })),
    numberColumn(t('orderLinesGrid.unitPrice'), 150, (_, i) => ({
      kind: 'money',
      ...form.getInputProps(`lines.${i}.unitPrice`),
    })),
    numberColumn(t('orderLinesGrid.discountPercent'), 100, (_, i) => ({
      kind: 'percent',
      placeholder: '0',
      ...form.getInputProps(`lines.${i}.discountPercent`),
    })),
    {
      header: t('orderLinesGrid.lineTotal'),
      width: 150,
      align: 'right',
      text: true,
      testId: 'line-total',
      cell: (_, i) => (
        <Text fw={600} size="sm">
          {lineTotals[i] === undefined ? '—' : formatMoney(lineTotals[i], company)}
        </Text>
      ),
    },
  ];
  const noLines = form.errors.lines;
  return (
    <LinesGrid
      lines={form.values.lines}
      columns={columns}
      lineTestId="order-line"
      minWidth={760}
      adder={
        <ProductPicker
          error={typeof noLines === 'string' ? noLines : null}
          onPick={(product) => {
            form.insertListItem('lines', lineOfProduct(product));
            form.clearFieldError('lines');
          }}
        />
      }
      onRemove={(i) => form.removeListItem('lines', i)}
      empty={t('orderLinesGrid.empty')}
      errors={{ ...form.errors, lines: undefined }}
      fields={t('orderLinesGrid.fields', { returnObjects: true })}
      footer={totals}
    />
  );
}
