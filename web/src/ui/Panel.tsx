import { Group, Paper, Title } from '@mantine/core';
import type { ReactNode } from 'react';

interface PanelProps {
  title: string;
  actions?: ReactNode;
  children: ReactNode;
  /** Content that runs edge to edge, such as a table. */
  flush?: boolean;
  testId?: string;
}

/** A titled, bordered block of a record page: details, lines, stock, history. */
export function Panel({ title, actions, children, flush = false, testId }: PanelProps) {
  return (
    <Paper withBorder data-testid={testId}>
      <Group justify="space-between" px="md" pt="sm" pb={flush ? 'sm' : 0} wrap="nowrap">
        <Title order={2} size="h4">
          {title}
        </Title>
        {actions}
      </Group>
      {flush ? children : <div style={{ padding: 'var(--mantine-spacing-md)' }}>{children}</div>}
    </Paper>
  );
}
