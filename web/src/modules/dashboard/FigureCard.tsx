import { Group, Paper, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** The frame of a dashboard card: its title, a link to the list behind it, and its figures. */
export function FigureCard({
  title,
  link,
  testId,
  children,
}: {
  title: string;
  link?: ReactNode;
  testId: string;
  children: ReactNode;
}) {
  return (
    <Paper withBorder p="md" data-testid={testId} h="100%">
      <Group justify="space-between" mb={8} wrap="nowrap">
        <Text size="xs" fw={600} c="dimmed" tt="uppercase" lts={0.4}>
          {title}
        </Text>
        {link}
      </Group>
      {children}
    </Paper>
  );
}

/** A big figure with what it counts underneath. */
export function BigFigure({
  value,
  caption,
  color,
  testId,
}: {
  value: ReactNode;
  caption: string;
  color?: string;
  testId?: string;
}) {
  return (
    <div>
      <Text fz={22} fw={650} lh={1.25} c={color} data-testid={testId}>
        {value}
      </Text>
      <Text size="xs" c="dimmed">
        {caption}
      </Text>
    </div>
  );
}
