import { Badge, Group, Text, Tooltip } from '@mantine/core';
import { IconAlertTriangle, IconPackage, IconPlus } from '@tabler/icons-react';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import type { DataTableColumn } from 'mantine-datatable';
import { useActiveCompany, useCan } from '../../app/me.ts';
import { activeParamOf } from '../../ui/ActiveFilter.tsx';
import { AnchorLink } from '../../ui/AnchorLink.tsx';
import { ButtonLink } from '../../ui/ButtonLink.tsx';
import { formatMoney, formatQuantity } from '../../ui/format.ts';
import { ListPage } from '../../ui/list/ListPage.tsx';
import type { ListFilter } from '../../ui/list/list-filters.ts';
import { exportProducts, type Product, type ProductFilters, useCategories, useProductList } from './catalog-api.ts';
import { isBelowReorderPoint, isStocked, productTypeLabels, productTypeOptions } from './product-labels.ts';
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
  if (!isStocked(product)) return <Text c="dimmed">—</Text>;
  const low = isBelowReorderPoint(product);
  return (
    <Group gap={4} justify="flex-end" wrap="nowrap" c={low ? 'red' : undefined} fw={600}>
      {low && (
        <Tooltip label={`Below the reorder point of ${formatQuantity(product.reorderPoint, company)}`}>
          <IconAlertTriangle size={14} aria-label="Below reorder point" />
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
  const stock = (value: (p: Product) => string) => (p: Product) =>
    isStocked(p) ? formatQuantity(value(p), company) : <Text c="dimmed">—</Text>;
  return [
    { accessor: 'sku', title: 'SKU', noWrap: true, render: (p) => <ProductSku product={p} /> },
    {
      accessor: 'name',
      render: (p) => (
        <Group gap={6} wrap="nowrap">
          <Text size="sm">{p.name}</Text>
          {!p.active && (
            <Badge size="xs" color="gray" variant="outline">
              Inactive
            </Badge>
          )}
        </Group>
      ),
    },
    { accessor: 'categoryName', title: 'Category', render: (p) => p.categoryName ?? '—' },
    { accessor: 'type', render: (p) => productTypeLabels[p.type] },
    {
      accessor: 'salePrice',
      title: 'Sale price',
      textAlign: 'right',
      noWrap: true,
      render: (p) => formatMoney(p.salePrice, company),
    },
    { accessor: 'unitOfMeasure', title: 'Unit' },
    { accessor: 'onHand', title: 'On hand', textAlign: 'right', render: stock((p) => p.onHand) },
    { accessor: 'reserved', textAlign: 'right', render: stock((p) => p.reserved) },
    { accessor: 'available', textAlign: 'right', render: (p) => <AvailableStock product={p} /> },
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
  const filters: ListFilter[] = [
    {
      kind: 'select',
      key: 'categoryId',
      label: 'Category',
      placeholder: 'All categories',
      width: 180,
      options: categories.data?.map((c) => ({ value: c.id, label: c.name })) ?? [],
    },
    { kind: 'select', key: 'type', label: 'Type', placeholder: 'All types', options: productTypeOptions },
    { kind: 'active', key: 'status', label: 'Status' },
  ];
  const newProduct = canCreate && (
    <ButtonLink to="/products/new" leftSection={<IconPlus size={16} />}>
      New product
    </ButtonLink>
  );

  return (
    <ListPage
      listId="products"
      title="Products"
      description="Goods and services you sell, make or buy, with their stock."
      actions={newProduct}
      search={search}
      searchBox={{ key: 'q', label: 'Search products', placeholder: 'SKU, name or barcode', width: 260 }}
      filters={filters}
      list={list}
      columns={useColumns()}
      sorts={productSorts}
      defaultSort="sku"
      onOpen={(p) => void navigate({ to: '/products/$productId', params: { productId: p.id } })}
      card={(p) => ({
        number: <ProductSku product={p} />,
        party: p.name,
        state: isStocked(p) ? <AvailableStock product={p} /> : productTypeLabels[p.type],
        amount: formatMoney(p.salePrice, company),
      })}
      exportList={(format) => exportProducts(filter, format)}
      noun="products"
      rowTestId="product-row"
      empty={{
        icon: <IconPackage size={24} />,
        title: 'No products yet',
        description: 'Create the goods and services you sell; stock and prices start from them.',
        action: canCreate && (
          <ButtonLink to="/products/new" variant="light">
            Create the first product
          </ButtonLink>
        ),
      }}
    />
  );
}
