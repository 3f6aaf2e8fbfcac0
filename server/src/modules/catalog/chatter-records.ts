import { sql } from 'drizzle-orm';
import { defineChatterRecords } from '../../platform/chatter/record-types.ts';
import { products } from './schema.ts';

defineChatterRecords({
  type: 'product',
  label: 'Product',
  readPermission: 'catalog.product.read',
  table: products,
  tenantId: products.tenantId,
  id: products.id,
  title: sql`${products.sku} || ' · ' || ${products.name}`,
  link: (id) => `/products/${id}`,
  wording: { 'product.created': 'Created the product', 'product.updated': 'Changed the product' },
});
