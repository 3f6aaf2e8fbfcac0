import { Box, Center, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { AppBrand } from '../../app/AppBrand.tsx';

interface AuthFrameProps {
  title: string;
  subtitle?: ReactNode;
  children: ReactNode;
  /** Links under the card: log in, register, join. */
  footer?: ReactNode;
  width?: number;
}

/** The frame of the pages before login: the brand, one card, a few links. */
export function AuthFrame({ title, subtitle, children, footer, width = 420 }: AuthFrameProps) {
  return (
    <Center mih="100vh" p="md" bg="var(--app-surface)">
      <Stack w="100%" maw={width} gap="lg">
        <Center>
          <AppBrand />
        </Center>
        <Paper withBorder shadow="xs" p="xl" radius="md">
          <Stack gap={4} mb="lg">
            <Title order={1} size="h2">
              {title}
            </Title>
            {subtitle && (
              <Text size="sm" c="dimmed">
                {subtitle}
              </Text>
            )}
          </Stack>
          {children}
        </Paper>
        {footer && (
          <Box ta="center" fz="sm">
            {footer}
          </Box>
        )}
      </Stack>
    </Center>
  );
}
