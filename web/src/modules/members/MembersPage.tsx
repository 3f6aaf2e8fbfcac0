import { Badge, Center, Group, Loader, Tabs, Text } from '@mantine/core';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../app/me.ts';
import { CompanyCode } from '../../ui/CompanyCode.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { ActiveMembers } from './ActiveMembers.tsx';
import { JoinRequests } from './JoinRequests.tsx';
import { type MemberStatus, useMembers } from './members-api.ts';

const route = getRouteApi('/shell/members');

function MemberList({ status }: { status: MemberStatus }) {
  const list = useMembers(status);
  if (list.error) return <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />;
  if (!list.data)
    return (
      <Center py="xl">
        <Loader size="sm" />
      </Center>
    );
  return status === 'member' ? <ActiveMembers members={list.data} /> : <JoinRequests requests={list.data} />;
}

export function MembersPage() {
  const { t } = useTranslation('members');
  const { tab } = route.useSearch();
  const navigate = useNavigate();
  const company = useMe().activeCompany!;
  const requests = useMembers('pending');
  const waiting = requests.data?.length ?? 0;

  return (
    <>
      <PageHeader
        title={t('page.title')}
        description={t('page.description')}
        actions={
          <Group gap="xs">
            <Text size="xs" c="dimmed">
              {t('page.companyCode')}
            </Text>
            <CompanyCode code={company.companyCode} />
          </Group>
        }
      />
      <Tabs
        value={tab ?? 'members'}
        onChange={(next) =>
          void navigate({ to: '/members', search: { tab: next === 'requests' ? 'requests' : undefined } })
        }
        keepMounted={false}
      >
        <Tabs.List mb="md">
          <Tabs.Tab value="members">{t('page.membersTab')}</Tabs.Tab>
          <Tabs.Tab
            value="requests"
            rightSection={
              waiting > 0 && (
                <Badge size="sm" circle color="red" data-testid="requests-count">
                  {waiting}
                </Badge>
              )
            }
          >
            {t('page.requestsTab')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="members">
          <MemberList status="member" />
        </Tabs.Panel>
        <Tabs.Panel value="requests">
          <MemberList status="pending" />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
