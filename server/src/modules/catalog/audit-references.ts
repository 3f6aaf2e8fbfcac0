import { defineAuditReferences } from '../../platform/audit/references.ts';
import { productCategories, products } from './schema.ts';

defineAuditReferences(
  {
    kind: 'product',
    table: products,
    tenantId: products.tenantId,
    id: products.id,
    label: products.sku,
    search: {
      permission: 'catalog.product.read',
      matches: [products.sku, products.name, products.barcode],
      detail: products.name,
    },
  },
  {
    kind: 'product_category',
    table: productCategories,
    tenantId: productCategories.tenantId,
    id: productCategories.id,
    label: productCategories.name,
  },
);
