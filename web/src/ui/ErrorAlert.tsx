import { Alert, Button } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { errorMessage } from '../api/errors.ts';

interface ErrorAlertProps {
  error: unknown;
  title?: string;
  onRetry?: () => void;
}

export function ErrorAlert({ error, title = 'Could not load this', onRetry }: ErrorAlertProps) {
  return (
    <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} title={title}>
      {errorMessage(error)}
      {onRetry && (
        <Button variant="subtle" color="red" size="compact-sm" ml="xs" onClick={onRetry}>
          Try again
        </Button>
      )}
    </Alert>
  );
}
