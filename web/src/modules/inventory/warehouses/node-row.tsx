import { Badge, Group, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TreeLocation, Zone } from '../warehouse-api.ts';

/** What the warehouse page is editing in a modal. */
export type Editing =
  | { what: 'warehouse' }
  | { what: 'zone'; zone?: Zone }
  | { what: 'location'; location?: TreeLocation; zoneId?: string | null };

/** Clicks on a node's buttons do not fold or unfold it. */
const stop = (event: React.MouseEvent) => event.stopPropagation();

export function InactiveBadge({ active }: { active: boolean }) {
  const { t } = useTranslation('inventory');
  return active ? null : (
    <Badge size="xs" color="gray" variant="outline">
      {t('common.inactive')}
    </Badge>
  );
}

/** One line of the warehouse's structure tree: what it is, its figures, and what can be done to it. */
export function NodeRow({
  icon,
  title,
  subtitle,
  badges,
  figures,
  actions,
}: {
  icon: ReactNode;
  title: string;
  subtitle: ReactNode;
  badges?: ReactNode;
  figures?: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <Group justify="space-between" wrap="nowrap" gap="md" py={5} pr="xs" style={{ flex: 1 }}>
      <Group gap="xs" wrap="nowrap">
        {icon}
        <div>
          <Group gap={6}>
            <Text size="sm" fw={600} ff="monospace">
              {title}
            </Text>
            {badges}
          </Group>
          <Text size="xs" c="dimmed">
            {subtitle}
          </Text>
        </div>
      </Group>
      <Group gap="md" wrap="nowrap">
        {figures}
        {actions && (
          <Group gap={4} wrap="nowrap" onClick={stop}>
            {actions}
          </Group>
        )}
      </Group>
    </Group>
  );
}
