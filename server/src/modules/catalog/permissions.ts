import { definePermissions } from '../../platform/permissions/permissions.ts';

export const catalogPermissions = definePermissions('catalog', {
  'catalog.product.read': 'See products, their prices and stock figures',
  'catalog.product.create': 'Create products',
  'catalog.product.update': 'Change and deactivate products',
  'catalog.product.delete': 'Delete products that were never used',
  'catalog.category.manage': 'Create product categories',
});
