import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { shellRoute } from '../../app/root-routes.ts';
import { searchChoice, searchText } from '../../app/search-params.ts';
import { type ActiveFilterValue, activeFilterChoices } from '../../ui/ActiveFilter.tsx';
import { productTypes } from './product-labels.ts';

export const productSorts = ['sku', '-sku', 'name', '-name', 'createdAt', '-createdAt'] as const;

export interface ProductListSearch {
  q?: string;
  categoryId?: string;
  type?: (typeof productTypes)[number];
  /** Active products unless told otherwise. */
  status?: ActiveFilterValue;
  sort?: (typeof productSorts)[number];
}

const productListRoute = createRoute({
  getParentRoute: () => shellRoute,
  path: '/products',
  staticData: { permission: 'catalog.product.read' },
  validateSearch: (search): ProductListSearch => ({
    q: searchText(search.q),
    categoryId: searchText(search.categoryId),
    type: searchChoice(search.type, productTypes),
    status: searchChoice(search.status, activeFilterChoices),
    sort: searchChoice(search.sort, productSorts),
  }),
  component: lazyRouteComponent(() => import('./ProductListPage.tsx'), 'ProductListPage'),
});

const newProductRoute = createRoute({
  getParentRoute: () => shellRoute,
  path: '/products/new',
  staticData: { permission: 'catalog.product.create' },
  component: lazyRouteComponent(() => import('./ProductFormPage.tsx'), 'NewProductPage'),
});

const productRoute = createRoute({
  getParentRoute: () => shellRoute,
  path: '/products/$productId',
  staticData: { permission: 'catalog.product.read' },
  component: lazyRouteComponent(() => import('./ProductPage.tsx'), 'ProductPage'),
});

const editProductRoute = createRoute({
  getParentRoute: () => shellRoute,
  path: '/products/$productId/edit',
  staticData: { permission: 'catalog.product.update' },
  component: lazyRouteComponent(() => import('./ProductFormPage.tsx'), 'EditProductPage'),
});

export const catalogRoutes = [productListRoute, newProductRoute, productRoute, editProductRoute];
