import { ActionIcon, Button, Group, Indicator, Popover, ScrollArea, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconBell, IconChecks } from '@tabler/icons-react';
import { useRouter } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../ui/format.ts';
import { notifyError } from '../../ui/notify.ts';
import type { Me } from '../me.ts';
import { useNotificationStream } from './notification-stream.ts';
import { type Notification, useMarkAllRead, useMarkRead, useNotifications } from './notifications-api.ts';

function NotificationItem({
  notification,
  company,
  onOpen,
}: {
  notification: Notification;
  company: { locale: string; timezone: string };
  onOpen: (notification: Notification) => void;
}) {
  const unread = notification.readAt === null;
  return (
    <UnstyledButton
      onClick={() => onOpen(notification)}
      px="sm"
      py={8}
      data-testid="notification"
      data-unread={unread || undefined}
      style={{
        borderRadius: 'var(--mantine-radius-sm)',
        background: unread ? 'var(--mantine-primary-color-light)' : undefined,
      }}
    >
      <Text size="sm" fw={unread ? 650 : 500} lineClamp={2}>
        {notification.title}
      </Text>
      <Text size="xs" lineClamp={2}>
        {notification.body}
      </Text>
      <Text size="xs" c="dimmed">
        {formatDateTime(notification.createdAt, company)}
      </Text>
    </UnstyledButton>
  );
}

/** The bell in the header: unread count, the latest notifications, kept live by the server's stream. */
export function NotificationBell({ me }: { me: Me }) {
  const { t } = useTranslation();
  const company = me.activeCompany;
  useNotificationStream(company?.id);
  const router = useRouter();
  const notifications = useNotifications();
  const markRead = useMarkRead();
  const markAllRead = useMarkAllRead();
  const [opened, setOpened] = useState(false);
  if (!company) return null;
  const unread = notifications.data?.unread ?? 0;
  const items = notifications.data?.items ?? [];

  const open = (notification: Notification) => {
    if (notification.readAt === null) {
      markRead.mutate(notification.id, { onError: (error) => notifyError(error) });
    }
    if (notification.link) {
      setOpened(false);
      void router.navigate({ href: notification.link });
    }
  };

  return (
    <Popover position="bottom-end" width={380} shadow="md" opened={opened} onChange={setOpened} withinPortal>
      <Popover.Target>
        <Indicator
          label={unread > 99 ? '99+' : unread}
          size={16}
          color="red"
          offset={4}
          disabled={unread === 0}
          data-testid="notification-count"
        >
          <ActionIcon
            variant="subtle"
            color="gray"
            size="lg"
            aria-label={unread ? t('notifications.labelUnread', { count: unread }) : t('notifications.label')}
            onClick={() => setOpened((o) => !o)}
          >
            <IconBell size={20} stroke={1.6} />
          </ActionIcon>
        </Indicator>
      </Popover.Target>
      <Popover.Dropdown p="xs">
        <Group justify="space-between" px="xs" pb="xs">
          <Text fw={600} size="sm">
            {t('notifications.title')}
          </Text>
          <Button
            size="compact-xs"
            variant="subtle"
            leftSection={<IconChecks size={14} />}
            disabled={unread === 0}
            loading={markAllRead.isPending}
            onClick={() => markAllRead.mutate(undefined, { onError: (error) => notifyError(error) })}
          >
            {t('notifications.markAllRead')}
          </Button>
        </Group>
        <ScrollArea.Autosize mah={420}>
          <Stack gap={4}>
            {items.length === 0 && (
              <Text size="sm" c="dimmed" ta="center" py="lg">
                {t('notifications.empty')}
              </Text>
            )}
            {items.map((n) => (
              <NotificationItem key={n.id} notification={n} company={company} onOpen={open} />
            ))}
          </Stack>
        </ScrollArea.Autosize>
      </Popover.Dropdown>
    </Popover>
  );
}
