import type { TenantContext } from '../db/database.ts';
import { createCategory, createProduct, type NewProduct } from '../modules/catalog/index.ts';
import { addDays, type DemoBusiness, DemoRandom, daysBetween } from '../modules/demo-history.ts';
import { modules } from '../modules/index.ts';
import { postAdjustment, productStock } from '../modules/inventory/index.ts';
import { createCustomer } from '../modules/partners/index.ts';
import { changeLetterhead } from '../platform/settings/company-letterhead.ts';
import { companyToday } from '../platform/tenancy/company-calendar.ts';

type DemoProductFields = Omit<
  NewProduct,
  'categoryId' | 'costingMethod' | 'tracking' | 'reorderQuantity' | 'openingStock'
> & {
  category: string;
  /** Opening stock on the first day of the history. */
  stock?: string;
  reorderQuantity?: string;
  lateSupplier?: boolean;
};

const products: DemoProductFields[] = [
  {
    sku: 'KOPI-ARB-250',
    name: 'Kopi Arabika Gayo 250 g',
    type: 'finished_good',
    category: 'Coffee',
    unitOfMeasure: 'pcs',
    salePrice: '85000',
    standardCost: '52000',
    reorderPoint: '70',
    reorderQuantity: '200',
    stock: '260',
    barcode: '8991234500017',
  },
  {
    sku: 'KOPI-ROB-250',
    name: 'Kopi Robusta Lampung 250 g',
    type: 'finished_good',
    category: 'Coffee',
    unitOfMeasure: 'pcs',
    salePrice: '65000',
    standardCost: '38000',
    reorderPoint: '60',
    reorderQuantity: '180',
    stock: '240',
    barcode: '8991234500024',
  },
  {
    sku: 'KOPI-ARB-1KG',
    name: 'Kopi Arabika Gayo 1 kg',
    type: 'finished_good',
    category: 'Coffee',
    unitOfMeasure: 'pcs',
    salePrice: '310000',
    standardCost: '196000',
    reorderPoint: '50',
    reorderQuantity: '150',
    stock: '200',
  },
  {
    sku: 'TEH-MLT-100',
    name: 'Teh Melati 100 g',
    type: 'finished_good',
    category: 'Tea',
    unitOfMeasure: 'pcs',
    salePrice: '25000',
    standardCost: '14000',
    reorderPoint: '50',
    reorderQuantity: '150',
    stock: '200',
    lateSupplier: true,
  },
  {
    sku: 'GULA-AREN-500',
    name: 'Gula Aren 500 g',
    type: 'finished_good',
    category: 'Sweeteners',
    unitOfMeasure: 'pcs',
    salePrice: '32000',
    standardCost: '21000',
    reorderPoint: '50',
    reorderQuantity: '150',
    stock: '200',
  },
  {
    sku: 'KRP-SING-200',
    name: 'Keripik Singkong 200 g',
    type: 'finished_good',
    category: 'Snacks',
    unitOfMeasure: 'pcs',
    salePrice: '18000',
    standardCost: '9000',
    reorderPoint: '50',
    reorderQuantity: '150',
    stock: '200',
    lateSupplier: true,
  },
  {
    sku: 'BEAN-GREEN-ARB',
    name: 'Green Arabica beans',
    type: 'raw_material',
    category: 'Raw materials',
    unitOfMeasure: 'kg',
    salePrice: '0',
    standardCost: '78000',
    reorderPoint: '200',
    reorderQuantity: '500',
    stock: '450.5',
  },
  {
    sku: 'POUCH-KRAFT-250',
    name: 'Kraft pouch with valve, 250 g',
    type: 'consumable',
    category: 'Packaging',
    unitOfMeasure: 'pcs',
    salePrice: '0',
    standardCost: '1200',
    reorderPoint: '1000',
    reorderQuantity: '5000',
    stock: '3000',
  },
  {
    sku: 'SVC-ROAST',
    name: 'Toll roasting service',
    type: 'service',
    category: 'Services',
    unitOfMeasure: 'h',
    salePrice: '250000',
    standardCost: '0',
    reorderPoint: '0',
  },
];

/** What the demo company prints on its invoices and statements. */
const demoLetterhead = {
  addressLine: 'Kawasan Industri Pulogadung\nJl. Rawa Gelam V Kav. 12',
  city: 'Jakarta Timur',
  postalCode: '13930',
  country: 'ID',
  phone: '+62 21 4600 1234',
  email: 'finance@demo.example.com',
  website: 'demo.example.com',
  taxId: '09.876.543.2-003.000',
  bankAccounts: [
    { bankName: 'Bank Central Asia (BCA)', accountNumber: '123 456 7890', accountHolder: 'Demo Manufacturing' },
    { bankName: 'Bank Mandiri', accountNumber: '070 00 1234567 8', accountHolder: 'Demo Manufacturing' },
  ],
  paymentNote: 'Please quote the invoice number as the transfer reference.',
};

const customers: Array<Parameters<typeof createCustomer>[1]> = [
  {
    code: 'C-0001',
    name: 'Toko Sumber Rejeki',
    type: 'retail' as const,
    email: 'order@sumberrejeki.co.id',
    phone: '+62 21 555 0101',
    addressLine: 'Jl. Pasar Baru No. 17',
    city: 'Jakarta Pusat',
    postalCode: '10710',
    country: 'ID',
    paymentTermsDays: 0,
    creditLimit: '5000000',
  },
  {
    code: 'C-0002',
    name: 'PT Kopi Nusantara Distribusi',
    type: 'distributor' as const,
    email: 'purchasing@kopinusantara.id',
    phone: '+62 31 555 0202',
    addressLine: 'Jl. Rungkut Industri III No. 45',
    city: 'Surabaya',
    postalCode: '60293',
    country: 'ID',
    taxId: '01.234.567.8-615.000',
    paymentTermsDays: 30,
    creditLimit: '50000000',
  },
  {
    code: 'C-0003',
    name: 'Hotel Bumi Asri',
    type: 'wholesale' as const,
    email: 'fnb@bumiasri.com',
    phone: '+62 22 555 0303',
    addressLine: 'Jl. Asia Afrika No. 81',
    city: 'Bandung',
    postalCode: '40111',
    taxId: '02.345.678.9-423.000',
    country: 'ID',
    paymentTermsDays: 14,
  },
  {
    code: 'C-0004',
    name: 'Kedai Online Mandiri',
    type: 'online' as const,
    email: 'halo@kedaimandiri.id',
    addressLine: 'Jl. Kaliurang Km 5 No. 12',
    city: 'Sleman',
    postalCode: '55281',
    country: 'ID',
    paymentTermsDays: 0,
  },
  {
    code: 'C-0005',
    name: 'CV Sinar Pagi',
    type: 'wholesale' as const,
    email: 'admin@sinarpagi.co.id',
    addressLine: 'Jl. Pandanaran No. 102',
    city: 'Semarang',
    postalCode: '50241',
    taxId: '03.456.789.0-508.000',
    country: 'ID',
    paymentTermsDays: 30,
    creditLimit: '15000000',
  },
];

/** The same day six months earlier (the month's last day when that month is shorter). */
function sixMonthsBefore(day: string): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const last = new Date(Date.UTC(year, month - 6, 0)).getUTCDate();
  return new Date(Date.UTC(year, month - 7, Math.min(date, last))).toISOString().slice(0, 10);
}

/** The company's products, opening stock and customers, on the history's first day. */
async function createMasterData(ctx: TenantContext, demo: DemoBusiness): Promise<void> {
  for (const name of new Set(products.map((p) => p.category))) {
    demo.categoryIds.set(name, (await createCategory(ctx, { name })).id);
  }
  for (const { category, stock, lateSupplier, ...fields } of products) {
    const product = await createProduct(
      ctx,
      {
        ...fields,
        categoryId: demo.categoryIds.get(category),
        costingMethod: 'average',
        tracking: 'none',
        reorderQuantity: fields.reorderQuantity ?? '0',
      },
      productStock,
    );
    if (stock) {
      await postAdjustment(
        ctx,
        { reason: 'opening_stock', adjustedOn: demo.start, lines: [{ productId: product.id, quantityChange: stock }] },
        'opening',
      );
    }
    demo.products.push({
      id: product.id,
      sku: product.sku,
      stocked: fields.type !== 'service',
      sold: fields.type === 'finished_good' || fields.type === 'service',
      standardCost: fields.standardCost,
      reorderPoint: fields.reorderPoint,
      reorderQuantity: fields.reorderQuantity ?? '0',
      lateSupplier: lateSupplier ?? false,
    });
  }
  for (const fields of customers) {
    const customer = await createCustomer(ctx, fields);
    demo.customers.push({
      id: customer.id,
      code: fields.code,
      size: fields.type === 'distributor' || fields.type === 'wholesale' ? 'large' : 'small',
      paymentTermsDays: fields.paymentTermsDays,
    });
  }
}

/**
 * A small coffee roaster and trader with six months of history up to today, made by the modules'
 * own commands: each day from the first, every module in dependency order plays its part.
 */
export async function seedDemoBusiness(ctx: TenantContext): Promise<void> {
  await changeLetterhead(ctx, demoLetterhead);
  const today = await companyToday(ctx);
  const demo: DemoBusiness = {
    today,
    start: sixMonthsBefore(addDays(today, 1)),
    random: new DemoRandom(20240611),
    products: [],
    categoryIds: new Map(),
    customers: [],
    deliveredOrders: [],
  };
  await createMasterData(ctx, demo);
  const histories = modules.flatMap((m) => (m.demoHistory ? [m.demoHistory] : []));
  for (const day of daysBetween(demo.start, today)) {
    for (const history of histories) await history.day?.(ctx, demo, day);
  }
  for (const history of histories) await history.finish?.(ctx, demo);
}
