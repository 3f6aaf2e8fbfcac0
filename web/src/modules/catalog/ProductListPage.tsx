import { Badge, Group, Text, Tooltip } from '@mantine/core';
import { IconAlertTriangle, IconPackage, IconPlus } from '@tabler/icons-react';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import type { DataTableColumn } from 'mantine-datatable';
import { useTranslation } from 'react-i18next';
import { useActiveCompany, useCan } from '../../app/me.ts';
import { activeParamOf } from '../../ui/ActiveFilter.tsx';
import { AnchorLink } from '../../ui/AnchorLink.tsx';
import { ButtonLink } from '../../ui/ButtonLink.tsx';
import { formatMoney, formatQuantity } from '../../ui/format.ts';
import { ListPage } from '../../ui/list/ListPage.tsx';
import type { ListFilter } from '../../ui/list/list-filters.ts';
import { PrintLabels } from '../../ui/PrintLabels.tsx';
import { exportProducts, type Product, type ProductFilters, useCategories, useProductList } from './catalog-api.ts';
import { isBelowReorderPoint, isStocked, productTypeOptions } from './product-labels.ts';
import { type ProductListSearch, productSorts } from './routes.ts';

const route = getRouteApi('/shell/products');

const productFilters = (search: ProductListSearch): ProductFilters => ({
  q: search.q,
  categoryId: search.categoryId,
  type: search.type,
  active: activeParamOf(search.status),
  sort: search.sort ?? 'sku',
});

function AvailableStock({ product }: { product: Product }) {
  const company = useActiveCompany();
  const { t } = useTranslation('catalog');
  if (!isStocked(product)) return <Text c="dimmed">—</Text>;
  const low = isBelowReorderPoint(product);
  return (
    <Group gap={4} justify="flex-end" wrap="nowrap" c={low ? 'red' : undefined} fw={600}>
      {low && (
        <Tooltip
          label={t('productList.belowReorderPointOf', { quantity: formatQuantity(product.reorderPoint, company) })}
        >
          <IconAlertTriangle size={14} aria-label={t('productList.belowReorderPoint')} />
        </Tooltip>
      )}
      <span data-testid="available">{formatQuantity(product.available, company)}</span>
    </Group>
  );
}

function ProductSku({ product }: { product: Product }) {
  return (
    <AnchorLink to="/products/$productId" params={{ productId: product.id }} fw={600} ff="monospace" fz="sm">
      {product.sku}
    </AnchorLink>
  );
}

function useColumns(): DataTableColumn<Product>[] {
  const company = useActiveCompany();
  const { t } = useTranslation('catalog');
  const stock = (value: (p: Product) => string) => (p: Product) =>
    isStocked(p) ? formatQuantity(value(p), company) : <Text c="dimmed">—</Text>;
  return [
    { accessor: 'sku', title: t('productList.columns.sku'), noWrap: true, render: (p) => <ProductSku product={p} /> },
    {
      accessor: 'name',
      title: t('productList.columns.name'),
      render: (p) => (
        <Group gap={6} wrap="nowrap">
          <Text size="sm">{p.name}</Text>
          {!p.active && (
            <Badge size="xs" color="gray" variant="outline">
              {t('inactive')}
            </Badge>
          )}
        </Group>
      ),
    },
    { accessor: 'categoryName', title: t('productList.columns.category'), render: (p) => p.categoryName ?? '—' },
    { accessor: 'type', title: t('productList.columns.type'), render: (p) => t(`productType.${p.type}`) },
    {
      accessor: 'salePrice',
      title: t('productList.columns.salePrice'),
      textAlign: 'right',
      noWrap: true,
      render: (p) => formatMoney(p.salePrice, company),
    },
    { accessor: 'unitOfMeasure', title: t('productList.columns.unit') },
    { accessor: 'onHand', title: t('productList.columns.onHand'), textAlign: 'right', render: stock((p) => p.onHand) },
    {
      accessor: 'reserved',
      title: t('productList.columns.reserved'),
      textAlign: 'right',
      render: stock((p) => p.reserved),
    },
    {
      accessor: 'available',
      title: t('productList.columns.available'),
      textAlign: 'right',
      render: (p) => <AvailableStock product={p} />,
    },
  ];
}

export function ProductListPage() {
  const search = route.useSearch();
  const navigate = useNavigate({ from: '/products' });
  const company = useActiveCompany();
  const filter = productFilters(search);
  const list = useProductList(filter);
  const categories = useCategories();
  const canCreate = useCan('catalog.product.create');
  const { t } = useTranslation('catalog');
  const filters: ListFilter[] = [
    {
      kind: 'select',
      key: 'categoryId',
      label: t('productList.filters.category'),
      placeholder: t('productList.filters.allCategories'),
      width: 180,
      options: categories.data?.map((c) => ({ value: c.id, label: c.name })) ?? [],
    },
    {
      kind: 'select',
      key: 'type',
      label: t('productList.filters.type'),
      placeholder: t('productList.filters.allTypes'),
      options: productTypeOptions(t),
    },
    { kind: 'active', key: 'status', label: t('productList.filters.status') },
  ];
  const newProduct = canCreate && (
    <ButtonLink to="/products/new" leftSection={<IconPlus size={16} />}>
      {t('productList.newProduct')}
    </ButtonLink>
  );

  return (
    <ListPage
      listId="products"
      title={t('productList.title')}
      description={t('productList.description')}
      actions={newProduct}
      search={search}
      searchBox={{
        key: 'q',
        label: t('productList.searchLabel'),
        placeholder: t('productList.searchPlaceholder'),
        width: 260,
      }}
      filters={filters}
      list={list}
      columns={useColumns()}
      sorts={productSorts}
      defaultSort="sku"
      onOpen={(p) => void navigate({ to: '/products/$productId', params: { productId: p.id } })}
      card={(p) => ({
        number: <ProductSku product={p} />,
        party: p.name,
        state: isStocked(p) ? <AvailableStock product={p} /> : t(`productType.${p.type}`),
        amount: formatMoney(p.salePrice, company),
      })}
      exportList={(format) => exportProducts(filter, format)}
      bulkActions={(selected) => <PrintLabels kind="product" ids={selected.map((p) => p.id)} compact />}
      noun={t('productList.noun')}
      rowTestId="product-row"
      empty={{
        icon: <IconPackage size={24} />,
        title: t('productList.emptyTitle'),
        description: t('productList.emptyDescription'),
        action: canCreate && (
          <ButtonLink to="/products/new" variant="light">
            {t('productList.createFirst')}
          </ButtonLink>
        ),
      }}
    />
  );
}
