import { Badge, type BadgeProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { operationStateLabel, operationTypeColors, operationTypeLabel } from '../inventory-labels.ts';
import type { StockOperation } from '../operations-api.ts';

export function OperationTypeBadge({ type, size = 'sm' }: { type: StockOperation['type']; size?: BadgeProps['size'] }) {
  const { t } = useTranslation('inventory');
  return (
    <Badge size={size} variant="light" color={operationTypeColors[type]}>
      {operationTypeLabel(t, type)}
    </Badge>
  );
}

export function OperationStateBadge({
  state,
  size = 'sm',
}: {
  state: StockOperation['state'];
  size?: BadgeProps['size'];
}) {
  const { t } = useTranslation('inventory');
  return (
    <Badge
      size={size}
      variant={state === 'done' ? 'outline' : 'filled'}
      color={state === 'done' ? 'gray' : 'yellow'}
      data-testid="operation-state"
    >
      {operationStateLabel(t, state)}
    </Badge>
  );
}
