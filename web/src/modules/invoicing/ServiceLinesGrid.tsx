import { Button, Group, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { DecimalInputProps } from '../../ui/DecimalInput.tsx';
import { type LineColumn, LinesGrid, numberColumn } from '../../ui/lines/index.ts';
import { ProductPicker } from '../../ui/pickers/index.ts';
import type { Product } from '../catalog/index.ts';

export interface ServiceLineValues {
  /** Keeps React rows apart; not sent. */
  key: string;
  /** A service product, or null for a line described in words. */
  productId: string | null;
  sku: string;
  name: string;
  /** Printed on the invoice; for a service product, its SKU and name unless given. */
  description: string;
  quantity: string;
  unitPrice: string;
  discountPercent: string;
  taxRate: string;
}

export interface DirectInvoiceValues {
  customerId: string | null;
  invoiceDate: string;
  notes: string;
  lines: ServiceLineValues[];
}

let nextKey = 0;

export const serviceLine = (service: Product): ServiceLineValues => ({
  key: `line-${nextKey++}`,
  productId: service.id,
  sku: service.sku,
  name: service.name,
  description: '',
  quantity: '1',
  unitPrice: service.salePrice,
  discountPercent: '',
  taxRate: '',
});

export const freeTextLine = (): ServiceLineValues => ({
  key: `line-${nextKey++}`,
  productId: null,
  sku: '',
  name: '',
  description: '',
  quantity: '1',
  unitPrice: '',
  discountPercent: '',
  taxRate: '',
});

/** The lines of a direct invoice: service products, or lines in words; Enter adds a line in words. */
export function ServiceLinesGrid({
  form,
  defaultVatRate,
}: {
  form: UseFormReturnType<DirectInvoiceValues>;
  defaultVatRate: string | undefined;
}) {
  const { t } = useTranslation('invoicing');
  const add = (line: ServiceLineValues) => {
    form.insertListItem('lines', line);
    form.clearFieldError('lines');
  };
  const number = (
    header: string,
    width: number,
    field: keyof ServiceLineValues,
    props: DecimalInputProps | object = {},
  ) =>
    numberColumn<ServiceLineValues>(header, width, (_, i) => ({
      ...props,
      ...form.getInputProps(`lines.${i}.${field}`),
    }));
  const columns: LineColumn<ServiceLineValues>[] = [
    {
      header: t('serviceLinesGrid.service'),
      cell: (line, i) => (
        <>
          {line.productId && (
            <Text size="xs" mb={2}>
              <Text span size="xs" fw={600} ff="monospace">
                {line.sku}
              </Text>{' '}
              {line.name}
            </Text>
          )}
          <TextInput
            aria-label={t('serviceLinesGrid.description')}
            size="xs"
            placeholder={line.productId ? t('serviceLinesGrid.asOnProduct') : t('serviceLinesGrid.whatWasDone')}
            maxLength={500}
            error={form.errors[`lines.${i}.productId`]}
            {...form.getInputProps(`lines.${i}.description`)}
          />
        </>
      ),
    },
    number(t('serviceLinesGrid.quantity'), 100, 'quantity'),
    number(t('serviceLinesGrid.unitPrice'), 140, 'unitPrice', { kind: 'money' }),
    number(t('serviceLinesGrid.discountPercent'), 100, 'discountPercent', { kind: 'percent', placeholder: '0' }),
    number(t('serviceLinesGrid.vatPercent'), 100, 'taxRate', { kind: 'percent', placeholder: defaultVatRate }),
  ];
  return (
    <LinesGrid
      lines={form.values.lines}
      columns={columns}
      lineTestId="invoice-service-line"
      minWidth={820}
      adder={
        <Group gap="sm" wrap="nowrap">
          <div style={{ flex: 1, maxWidth: 420 }}>
            <ProductPicker services onPick={(service) => add(serviceLine(service))} />
          </div>
          <Button variant="default" leftSection={<IconPlus size={16} />} onClick={() => add(freeTextLine())}>
            {t('serviceLinesGrid.lineInWords')}
          </Button>
        </Group>
      }
      newLine={() => add(freeTextLine())}
      onRemove={(i) => form.removeListItem('lines', i)}
      empty={t('serviceLinesGrid.empty')}
      errors={form.errors}
      fields={t('serviceLinesGrid.fields', { returnObjects: true })}
    />
  );
}
