import { Badge, Group, Select, Text, Tooltip } from '@mantine/core';
import { IconAlertTriangle, IconPackage, IconPlus } from '@tabler/icons-react';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import type { DataTableColumn } from 'mantine-datatable';
import { useActiveCompany, useCan } from '../../app/me.ts';
import { ActiveFilter, activeParamOf } from '../../ui/ActiveFilter.tsx';
import { AnchorLink } from '../../ui/AnchorLink.tsx';
import { ButtonLink } from '../../ui/ButtonLink.tsx';
import { ExportMenu } from '../../ui/ExportMenu.tsx';
import { formatMoney, formatQuantity } from '../../ui/format.ts';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { RecordTable } from '../../ui/RecordTable.tsx';
import { SearchInput } from '../../ui/SearchInput.tsx';
import { sortParamOf, sortStatusOf } from '../../ui/sorting.ts';
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

function useColumns(): DataTableColumn<Product>[] {
  const company = useActiveCompany();
  const stock = (value: (p: Product) => string) => (p: Product) =>
    isStocked(p) ? formatQuantity(value(p), company) : <Text c="dimmed">—</Text>;
  return [
    {
      accessor: 'sku',
      title: 'SKU',
      sortable: true,
      noWrap: true,
      render: (p) => (
        <AnchorLink to="/products/$productId" params={{ productId: p.id }} fw={600} ff="monospace" fz="sm">
          {p.sku}
        </AnchorLink>
      ),
    },
    {
      accessor: 'name',
      sortable: true,
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
  const filters = productFilters(search);
  const list = useProductList(filters);
  const categories = useCategories();
  const columns = useColumns();
  const canCreate = useCan('catalog.product.create');
  const filter = (change: Partial<ProductListSearch>) =>
    void navigate({ search: (previous) => ({ ...previous, ...change }), replace: true });

  return (
    <>
      <PageHeader
        title="Products"
        description="Goods and services you sell, make or buy, with their stock."
        actions={
          <>
            <ExportMenu download={(format) => exportProducts(filters, format)} />
            {canCreate && (
              <ButtonLink to="/products/new" leftSection={<IconPlus size={16} />}>
                New product
              </ButtonLink>
            )}
          </>
        }
      />
      <Group gap="sm" mb="sm" align="flex-end">
        <SearchInput
          label="Search products"
          placeholder="SKU, name or barcode"
          value={search.q}
          onSearch={(q) => filter({ q })}
        />
        <Select
          aria-label="Category"
          placeholder="All categories"
          w={180}
          clearable
          data={categories.data?.map((c) => ({ value: c.id, label: c.name })) ?? []}
          value={search.categoryId ?? null}
          onChange={(categoryId) => filter({ categoryId: categoryId ?? undefined })}
        />
        <Select
          aria-label="Type"
          placeholder="All types"
          w={160}
          clearable
          data={productTypeOptions}
          value={search.type ?? null}
          onChange={(type) => filter({ type: (type as ProductListSearch['type']) ?? undefined })}
        />
        <ActiveFilter value={search.status} onChange={(status) => filter({ status })} />
      </Group>
      <RecordTable
        list={list}
        columns={columns}
        noun="products"
        rowTestId="product-row"
        empty={{
          icon: <IconPackage size={24} />,
          title: 'No products found',
          description: 'Change the filters, or create a product.',
        }}
        sortStatus={sortStatusOf(filters.sort ?? 'sku')}
        onSortStatusChange={(status) => filter({ sort: sortParamOf(status, productSorts) })}
        onRowClick={(p) => void navigate({ to: '/products/$productId', params: { productId: p.id } })}
      />
    </>
  );
}
