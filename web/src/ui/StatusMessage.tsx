import { EmptyState, Paper } from '@mantine/core';
import type { ReactNode } from 'react';

interface StatusMessageProps {
  icon: ReactNode;
  title: string;
  children: ReactNode;
  actions?: ReactNode;
  color?: string;
}

/** A full-width message in place of a page: not allowed, waiting for approval, not found. */
export function StatusMessage({ icon, title, children, actions, color }: StatusMessageProps) {
  return (
    <Paper withBorder p="xl" maw={560} mx="auto" mt="xl">
      <EmptyState icon={icon} variant="light" color={color}>
        <EmptyState.Title order={1}>{title}</EmptyState.Title>
        <EmptyState.Description>{children}</EmptyState.Description>
        {actions && <EmptyState.Actions>{actions}</EmptyState.Actions>}
      </EmptyState>
    </Paper>
  );
}
