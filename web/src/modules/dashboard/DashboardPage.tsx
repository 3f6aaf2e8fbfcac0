import { Badge, EmptyState, Grid, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconChartBar } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../app/me.ts';
import { roleColors, useRoleLabel } from '../../app/roles.ts';
import { CompanyCode } from '../../ui/CompanyCode.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { LoadingBlock } from '../../ui/LoadingBlock.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { dashboardCardViews } from './cards.tsx';
import { useDashboard } from './dashboard-api.ts';

function partOfDay(hour: number) {
  if (hour < 12) return 'morning';
  if (hour < 18) return 'afternoon';
  return 'evening';
}

const jobRoleKeys = ['sales', 'warehouse', 'purchasing', 'production', 'quality', 'finance', 'hr', 'manager'] as const;
const isJobRoleKey = (key: string): key is (typeof jobRoleKeys)[number] =>
  (jobRoleKeys as readonly string[]).includes(key);

function InfoCard({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md">
      <Text size="xs" fw={600} c="dimmed" tt="uppercase" lts={0.4} mb={8}>
        {label}
      </Text>
      {children}
    </Paper>
  );
}

/** The business at a glance: every card the user's job roles let them see. */
function BusinessFigures() {
  const { t } = useTranslation('dashboard');
  const dashboard = useDashboard();
  if (dashboard.error) return <ErrorAlert error={dashboard.error} onRetry={() => void dashboard.refetch()} />;
  if (!dashboard.data) return <LoadingBlock />;
  const data = dashboard.data;
  const visible = dashboardCardViews.filter((card) => data.cards[card.key] != null);
  if (visible.length === 0) {
    return (
      <Paper withBorder p="xl">
        <EmptyState
          icon={<IconChartBar size={26} />}
          withIndicatorBackground
          title={t('empty.title')}
          description={t('empty.description')}
        />
      </Paper>
    );
  }
  return (
    <Grid gap="md">
      {visible.map((card) => (
        <Grid.Col key={card.key} span={{ base: 12, md: card.span }}>
          {card.render(data, data.cards[card.key]!)}
        </Grid.Col>
      ))}
    </Grid>
  );
}

export function DashboardPage() {
  const { t } = useTranslation('dashboard');
  const roleLabel = useRoleLabel();
  const me = useMe();
  const company = me.activeCompany!;
  const membership = me.memberships.find((m) => m.tenantId === company.id);
  const firstName = me.user.name.split(/\s+/)[0];

  return (
    <>
      <PageHeader
        title={t(`greeting.${partOfDay(new Date().getHours())}`, { name: firstName })}
        description={company.name}
      />
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md" mb="md">
        <InfoCard label={t('info.companyCode')}>
          <CompanyCode code={company.companyCode} />
          <Text size="xs" c="dimmed" mt={4}>
            {t('info.share')}
          </Text>
        </InfoCard>
        <InfoCard label={t('info.access')}>
          <Group gap={6}>
            {me.role && (
              <Badge variant="light" color={roleColors[me.role]}>
                {roleLabel(me.role)}
              </Badge>
            )}
            {membership?.jobRoles.map((jobRole) => (
              <Badge key={jobRole} variant="outline" color="gray">
                {isJobRoleKey(jobRole) ? t(`jobRoles.${jobRole}`) : jobRole}
              </Badge>
            ))}
          </Group>
          <Text size="xs" c="dimmed" mt={8}>
            {me.role === 'member' ? t('info.memberAccess') : t('info.fullAccess')}
          </Text>
        </InfoCard>
        <InfoCard label={t('info.region')}>
          <Stack gap={2}>
            <Text size="sm" fw={600}>
              {company.currency}
            </Text>
            <Text size="xs" c="dimmed">
              {company.timezone} · {company.locale}
            </Text>
          </Stack>
        </InfoCard>
      </SimpleGrid>
      <BusinessFigures />
    </>
  );
}
