import { Combobox, Group, Loader, Text, TextInput, useCombobox } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconBarcode } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useActiveCompany } from '../../app/me.ts';
import { isStocked, type Product, useProductSearch } from '../../modules/catalog/index.ts';
import { formatMoney, formatQuantity } from '../format.ts';

interface ProductPickerProps {
  onPick: (product: Product) => void;
  error?: string | null;
  /** Only service products: invoiced directly, without a delivery. */
  services?: boolean;
}

/** "Add product": find an active product by SKU, name or scanned barcode; Enter adds the first match. */
export function ProductPicker({ onPick, error, services = false }: ProductPickerProps) {
  const { t } = useTranslation('ui');
  const company = useActiveCompany();
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  const [search, setSearch] = useState('');
  const [query] = useDebouncedValue(search.trim(), 200);
  const found = useProductSearch(query, combobox.dropdownOpened, services ? 'service' : undefined);
  const products = found.data ?? [];

  const { selectFirstOption } = combobox;
  useEffect(() => {
    if (found.data?.length) selectFirstOption();
  }, [found.data, selectFirstOption]);

  const pick = (id: string) => {
    const product = products.find((p) => p.id === id);
    if (product) onPick(product);
    setSearch('');
    combobox.closeDropdown();
  };

  return (
    <Combobox store={combobox} onOptionSubmit={pick} withinPortal>
      <Combobox.Target>
        <TextInput
          aria-label={services ? t('pickers.addService') : t('pickers.addProduct')}
          placeholder={services ? t('pickers.servicePlaceholder') : t('pickers.productPlaceholder')}
          leftSection={<IconBarcode size={16} />}
          maxLength={100}
          rightSection={found.isFetching ? <Loader size={14} /> : null}
          value={search}
          error={error}
          onChange={(event) => {
            setSearch(event.currentTarget.value);
            combobox.openDropdown();
          }}
          onClick={() => combobox.openDropdown()}
          onFocus={() => combobox.openDropdown()}
          onBlur={() => combobox.closeDropdown()}
        />
      </Combobox.Target>
      <Combobox.Dropdown>
        <Combobox.Options mah={320} style={{ overflowY: 'auto' }}>
          {products.length === 0 && (
            <Combobox.Empty>
              {found.isFetching ? t('pickers.searching') : services ? t('pickers.noService') : t('pickers.noProduct')}
            </Combobox.Empty>
          )}
          {products.map((p) => (
            <Combobox.Option value={p.id} key={p.id} data-testid="product-option">
              <Group justify="space-between" wrap="nowrap" gap="md">
                <div>
                  <Text size="sm" fw={600} ff="monospace">
                    {p.sku}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {p.name}
                  </Text>
                </div>
                <div style={{ textAlign: 'right' }}>
                  <Text size="sm">{formatMoney(p.salePrice, company)}</Text>
                  {isStocked(p) && (
                    <Text size="xs" c={Number(p.available) > 0 ? 'dimmed' : 'red'}>
                      {t('pickers.available', {
                        quantity: formatQuantity(p.available, company),
                        unit: p.unitOfMeasure,
                      })}
                    </Text>
                  )}
                </div>
              </Group>
            </Combobox.Option>
          ))}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}
