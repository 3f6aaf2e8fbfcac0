import { Text } from '@mantine/core';
import type { Schemas } from '../api/client.ts';
import { AnchorLink } from './AnchorLink.tsx';

export type RecordReference = Schemas['AuditReference'];

const linkProps = { fz: 'xs', ff: 'monospace' } as const;

/** A record another one mentions, by its number or name, linked to its page where it has one. */
export function RecordLink({ reference }: { reference: RecordReference }) {
  const { id, label } = reference;
  switch (reference.kind) {
    case 'sales_order':
      return (
        <AnchorLink to="/sales-orders/$orderId" params={{ orderId: id }} {...linkProps}>
          {label}
        </AnchorLink>
      );
    case 'customer_invoice':
      return (
        <AnchorLink to="/invoices/$invoiceId" params={{ invoiceId: id }} {...linkProps}>
          {label}
        </AnchorLink>
      );
    case 'customer_payment':
      return (
        <AnchorLink to="/payments/$paymentId" params={{ paymentId: id }} {...linkProps}>
          {label}
        </AnchorLink>
      );
    case 'journal_entry':
      return (
        <AnchorLink to="/accounting/journal/$entryId" params={{ entryId: id }} {...linkProps}>
          {label}
        </AnchorLink>
      );
    case 'stock_operation':
      return (
        <AnchorLink to="/inventory/operations/$operationId" params={{ operationId: id }} {...linkProps}>
          {label}
        </AnchorLink>
      );
    case 'stock_adjustment':
      return (
        <AnchorLink to="/inventory/adjustments/$adjustmentId" params={{ adjustmentId: id }} {...linkProps}>
          {label}
        </AnchorLink>
      );
    case 'stock_count':
      return (
        <AnchorLink to="/inventory/stock-counts/$countId" params={{ countId: id }} {...linkProps}>
          {label}
        </AnchorLink>
      );
    case 'product':
      return (
        <AnchorLink to="/products/$productId" params={{ productId: id }} {...linkProps}>
          {label}
        </AnchorLink>
      );
    case 'customer':
      return (
        <AnchorLink to="/customers/$customerId" params={{ customerId: id }} fz="xs">
          {label}
        </AnchorLink>
      );
    case 'warehouse':
      return (
        <AnchorLink to="/inventory/warehouses/$warehouseId" params={{ warehouseId: id }} fz="xs">
          {label}
        </AnchorLink>
      );
    default:
      return (
        <Text span size="xs">
          {label}
        </Text>
      );
  }
}
