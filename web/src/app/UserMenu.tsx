import {
  Avatar,
  Group,
  Menu,
  Text,
  UnstyledButton,
  useComputedColorScheme,
  useMantineColorScheme,
} from '@mantine/core';
import { IconCheck, IconLanguage, IconLogout, IconMoon, IconSun } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client.ts';
import { endSession } from '../api/session.ts';
import { type Language, languages, speak } from '../i18n/i18n.ts';
import { notifyError } from '../ui/notify.ts';
import { type Me, meQuery } from './me.ts';

const initialsOf = (name: string) =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]!.toUpperCase())
    .join('');

export function UserMenu({ user }: { user: Me['user'] }) {
  const { setColorScheme } = useMantineColorScheme();
  const scheme = useComputedColorScheme('light');
  const dark = scheme === 'dark';
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { t, i18n } = useTranslation();

  const chooseLanguage = async (language: Language) => {
    try {
      await unwrap(api.PUT('/api/auth/me/language', { body: { language } }));
      speak(language);
      await queryClient.invalidateQueries({ queryKey: meQuery.queryKey });
    } catch (error) {
      notifyError(error);
    }
  };

  const logOut = async () => {
    await api.POST('/api/auth/logout', { body: null }).catch(() => undefined);
    endSession();
    await navigate({ to: '/login' });
  };

  return (
    <Menu position="bottom-end" width={240} withinPortal>
      <Menu.Target>
        <UnstyledButton aria-label={t('userMenu.label')} data-testid="user-menu">
          <Group gap="xs" wrap="nowrap">
            <Avatar size={30} radius="xl" color="brand" variant="light">
              {initialsOf(user.name)}
            </Avatar>
            <Text size="sm" fw={500} visibleFrom="sm" lineClamp={1} maw={180}>
              {user.name}
            </Text>
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          <Text size="sm" fw={600} c="var(--mantine-color-text)">
            {user.name}
          </Text>
          <Text size="xs" c="dimmed">
            {user.email}
          </Text>
        </Menu.Label>
        <Menu.Divider />
        <Menu.Item
          leftSection={dark ? <IconSun size={15} /> : <IconMoon size={15} />}
          onClick={() => setColorScheme(dark ? 'light' : 'dark')}
        >
          {dark ? t('userMenu.lightTheme') : t('userMenu.darkTheme')}
        </Menu.Item>
        <Menu.Divider />
        <Menu.Label>
          <Group gap={6}>
            <IconLanguage size={14} />
            {t('userMenu.language')}
          </Group>
        </Menu.Label>
        {languages.map(({ value, label }) => (
          <Menu.Item
            key={value}
            lang={value}
            rightSection={i18n.language === value ? <IconCheck size={14} /> : null}
            onClick={() => void chooseLanguage(value)}
          >
            {label}
          </Menu.Item>
        ))}
        <Menu.Divider />
        <Menu.Item leftSection={<IconLogout size={15} />} onClick={() => void logOut()}>
          {t('userMenu.logOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
