import { linkOptions } from '@tanstack/react-router';

/** The page that shows a record of the given kind (as the API names kinds), where it has one. */
export function recordPage(kind: string, id: string) {
  switch (kind) {
    case 'sales_order':
      return linkOptions({ to: '/sales-orders/$orderId', params: { orderId: id } });
    case 'customer_invoice':
      return linkOptions({ to: '/invoices/$invoiceId', params: { invoiceId: id } });
    case 'customer_payment':
      return linkOptions({ to: '/payments/$paymentId', params: { paymentId: id } });
    case 'journal_entry':
      return linkOptions({ to: '/accounting/journal/$entryId', params: { entryId: id } });
    case 'stock_operation':
      return linkOptions({ to: '/inventory/operations/$operationId', params: { operationId: id } });
    case 'stock_adjustment':
      return linkOptions({ to: '/inventory/adjustments/$adjustmentId', params: { adjustmentId: id } });
    case 'stock_count':
      return linkOptions({ to: '/inventory/stock-counts/$countId', params: { countId: id } });
    case 'product':
      return linkOptions({ to: '/products/$productId', params: { productId: id } });
    case 'customer':
      return linkOptions({ to: '/customers/$customerId', params: { customerId: id } });
    case 'warehouse':
      return linkOptions({ to: '/inventory/warehouses/$warehouseId', params: { warehouseId: id } });
    case 'lot':
      return linkOptions({ to: '/inventory/lots/$lotId', params: { lotId: id } });
    // A location has no page of its own: its moves show what is and was there.
    case 'location':
      return linkOptions({ to: '/inventory/moves', search: { locationId: id } });
    default:
      return null;
  }
}

/** Kinds known by a name rather than a document number or code. */
export const namedKinds: ReadonlySet<string> = new Set(['customer', 'warehouse']);
