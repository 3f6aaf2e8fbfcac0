import { formRules, numberProblem } from '../../ui/form-rules.ts';
import type { Product } from '../catalog/index.ts';
import type { OrderLineInput, SalesOrder, SalesOrderInput } from './sales-api.ts';

export interface OrderLineValues {
  /** Keeps React rows apart; not sent. */
  key: string;
  productId: string;
  sku: string;
  productName: string;
  unitOfMeasure: string;
  /** Available stock when the product was picked; unknown for lines already saved. */
  available: string | null;
  stocked: boolean;
  description: string;
  quantity: string;
  unitPrice: string;
  discountPercent: string;
}

export interface OrderFormValues {
  customerId: string | null;
  orderDate: string;
  notes: string;
  lines: OrderLineValues[];
}

let nextKey = 0;

/** A new line for a picked product: one unit at the product's sale price. */
export const lineOfProduct = (product: Product): OrderLineValues => ({
  key: `new-${nextKey++}`,
  productId: product.id,
  sku: product.sku,
  productName: product.name,
  unitOfMeasure: product.unitOfMeasure,
  available: product.available,
  stocked: product.type !== 'service',
  description: '',
  quantity: '1',
  unitPrice: product.salePrice,
  discountPercent: '',
});

export const orderValuesOf = (order: SalesOrder): OrderFormValues => ({
  customerId: order.customerId,
  orderDate: order.orderDate,
  notes: order.notes ?? '',
  lines: order.lines.map((line) => ({
    key: line.id,
    productId: line.productId,
    sku: line.sku,
    productName: line.productName,
    unitOfMeasure: line.unitOfMeasure,
    available: null,
    stocked: line.stocked,
    description: line.description ?? '',
    quantity: line.quantity,
    unitPrice: line.unitPrice,
    discountPercent: line.discountPercent === '0' ? '' : line.discountPercent,
  })),
});

/**
 * Why a line's quantity cannot be ordered, or null: positive, and whole for units counted in pieces.
 * `what` names the quantity when it is missing, in the language on screen.
 */
export const quantityProblem = (quantity: string, unitDecimals: number, unit: string, what: string): string | null =>
  numberProblem(quantity, { required: what, sign: 'positive', decimals: unitDecimals, unit });

/** A discount in percent: 0 to 100 with at most 2 decimals, or none. */
export const discountProblem = formRules.percent;

export const lineInputOf = (line: OrderLineValues): OrderLineInput => ({
  productId: line.productId,
  quantity: line.quantity.trim(),
  unitPrice: line.unitPrice.trim() || undefined,
  discountPercent: line.discountPercent.trim() || undefined,
  description: line.description.trim() || undefined,
});

export const orderInputOf = (values: OrderFormValues): SalesOrderInput => ({
  customerId: values.customerId!,
  orderDate: values.orderDate || undefined,
  notes: values.notes.trim() || undefined,
  lines: values.lines.map(lineInputOf),
});
