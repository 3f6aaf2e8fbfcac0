import { Badge, Group, Menu, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconCheck, IconSelector, IconUserPlus } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { setActiveCompany } from '../api/session.ts';
import classes from './CompanySwitcher.module.css';
import { type Me, switchableCompanies } from './me.ts';
import { useRoleLabel } from './roles.ts';

export function CompanySwitcher({ me }: { me: Me }) {
  const { t } = useTranslation();
  const roleLabel = useRoleLabel();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const companies = switchableCompanies(me.memberships);
  const active = companies.find((m) => m.tenantId === me.activeCompany?.id) ?? companies[0];

  const switchTo = async (tenantId: string) => {
    setActiveCompany(tenantId);
    await navigate({ to: '/dashboard' });
    await queryClient.resetQueries();
  };

  return (
    <Menu position="bottom-start" width={280} withinPortal>
      <Menu.Target>
        <UnstyledButton className={classes.target} data-testid="company-switcher" aria-label={t('switcher.label')}>
          <Stack gap={0}>
            <Text size="sm" fw={600} lineClamp={1}>
              {active?.companyName ?? t('switcher.noCompany')}
            </Text>
            {active && (
              <Text size="xs" c="dimmed">
                {roleLabel(active.role)} · {active.companyCode}
              </Text>
            )}
          </Stack>
          <IconSelector size={15} className={classes.chevron} />
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('switcher.yourCompanies')}</Menu.Label>
        {companies.map((m) => (
          <Menu.Item
            key={m.tenantId}
            onClick={() => void switchTo(m.tenantId)}
            rightSection={m.tenantId === active?.tenantId ? <IconCheck size={15} /> : null}
          >
            <Group gap="xs" wrap="nowrap">
              <Text size="sm" lineClamp={1}>
                {m.companyName}
              </Text>
              {m.role === 'pending' && (
                <Badge size="xs" variant="light" color="yellow">
                  {t('switcher.pending')}
                </Badge>
              )}
            </Group>
          </Menu.Item>
        ))}
        <Menu.Divider />
        <Menu.Item component={Link} to="/join" leftSection={<IconUserPlus size={15} />}>
          {t('switcher.joinAnother')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
