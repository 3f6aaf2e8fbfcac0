import { Paper, Text } from '@mantine/core';
import type { ReactNode } from 'react';

interface FigureProps {
  label: string;
  value: ReactNode;
  hint?: ReactNode;
  color?: string;
  testId?: string;
}

/** One key number of a page, such as the available stock of a product. */
export function Figure({ label, value, hint, color, testId }: FigureProps) {
  return (
    <Paper withBorder px="md" py="sm">
      <Text size="xs" fw={600} c="dimmed" tt="uppercase" lts={0.4}>
        {label}
      </Text>
      <Text fz={22} fw={650} c={color} lh={1.35} data-testid={testId}>
        {value}
      </Text>
      {hint && (
        <Text size="xs" c="dimmed">
          {hint}
        </Text>
      )}
    </Paper>
  );
}
