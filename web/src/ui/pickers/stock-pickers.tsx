import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Product, useProductSearch } from '../../modules/catalog/index.ts';
import {
  isVirtualLocation,
  type Location,
  useLocations,
  useProductById,
  useWarehouses,
} from '../../modules/inventory/index.ts';
import { type PickerProps, RecordSelect } from './RecordSelect.tsx';

/** Pick an active product by SKU, name or barcode; the server does the searching. */
export function ProductSelect({
  value,
  onProduct,
  stockedOnly = true,
  ...props
}: PickerProps & { onProduct?: (product: Product | null) => void; stockedOnly?: boolean }) {
  const { t } = useTranslation('ui');
  const [query, setQuery] = useState('');
  const found = useProductSearch(query);
  const chosen = useProductById(value);
  return (
    <RecordSelect
      clearable
      records={found.data?.filter((p) => !stockedOnly || p.type !== 'service')}
      chosen={chosen.data}
      onSearch={setQuery}
      onRecord={onProduct}
      loading={found.isFetching}
      labelOf={(p) => `${p.sku} · ${p.name}`}
      nothingFound={t('pickers.noProduct')}
      value={value}
      {...props}
    />
  );
}

export function WarehouseSelect({ value, ...props }: PickerProps) {
  const { t } = useTranslation('ui');
  const warehouses = useWarehouses();
  return (
    <RecordSelect
      records={warehouses.data?.filter((w) => w.active || w.id === value)}
      labelOf={(w) => `${w.code} · ${w.name}`}
      loading={warehouses.isFetching}
      nothingFound={t('pickers.noWarehouse')}
      value={value}
      {...props}
    />
  );
}

const ownActive = (l: Location) => l.active && !isVirtualLocation(l.code);

/** Locations grouped by warehouse, by code; active stock locations of any warehouse unless `include` says. */
export function LocationSelect({
  value,
  include = ownActive,
  ...props
}: PickerProps & { include?: (location: Location) => boolean }) {
  const { t } = useTranslation('ui');
  const locations = useLocations();
  const warehouses = useWarehouses();
  const codeOf = new Map((warehouses.data ?? []).map((w) => [w.id, w.code]));
  return (
    <RecordSelect
      records={locations.data?.filter((l) => include(l) || l.id === value)}
      labelOf={(l) => `${l.code} · ${l.name}`}
      groupOf={(l) => (l.warehouseId ? (codeOf.get(l.warehouseId) ?? t('pickers.warehouse')) : t('pickers.virtual'))}
      loading={locations.isFetching}
      nothingFound={t('pickers.noLocation')}
      value={value}
      {...props}
    />
  );
}
