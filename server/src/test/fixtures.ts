import { randomBytes } from 'node:crypto';
import { expect } from 'vitest';
import type { TestApi } from './test-api.ts';

const suffix = () => randomBytes(3).toString('hex').toUpperCase();

export interface Actor {
  token: string;
  tenantId: string;
}

async function ok(response: Promise<{ status: number; body: any }>, status = 201) {
  const r = await response;
  expect(r.status, JSON.stringify(r.body)).toBe(status);
  return r.body;
}

/** A product; with `stock`, posted as opening stock into the default warehouse. */
export function createProduct(
  api: TestApi,
  as: Actor,
  fields: { stock?: string; salePrice?: string; unitOfMeasure?: string; type?: string; [key: string]: unknown } = {},
) {
  const { stock, ...rest } = fields;
  return ok(
    api.post(
      '/api/products',
      {
        sku: `SKU-${suffix()}`,
        name: `Product ${suffix()}`,
        salePrice: '10',
        standardCost: '6',
        ...rest,
        ...(stock ? { openingStock: { quantity: stock } } : {}),
      },
      { token: as.token },
    ),
  );
}

export function createCustomer(api: TestApi, as: Actor, fields: Record<string, unknown> = {}) {
  return ok(
    api.post('/api/customers', { code: `C-${suffix()}`, name: `Customer ${suffix()}`, ...fields }, { token: as.token }),
  );
}

export function createOrder(
  api: TestApi,
  as: Actor,
  customerId: string,
  lines: Array<{ productId: string; quantity: string; [key: string]: unknown }>,
  extra: Record<string, unknown> = {},
) {
  return ok(api.post('/api/sales-orders', { customerId, lines, ...extra }, { token: as.token }));
}

export async function stockOf(api: TestApi, as: Actor, productId: string) {
  const product = await ok(api.get(`/api/products/${productId}`, { token: as.token }), 200);
  return { onHand: product.onHand, reserved: product.reserved, available: product.available };
}
