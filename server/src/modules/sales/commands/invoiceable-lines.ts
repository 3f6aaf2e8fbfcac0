import { Exact } from '../../../platform/money.ts';
import type { LockedOrderLine } from './lock-sales-order.ts';

export interface InvoiceableLine {
  lineId: string;
  lineNo: number;
  productId: string;
  sku: string;
  productName: string;
  description: string | null;
  unitOfMeasure: string;
  stocked: boolean;
  unitPrice: string;
  discountPercent: string;
  /** Delivered and not returned (services: ordered), less what is invoiced already. */
  invoiceable: string;
}

export interface InvoiceableOrder {
  id: string;
  number: string;
  customerId: string;
  customerName: string;
  currency: string;
  lines: InvoiceableLine[];
}

export const invoiceLimit = (line: LockedOrderLine) =>
  line.stocked ? new Exact(line.delivered_quantity).minus(line.returned_quantity) : new Exact(line.quantity);
