import { defineChatterRecords } from '../../platform/chatter/record-types.ts';
import { salesOrders } from './schema.ts';

defineChatterRecords({
  type: 'sales_order',
  label: 'Sales order',
  readPermission: 'sales.order.read',
  table: salesOrders,
  tenantId: salesOrders.tenantId,
  id: salesOrders.id,
  title: salesOrders.number,
  link: (id) => `/sales-orders/${id}`,
  wording: {
    'sales_order.created': 'Created the order',
    'sales_order.updated': 'Changed the order',
    'sales_order.confirmed': 'Confirmed the order and reserved its stock',
    'sales_order.cancelled': 'Cancelled the order',
    'sales_order.delivered': 'Delivered goods',
    'sales_order.returned': 'Took goods back',
  },
});
