import { defineImportKind } from '../../platform/imports/import-kind.ts';
import { checkProductImport, commitProductImport, type ImportedProduct } from './commands/import-products.ts';
import { costingMethods, productTypes, trackingModes } from './schema.ts';

/** Products from a spreadsheet, upserted by SKU (case-insensitive, as the unique index folds it). */
export const productImport = defineImportKind<ImportedProduct>({
  name: 'products',
  permission: 'catalog.product.create',
  updatePermission: 'catalog.product.update',
  keyColumn: 'sku',
  columns: [
    {
      name: 'sku',
      aliases: ['code', 'item code', 'kode', 'kode barang', 'product code'],
      required: true,
      example: 'BOLT-M8',
    },
    {
      name: 'name',
      aliases: ['product', 'product name', 'nama', 'nama barang', 'description name'],
      required: true,
      example: 'Bolt M8 x 40',
    },
    { name: 'type', aliases: ['product type', 'jenis', 'tipe'], example: 'finished_good' },
    { name: 'category', aliases: ['category name', 'kategori', 'group'], example: 'Fasteners' },
    { name: 'unitOfMeasure', aliases: ['unit', 'uom', 'satuan'], example: 'pcs' },
    {
      name: 'salePrice',
      aliases: ['price', 'sale price', 'selling price', 'harga', 'harga jual'],
      example: '1250000.50',
      number: true,
    },
    {
      name: 'standardCost',
      aliases: ['cost', 'standard cost', 'harga pokok', 'biaya'],
      example: '900000',
      number: true,
    },
    {
      name: 'reorderPoint',
      aliases: ['reorder point', 'min stock', 'minimum stock', 'stok minimum'],
      example: '10',
      number: true,
    },
    {
      name: 'reorderQuantity',
      aliases: ['reorder quantity', 'reorder qty', 'order quantity'],
      example: '50',
      number: true,
    },
    { name: 'costingMethod', aliases: ['costing', 'costing method', 'metode biaya'], example: 'average' },
    { name: 'tracking', aliases: ['tracking mode', 'lot tracking'], example: 'none' },
    { name: 'barcode', aliases: ['ean', 'gtin', 'kode batang'], example: '' },
    { name: 'description', aliases: ['notes', 'keterangan', 'deskripsi'], example: '' },
  ],
  parseRow: (cells) => ({
    sku: cells.text('sku', { required: true, max: 64 }) ?? '',
    name: cells.text('name', { required: true, max: 200 }) ?? '',
    type: cells.choice('type', productTypes) ?? null,
    category: cells.text('category', { max: 200 }) ?? null,
    unitOfMeasure: cells.text('unitOfMeasure', { max: 16 }) ?? null,
    salePrice: cells.decimal('salePrice') ?? null,
    standardCost: cells.decimal('standardCost') ?? null,
    reorderPoint: cells.decimal('reorderPoint') ?? null,
    reorderQuantity: cells.decimal('reorderQuantity') ?? null,
    costingMethod: cells.choice('costingMethod', costingMethods) ?? null,
    tracking: cells.choice('tracking', trackingModes) ?? null,
    barcode: cells.text('barcode', { max: 64 }) ?? null,
    description: cells.text('description', { max: 2000 }) ?? null,
  }),
  naturalKey: (product) => product.sku.toLowerCase(),
  check: checkProductImport,
  commit: commitProductImport,
});
