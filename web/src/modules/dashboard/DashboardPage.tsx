import { Badge, EmptyState, Grid, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconChartBar } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useMe } from '../../app/me.ts';
import { roleColors, roleLabels } from '../../app/roles.ts';
import { CompanyCode } from '../../ui/CompanyCode.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { LoadingBlock } from '../../ui/LoadingBlock.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { dashboardCardViews } from './cards.tsx';
import { useDashboard } from './dashboard-api.ts';

function greeting(hour: number): string {
  if (hour < 12) return 'Good morning';
  if (hour < 18) return 'Good afternoon';
  return 'Good evening';
}

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
          title="Nothing here yet"
          description="Sales, stock, purchasing and finance figures appear here as your job roles allow."
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
  const me = useMe();
  const company = me.activeCompany!;
  const membership = me.memberships.find((m) => m.tenantId === company.id);
  const firstName = me.user.name.split(/\s+/)[0];

  return (
    <>
      <PageHeader title={`${greeting(new Date().getHours())}, ${firstName}`} description={company.name} />
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md" mb="md">
        <InfoCard label="Company code">
          <CompanyCode code={company.companyCode} />
          <Text size="xs" c="dimmed" mt={4}>
            Share this code with employees to let them join.
          </Text>
        </InfoCard>
        <InfoCard label="Your access">
          <Group gap={6}>
            {me.role && (
              <Badge variant="light" color={roleColors[me.role]}>
                {roleLabels[me.role]}
              </Badge>
            )}
            {membership?.jobRoles.map((jobRole) => (
              <Badge key={jobRole} variant="outline" color="gray" tt="capitalize">
                {jobRole}
              </Badge>
            ))}
          </Group>
          <Text size="xs" c="dimmed" mt={8}>
            {me.role === 'member' ? 'You see what your job roles allow.' : 'You can see and change everything here.'}
          </Text>
        </InfoCard>
        <InfoCard label="Currency and region">
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
