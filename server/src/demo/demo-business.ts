import type { TenantContext } from '../db/database.ts';
import { seedAccountingDemo } from '../modules/accounting/index.ts';
import { createCategory, createProduct, type NewProduct } from '../modules/catalog/index.ts';
import { monthOf } from '../modules/dashboard/index.ts';
import { postAdjustment, productStock } from '../modules/inventory/index.ts';
import { createInvoice, postInvoice, receivePayment } from '../modules/invoicing/index.ts';
import { createCustomer } from '../modules/partners/index.ts';
import { cancelSalesOrder, confirmSalesOrder, createSalesOrder, deliverSalesOrder } from '../modules/sales/index.ts';
import { seedStockCountDemo } from '../modules/stock-counts/index.ts';
import { changeLetterhead } from '../platform/settings/company-letterhead.ts';
import { companyToday } from '../platform/tenancy/company-calendar.ts';

type DemoProduct = Omit<
  NewProduct,
  'categoryId' | 'costingMethod' | 'tracking' | 'reorderQuantity' | 'openingStock'
> & {
  category: string;
  stock?: string;
  reorderQuantity?: string;
};

const products: DemoProduct[] = [
  {
    sku: 'KOPI-ARB-250',
    name: 'Kopi Arabika Gayo 250 g',
    type: 'finished_good',
    category: 'Coffee',
    unitOfMeasure: 'pcs',
    salePrice: '85000',
    standardCost: '52000',
    reorderPoint: '40',
    reorderQuantity: '120',
    stock: '120',
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
    reorderPoint: '50',
    reorderQuantity: '150',
    stock: '200',
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
    reorderPoint: '10',
    reorderQuantity: '30',
    stock: '24',
  },
  {
    sku: 'TEH-MLT-100',
    name: 'Teh Melati 100 g',
    type: 'finished_good',
    category: 'Tea',
    unitOfMeasure: 'pcs',
    salePrice: '25000',
    standardCost: '14000',
    reorderPoint: '40',
    reorderQuantity: '100',
    stock: '35',
  },
  {
    sku: 'GULA-AREN-500',
    name: 'Gula Aren 500 g',
    type: 'finished_good',
    category: 'Sweeteners',
    unitOfMeasure: 'pcs',
    salePrice: '32000',
    standardCost: '21000',
    reorderPoint: '30',
    reorderQuantity: '80',
    stock: '80',
  },
  {
    sku: 'KRP-SING-200',
    name: 'Keripik Singkong 200 g',
    type: 'finished_good',
    category: 'Snacks',
    unitOfMeasure: 'pcs',
    salePrice: '18000',
    standardCost: '9000',
    reorderPoint: '30',
    reorderQuantity: '60',
    stock: '12',
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

const customers = [
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

type DemoOrderState = 'draft' | 'confirmed' | 'cancelled' | 'delivered' | 'invoiced' | 'paid';

/**
 * Orders as [customer code, days before today, state, lines of [sku, quantity]]. Delivered
 * orders ship the day after they are ordered and are invoiced the same day; paid ones are
 * paid twenty days later.
 */
const orders: Array<[string, number, DemoOrderState, Array<[string, string]>]> = [
  [
    'C-0002',
    38,
    'confirmed',
    [
      ['KOPI-ARB-250', '24'],
      ['KOPI-ROB-250', '36'],
    ],
  ],
  [
    'C-0003',
    33,
    'paid',
    [
      ['TEH-MLT-100', '10'],
      ['GULA-AREN-500', '6'],
    ],
  ],
  ['C-0001', 31, 'cancelled', [['KRP-SING-200', '20']]],
  [
    'C-0005',
    12,
    'invoiced',
    [
      ['KOPI-ARB-1KG', '4'],
      ['SVC-ROAST', '3'],
    ],
  ],
  [
    'C-0004',
    6,
    'confirmed',
    [
      ['KOPI-ARB-250', '12'],
      ['KRP-SING-200', '6'],
    ],
  ],
  [
    'C-0001',
    3,
    'delivered',
    [
      ['KOPI-ROB-250', '10'],
      ['GULA-AREN-500', '10'],
    ],
  ],
  [
    'C-0002',
    1,
    'draft',
    [
      ['KOPI-ARB-250', '48'],
      ['KOPI-ARB-1KG', '6'],
    ],
  ],
  ['C-0003', 0, 'draft', [['TEH-MLT-100', '20']]],
];

function daysBefore(today: string, days: number): string {
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - days);
  return date.toISOString().slice(0, 10);
}

/** A small coffee roaster and trader, run through the same commands users trigger. */
export async function seedDemoBusiness(ctx: TenantContext): Promise<void> {
  await changeLetterhead(ctx, demoLetterhead);
  const today = await companyToday(ctx);
  await seedAccountingDemo(ctx, today);
  const categoryIds = new Map<string, string>();
  for (const name of new Set(products.map((p) => p.category))) {
    categoryIds.set(name, (await createCategory(ctx, { name })).id);
  }
  const productIds = new Map<string, string>();
  for (const { category, stock, ...fields } of products) {
    const product = await createProduct(
      ctx,
      {
        ...fields,
        categoryId: categoryIds.get(category),
        costingMethod: 'average',
        tracking: 'none',
        reorderQuantity: fields.reorderQuantity ?? '0',
      },
      productStock,
    );
    productIds.set(product.sku, product.id);
    if (stock) {
      await postAdjustment(
        ctx,
        {
          reason: 'opening_stock',
          adjustedOn: monthOf(today, -2).from,
          lines: [{ productId: product.id, quantityChange: stock }],
        },
        'opening',
      );
    }
  }
  const customerIds = new Map<string, string>();
  for (const customer of customers) customerIds.set(customer.code, (await createCustomer(ctx, customer)).id);
  for (const [customerCode, age, state, lines] of orders) {
    const id = await createSalesOrder(ctx, {
      customerId: customerIds.get(customerCode)!,
      orderDate: daysBefore(today, age),
      lines: lines.map(([sku, quantity]) => ({ productId: productIds.get(sku)!, quantity })),
    });
    if (state === 'cancelled') await cancelSalesOrder(ctx, id, 'Customer ordered by mistake');
    if (state === 'draft' || state === 'cancelled') continue;
    await confirmSalesOrder(ctx, id, { overrideCreditLimit: false });
    if (state === 'confirmed') continue;
    const shipped = daysBefore(today, age - 1);
    await deliverSalesOrder(ctx, id, { deliveryDate: shipped });
    if (state === 'delivered') continue;
    const invoice = await postInvoice(ctx, (await createInvoice(ctx, { salesOrderId: id, invoiceDate: shipped })).id);
    if (state === 'invoiced') continue;
    await receivePayment(ctx, {
      customerId: invoice.customerId,
      paymentDate: daysBefore(today, age - 21),
      amount: invoice.total,
      method: 'bank',
      reference: `Transfer for ${invoice.number}`,
    });
  }
  await seedStockCountDemo(ctx, {
    postedCategoryId: categoryIds.get('Sweeteners')!,
    damagedSku: 'GULA-AREN-500',
    countingCategoryId: categoryIds.get('Tea')!,
    plannedOn: monthOf(today, -1).from,
    today,
  });
}
