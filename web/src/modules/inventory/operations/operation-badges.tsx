import { Badge, type BadgeProps } from '@mantine/core';
import { operationStateLabels, operationTypeColors, operationTypeLabels } from '../inventory-labels.ts';
import type { StockOperation } from '../operations-api.ts';

export function OperationTypeBadge({ type, size = 'sm' }: { type: StockOperation['type']; size?: BadgeProps['size'] }) {
  return (
    <Badge size={size} variant="light" color={operationTypeColors[type]}>
      {operationTypeLabels[type]}
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
  return (
    <Badge
      size={size}
      variant={state === 'done' ? 'outline' : 'filled'}
      color={state === 'done' ? 'gray' : 'yellow'}
      data-testid="operation-state"
    >
      {operationStateLabels[state]}
    </Badge>
  );
}
