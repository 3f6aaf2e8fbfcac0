import { NavLink, ScrollArea, Stack, Text } from '@mantine/core';
import { Link, useRouterState } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { menuFor } from './menu.ts';

interface SidebarProps {
  permissions: string[];
  onNavigate: () => void;
}

/** The menu of the active company, showing only what the user's permissions open. */
export function Sidebar({ permissions, onNavigate }: SidebarProps) {
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  const groups = menuFor(permissions);
  const { t } = useTranslation();

  return (
    <ScrollArea>
      <Stack gap="md" py="xs">
        {groups.map((group) => (
          <Stack key={group.module} gap={2}>
            <Text size="xs" fw={600} c="dimmed" tt="uppercase" px="sm" mb={4} lts={0.4}>
              {t(group.label)}
            </Text>
            {group.items.map((item) => (
              <NavLink
                key={item.to}
                component={Link}
                to={item.to}
                label={t(item.label)}
                leftSection={<item.icon size={17} stroke={1.6} />}
                active={pathname === item.to || pathname.startsWith(`${item.to}/`)}
                onClick={onNavigate}
                fw={500}
              />
            ))}
          </Stack>
        ))}
      </Stack>
    </ScrollArea>
  );
}
