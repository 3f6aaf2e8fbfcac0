import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas, unwrap } from '../../api/client.ts';
import type { paths } from '../../api/schema.d.ts';
import { saveDownload } from '../../ui/download.ts';
import type { ExportFormat } from '../../ui/ExportMenu.tsx';
import { useKeysetList } from '../../ui/keyset-list.ts';

export type Product = Schemas['Product'];
export type ProductType = Product['type'];
export type NewProduct = paths['/api/products']['post']['requestBody']['content']['application/json'];
export type ProductChange = paths['/api/products/{id}']['patch']['requestBody']['content']['application/json'];
type ProductQuery = NonNullable<paths['/api/products']['get']['parameters']['query']>;
export type ProductFilters = Pick<ProductQuery, 'q' | 'categoryId' | 'type' | 'active' | 'sort'>;

const productsKey = ['products'] as const;
const productKey = (id: string) => [...productsKey, 'detail', id] as const;

export const useProductList = (filters: ProductFilters) =>
  useKeysetList([...productsKey, 'list', filters], (cursor) =>
    unwrap(api.GET('/api/products', { params: { query: { ...filters, cursor, limit: 50 } } })),
  );

/** Products (of one type, when given) whose SKU or name contains the text, or whose barcode is the text: for pickers. */
export const useProductSearch = (q: string, enabled = true, type?: ProductType) =>
  useQuery({
    queryKey: [...productsKey, 'search', q, type],
    queryFn: () =>
      unwrap(api.GET('/api/products', { params: { query: { q: q || undefined, type, active: 'true', limit: 20 } } })),
    select: (page) => page.items,
    enabled,
  });

export const useProduct = (id: string) =>
  useQuery({
    queryKey: productKey(id),
    queryFn: () => unwrap(api.GET('/api/products/{id}', { params: { path: { id } } })),
  });

export const exportProducts = (filters: ProductFilters, format: ExportFormat) => {
  const { sort: _sort, ...filter } = filters;
  return saveDownload(
    api.GET('/api/products/export', { params: { query: { ...filter, format } }, parseAs: 'blob' }),
    `products.${format}`,
  );
};

export const useCategories = () =>
  useQuery({
    queryKey: ['product-categories'],
    queryFn: () => unwrap(api.GET('/api/product-categories')),
    select: (answer) => answer.items,
  });

export const useUnitsOfMeasure = () =>
  useQuery({
    queryKey: ['units-of-measure'],
    queryFn: () => unwrap(api.GET('/api/units-of-measure')),
    select: (answer) => answer.items,
    staleTime: Number.POSITIVE_INFINITY,
  });

export function useCreateCategory() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => unwrap(api.POST('/api/product-categories', { body: { name } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['product-categories'] }),
  });
}

/** Products, their stock and their history all change together. */
function useRefreshProducts() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: productsKey }),
      queryClient.invalidateQueries({ queryKey: ['inventory'] }),
      queryClient.invalidateQueries({ queryKey: ['audit', 'product'] }),
      queryClient.invalidateQueries({ queryKey: ['dashboard'] }),
    ]);
}

export function useCreateProduct() {
  const refresh = useRefreshProducts();
  return useMutation({
    mutationFn: (product: NewProduct) => unwrap(api.POST('/api/products', { body: product })),
    onSuccess: refresh,
  });
}

export function useUpdateProduct(id: string) {
  const refresh = useRefreshProducts();
  return useMutation({
    mutationFn: (change: ProductChange) =>
      unwrap(api.PATCH('/api/products/{id}', { params: { path: { id } }, body: change })),
    onSuccess: refresh,
  });
}

export function useDeleteProduct(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.DELETE('/api/products/{id}', { params: { path: { id } } })),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: productKey(id) });
      return queryClient.invalidateQueries({ queryKey: productsKey });
    },
  });
}
