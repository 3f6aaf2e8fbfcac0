import { Badge, type BadgeProps } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { OrderState } from './sales-api.ts';

const stateColors: Record<OrderState, string> = {
  draft: 'gray',
  confirmed: 'brand',
  partially_delivered: 'cyan',
  delivered: 'teal',
  invoiced: 'violet',
  closed: 'dark',
  cancelled: 'red',
};

export const orderStates = Object.keys(stateColors) as OrderState[];

export const orderStateOptions = (t: TFunction<'sales'>) =>
  orderStates.map((state) => ({ value: state, label: t(`orderStates.${state}`) }));

/** The order states with their names in the language on screen, for filters, kanban columns and the status bar. */
export function useOrderStateOptions() {
  const { t } = useTranslation('sales');
  return orderStateOptions(t);
}

export function OrderStateBadge({ state, size = 'sm' }: { state: OrderState; size?: BadgeProps['size'] }) {
  const { t } = useTranslation('sales');
  return (
    <Badge variant="light" color={stateColors[state]} size={size} data-testid="order-state">
      {t(`orderStates.${state}`)}
    </Badge>
  );
}
