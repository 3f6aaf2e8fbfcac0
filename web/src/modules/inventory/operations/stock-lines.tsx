import { Select, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { type ReactNode, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useActiveCompany } from '../../../app/me.ts';
import { i18n } from '../../../i18n/i18n.ts';
import { compareDecimals, isDecimalText, subtractDecimals } from '../../../ui/decimal.ts';
import { numberProblem } from '../../../ui/form-rules.ts';
import { formatDay, formatQuantity } from '../../../ui/format.ts';
import { type LineColumn, LinesGrid, ProductCell } from '../../../ui/lines/index.ts';
import { ProductPicker } from '../../../ui/pickers/index.ts';
import type { Product } from '../../catalog/index.ts';
import { useLots, useStockByLocation } from '../inventory-api.ts';

/** One line of a stock document being entered; fields a document does not use stay empty. */
export interface StockLineValues {
  key: string;
  productId: string;
  sku: string;
  productName: string;
  unitOfMeasure: string;
  uomDecimals: number;
  tracking: Product['tracking'];
  quantity: string;
  unitCost: string;
  lotNumber: string;
  expiryDate: string | null;
  serialNumbers: string[];
  lotId: string | null;
  locationId: string | null;
}

export const lineOf = (product: Product, defaults: Partial<StockLineValues> = {}): StockLineValues => ({
  key: crypto.randomUUID(),
  productId: product.id,
  sku: product.sku,
  productName: product.name,
  unitOfMeasure: product.unitOfMeasure,
  uomDecimals: product.uomDecimals,
  tracking: product.tracking,
  quantity: product.tracking === 'serial' ? '1' : '',
  unitCost: product.standardCost,
  lotNumber: '',
  expiryDate: null,
  serialNumbers: [],
  lotId: null,
  locationId: null,
  ...defaults,
});

// Line rules are checked as the user types, so their messages are looked up then, in the language on screen.
const t = i18n.t.bind(i18n);

/** A quantity the product's unit allows, above zero. */
export function quantityProblem(value: string, line: StockLineValues): string | null {
  const text = value.trim();
  const problem = numberProblem(text, {
    required: t('inventory:stockLines.quantityWhat'),
    sign: 'positive',
    decimals: line.uomDecimals,
    unit: line.unitOfMeasure,
  });
  if (problem) return problem;
  if (line.tracking === 'serial' && text !== '1' && line.lotId) return t('inventory:stockLines.oneSerialPerLine');
  return null;
}

/**
 * A quantity of an adjustment: what was counted (not negative), or by how much stock changes
 * (either sign, not zero), in the decimals of the product's unit.
 */
export function adjustmentProblem(
  value: string,
  mode: 'count' | 'change',
  product: { uomDecimals: number; unitOfMeasure: string },
): string | null {
  const unit = { decimals: product.uomDecimals, unit: product.unitOfMeasure };
  if (mode === 'count') return numberProblem(value, { required: t('inventory:stockLines.countedWhat'), ...unit });
  const problem = numberProblem(value, { required: t('inventory:stockLines.changeWhat'), sign: 'any', ...unit });
  return problem ?? (/^-?0(\.0+)?$/.test(value.trim()) ? t('inventory:stockLines.zeroChange') : null);
}

export const lotRequired = (line: StockLineValues) =>
  line.tracking !== 'none' && !line.lotId ? t('inventory:stockLines.chooseLot') : null;

/**
 * The lots or serials of a product at a location, earliest expiry first: the first one is the
 * FEFO suggestion.
 */
export function LotPicker({
  line,
  locationId,
  value,
  onChange,
  error,
}: {
  line: StockLineValues;
  locationId: string | null;
  value?: string | null;
  onChange: (lotId: string | null) => void;
  error?: ReactNode;
}) {
  const { t } = useTranslation('inventory');
  const company = useActiveCompany();
  const lots = useLots(locationId ? line.productId : undefined, locationId ?? undefined);
  const suggested = lots.data?.find((lot) => Number(lot.available) > 0)?.lotId;
  // FEFO: the lot that expires first is taken unless the user picks another.
  useEffect(() => {
    if (!value && suggested) onChange(suggested);
  }, [value, suggested, onChange]);
  const options = (lots.data ?? []).map((lot, i) => ({
    value: lot.lotId,
    label: [
      lot.number,
      lot.expiryDate ? t('stockLines.expires', { date: formatDay(lot.expiryDate, company) }) : null,
      t('stockLines.lotAvailable', { quantity: formatQuantity(lot.available, company) }),
      i === 0 && lot.expiryDate ? t('stockLines.fefo') : null,
    ]
      .filter(Boolean)
      .join(' · '),
  }));
  return (
    <Select
      aria-label={t('stockLines.lotOf', { sku: line.sku })}
      size="xs"
      placeholder={
        !locationId
          ? t('stockLines.chooseLocationFirst')
          : options.length
            ? t('stockLines.earliestExpiryFirst')
            : t('stockLines.noneHere')
      }
      data={options}
      value={value ?? null}
      onChange={onChange}
      error={error}
      searchable
      disabled={!locationId}
      comboboxProps={{ width: 340, position: 'bottom-start' }}
    />
  );
}

/** What is available of a line's product (and lot) at a location. */
export function AvailableHint({ line, locationId }: { line: StockLineValues; locationId: string | null }) {
  const { t } = useTranslation('inventory');
  const company = useActiveCompany();
  const stock = useStockByLocation(locationId ? line.productId : undefined);
  const lots = useLots(locationId && line.lotId ? line.productId : undefined, locationId ?? undefined);
  if (!locationId) return null;
  let available: string | undefined;
  if (line.lotId) {
    available = lots.data?.find((l) => l.lotId === line.lotId)?.available ?? (lots.data ? '0' : undefined);
  } else {
    const row = stock.data?.find((s) => s.locationId === locationId);
    available = row ? subtractDecimals(row.onHand, row.reserved) : stock.data ? '0' : undefined;
  }
  if (available === undefined) return null;
  const short = isDecimalText(line.quantity) && compareDecimals(line.quantity, available) > 0;
  return (
    <Text size="xs" c={short ? 'red' : 'dimmed'} data-testid="line-available">
      {t('stockLines.available', { quantity: formatQuantity(available, company), unit: line.unitOfMeasure })}
    </Text>
  );
}

/** The product column of stock lines: SKU, name and how it is tracked. */
const productColumn = (t: TFunction<'inventory'>): LineColumn<StockLineValues> => ({
  header: t('columns.product'),
  cell: (line) => (
    <ProductCell
      sku={line.sku}
      name={
        line.tracking === 'none'
          ? line.productName
          : t(line.tracking === 'lot' ? 'stockLines.byLot' : 'stockLines.bySerial', { name: line.productName })
      }
    />
  ),
});

interface StockLinesGridProps {
  lines: StockLineValues[];
  columns: LineColumn<StockLineValues>[];
  onAdd: (product: Product) => void;
  onRemove: (index: number) => void;
  error?: string | null;
  minWidth?: number;
}

/** Lines of a stock document: a product search to add one, a row per line, a bin to remove it. */
export function StockLinesGrid({ lines, columns, onAdd, onRemove, error, minWidth }: StockLinesGridProps) {
  const { t } = useTranslation('inventory');
  return (
    <LinesGrid
      lines={lines}
      columns={[productColumn(t), ...columns]}
      lineTestId="stock-line"
      adder={<ProductPicker onPick={onAdd} error={error} />}
      onRemove={onRemove}
      removeLabel={(line) => t('stockLines.remove', { sku: line.sku })}
      empty={t('stockLines.empty')}
      minWidth={minWidth}
    />
  );
}
