import { Badge, type BadgeProps } from '@mantine/core';
import type { OrderState } from './sales-api.ts';

const orderStateLabels: Record<OrderState, string> = {
  draft: 'Draft',
  confirmed: 'Confirmed',
  partially_delivered: 'Partially delivered',
  delivered: 'Delivered',
  invoiced: 'Invoiced',
  closed: 'Closed',
  cancelled: 'Cancelled',
};

const stateColors: Record<OrderState, string> = {
  draft: 'gray',
  confirmed: 'brand',
  partially_delivered: 'cyan',
  delivered: 'teal',
  invoiced: 'violet',
  closed: 'dark',
  cancelled: 'red',
};

export const orderStates = Object.keys(orderStateLabels) as OrderState[];

export const orderStateOptions = orderStates.map((state) => ({ value: state, label: orderStateLabels[state] }));

export function OrderStateBadge({ state, size = 'sm' }: { state: OrderState; size?: BadgeProps['size'] }) {
  return (
    <Badge variant="light" color={stateColors[state]} size={size} data-testid="order-state">
      {orderStateLabels[state]}
    </Badge>
  );
}
