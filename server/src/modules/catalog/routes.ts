import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { TenantContext } from '../../db/database.ts';
import { NotFound } from '../../platform/errors.ts';
import { EXPORT_ROW_LIMIT, exportFormat, sendExport } from '../../platform/export/export.ts';
import { access } from '../../platform/http/access.ts';
import { pageQuery } from '../../platform/http/pagination.ts';
import { booleanQuery, idParams, iso, optionalText, text, timestampOut } from '../../platform/http/schemas.ts';
import { decimalInput, decimalOut } from '../../platform/money.ts';
import { createCategory } from './commands/create-category.ts';
import { createProduct } from './commands/create-product.ts';
import { deleteProduct } from './commands/delete-product.ts';
import { updateProduct } from './commands/update-product.ts';
import type { ProductStock } from './product-stock.ts';
import {
  getProduct,
  listAllProducts,
  listCategories,
  listProducts,
  listUnitsOfMeasure,
  type ProductRow,
  productSorts,
} from './queries/product-queries.ts';
import { costingMethods, productTypes, trackingModes } from './schema.ts';

const ProductOut = z
  .object({
    id: z.uuid(),
    sku: z.string(),
    name: z.string(),
    description: z.string().nullable(),
    type: z.enum(productTypes),
    categoryId: z.uuid().nullable(),
    categoryName: z.string().nullable(),
    unitOfMeasure: z.string(),
    uomDecimals: z.number().int().describe('Decimal places a quantity of this product may have'),
    salePrice: decimalOut,
    standardCost: decimalOut,
    costingMethod: z.enum(costingMethods),
    tracking: z.enum(trackingModes),
    reorderPoint: decimalOut,
    reorderQuantity: decimalOut,
    barcode: z.string().nullable(),
    active: z.boolean(),
    onHand: decimalOut,
    reserved: decimalOut,
    available: decimalOut.describe('On hand minus reserved'),
    createdAt: timestampOut,
    updatedAt: timestampOut,
  })
  .meta({ id: 'Product' });

const productFields = {
  sku: text(64),
  name: text(200),
  description: optionalText(2000).nullable(),
  type: z.enum(productTypes),
  categoryId: z.uuid().nullable(),
  unitOfMeasure: text(16).describe('Unit code, e.g. `pcs`, `kg`'),
  salePrice: decimalInput(),
  standardCost: decimalInput(),
  costingMethod: z.enum(costingMethods),
  tracking: z.enum(trackingModes),
  reorderPoint: decimalInput(),
  reorderQuantity: decimalInput(),
  barcode: text(64).nullable(),
};

const ProductCreate = z.strictObject({
  ...productFields,
  categoryId: productFields.categoryId.optional(),
  description: productFields.description.optional(),
  barcode: productFields.barcode.optional(),
  type: productFields.type.default('finished_good'),
  unitOfMeasure: productFields.unitOfMeasure.default('pcs'),
  salePrice: productFields.salePrice.default('0'),
  standardCost: productFields.standardCost.default('0'),
  costingMethod: productFields.costingMethod.default('average'),
  tracking: productFields.tracking.default('none'),
  reorderPoint: productFields.reorderPoint.default('0'),
  reorderQuantity: productFields.reorderQuantity.default('0'),
  openingStock: z
    .strictObject({
      quantity: decimalInput({ sign: 'positive' }),
      unitCost: decimalInput().optional().describe('Defaults to the standard cost'),
      warehouseId: z.uuid().optional().describe('Defaults to the company’s default warehouse'),
    })
    .optional()
    .describe('Posts an opening stock adjustment into the warehouse'),
});

const ProductPatch = z
  .strictObject(productFields)
  .partial()
  .extend({ active: z.boolean().optional().describe('false deactivates the product') });

const ProductListQuery = z.object({
  q: z.string().trim().max(100).optional().describe('Matches SKU or name (contains) or barcode (exact)'),
  categoryId: z.uuid().optional(),
  type: z.enum(productTypes).optional(),
  active: booleanQuery.optional(),
  sort: z.enum(productSorts).default('sku'),
  ...pageQuery,
});

export function registerCatalogRoutes(app: FastifyInstance, stock: ProductStock): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['Products'];

  const withFigures = async (ctx: TenantContext, rows: ProductRow[]) => {
    const figures = await stock.figures(
      ctx,
      rows.map((row) => row.id),
    );
    return rows.map((row) => ({
      ...row,
      createdAt: iso(row.createdAt),
      updatedAt: iso(row.updatedAt),
      ...(figures.get(row.id) ?? { onHand: '0', reserved: '0', available: '0' }),
    }));
  };

  r.get('/api/products', {
    config: { access: access.tenant('catalog.product.read') },
    schema: {
      tags,
      summary: 'List products with their stock figures',
      querystring: ProductListQuery,
      response: { 200: z.object({ items: z.array(ProductOut), nextCursor: z.string().nullable() }) },
    },
    handler: (request) =>
      request.withTenant(async (ctx) => {
        const page = await listProducts(ctx, request.query);
        return { items: await withFigures(ctx, page.items), nextCursor: page.nextCursor };
      }),
  });

  r.get('/api/products/export', {
    config: { access: access.tenant('catalog.product.read') },
    schema: {
      tags,
      summary: 'Export the product list, with the same filters, as CSV or XLSX',
      querystring: ProductListQuery.omit({ sort: true, cursor: true, limit: true }).extend({ format: exportFormat }),
      produces: ['text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
      response: { 200: z.string().describe('The file') },
    },
    handler: async (request, reply) => {
      const { format, ...filter } = request.query;
      const rows = await request.withTenant(async (ctx) =>
        withFigures(ctx, await listAllProducts(ctx, filter, EXPORT_ROW_LIMIT)),
      );
      return sendExport(
        reply,
        format,
        'products',
        [
          { header: 'columns.sku', value: (p) => p.sku },
          { header: 'columns.name', value: (p) => p.name, width: 32 },
          { header: 'columns.type', value: (p) => p.type, codes: 'productType' },
          { header: 'columns.category', value: (p) => p.categoryName },
          { header: 'columns.unit', value: (p) => p.unitOfMeasure, width: 8 },
          { header: 'columns.salePrice', value: (p) => Number(p.salePrice) },
          { header: 'columns.standardCost', value: (p) => Number(p.standardCost) },
          { header: 'columns.onHand', value: (p) => Number(p.onHand) },
          { header: 'columns.reserved', value: (p) => Number(p.reserved) },
          { header: 'columns.available', value: (p) => Number(p.available) },
          { header: 'columns.reorderPoint', value: (p) => Number(p.reorderPoint) },
          { header: 'columns.barcode', value: (p) => p.barcode },
          { header: 'columns.active', value: (p) => (p.active ? 'yes' : 'no'), codes: 'yesNo', width: 8 },
        ],
        rows,
        'exports.products',
      );
    },
  });

  r.post('/api/products', {
    config: { access: access.tenant('catalog.product.create') },
    schema: {
      tags,
      summary: 'Create a product, optionally with opening stock',
      body: ProductCreate,
      response: { 201: ProductOut },
    },
    handler: async (request, reply) => {
      const product = await request.withTenant(async (ctx) => {
        const created = await createProduct(ctx, request.body, stock);
        return (await withFigures(ctx, [created]))[0]!;
      });
      return reply.code(201).send(product);
    },
  });

  r.get('/api/products/:id', {
    config: { access: access.tenant('catalog.product.read') },
    schema: { tags, summary: 'A product with its stock figures', params: idParams, response: { 200: ProductOut } },
    handler: (request) =>
      request.withTenant(async (ctx) => {
        const product = await getProduct(ctx, request.params.id);
        if (!product) throw new NotFound('Product', request.params.id);
        return (await withFigures(ctx, [product]))[0]!;
      }),
  });

  r.patch('/api/products/:id', {
    config: { access: access.tenant('catalog.product.update') },
    schema: {
      tags,
      summary: 'Change a product, or deactivate it (`active: false`)',
      description: 'Once a product has stock moves, its unit of measure, type and tracking cannot change.',
      params: idParams,
      body: ProductPatch,
      response: { 200: ProductOut },
    },
    handler: (request) =>
      request.withTenant(async (ctx) => {
        const product = await updateProduct(ctx, request.params.id, request.body, stock);
        return (await withFigures(ctx, [product]))[0]!;
      }),
  });

  r.delete('/api/products/:id', {
    config: { access: access.tenant('catalog.product.delete') },
    schema: {
      tags,
      summary: 'Delete a product that was never used',
      description: 'A product with stock moves or on documents answers 409 `product_in_use`: deactivate it instead.',
      params: idParams,
      response: { 204: z.undefined() },
    },
    handler: async (request, reply) => {
      await request.withTenant((ctx) => deleteProduct(ctx, request.params.id));
      return reply.code(204).send();
    },
  });

  const Category = z
    .object({ id: z.uuid(), name: z.string(), parentId: z.uuid().nullable() })
    .meta({ id: 'ProductCategory' });

  r.get('/api/product-categories', {
    config: { access: access.tenant('catalog.product.read') },
    schema: { tags, summary: 'Product categories', response: { 200: z.object({ items: z.array(Category) }) } },
    handler: (request) => request.withTenant(async (ctx) => ({ items: await listCategories(ctx) })),
  });

  r.post('/api/product-categories', {
    config: { access: access.tenant('catalog.category.manage') },
    schema: {
      tags,
      summary: 'Create a product category',
      body: z.strictObject({ name: text(100), parentId: z.uuid().optional() }),
      response: { 201: Category },
    },
    handler: async (request, reply) =>
      reply.code(201).send(await request.withTenant((ctx) => createCategory(ctx, request.body))),
  });

  r.get('/api/units-of-measure', {
    config: { access: access.tenant('catalog.product.read') },
    schema: {
      tags,
      summary: 'Units of measure and the decimal places their quantities may have',
      response: {
        200: z.object({
          items: z.array(z.object({ id: z.uuid(), code: z.string(), name: z.string(), decimals: z.number().int() })),
        }),
      },
    },
    handler: (request) => request.withTenant(async (ctx) => ({ items: await listUnitsOfMeasure(ctx) })),
  });
}
