import { Badge, Center, Group, Loader, Tabs, Text } from '@mantine/core';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
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
  const { tab } = route.useSearch();
  const navigate = useNavigate();
  const company = useMe().activeCompany!;
  const requests = useMembers('pending');
  const waiting = requests.data?.length ?? 0;

  return (
    <>
      <PageHeader
        title="Members"
        description="Who works in this company, what they may do, and who asks to join."
        actions={
          <Group gap="xs">
            <Text size="xs" c="dimmed">
              Company code
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
          <Tabs.Tab value="members">Members</Tabs.Tab>
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
            Requests
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
