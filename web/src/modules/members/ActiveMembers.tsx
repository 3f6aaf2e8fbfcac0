import { Badge, Button, Group, Table, Text } from '@mantine/core';
import { IconUsers } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../app/me.ts';
import { roleColors, useRoleLabel } from '../../app/roles.ts';
import { formatDate } from '../../ui/format.ts';
import { ListTable } from '../../ui/ListTable.tsx';
import { notifyError, notifySuccess } from '../../ui/notify.ts';
import { MembershipModal } from './MembershipModal.tsx';
import {
  type GrantableRole,
  type JobRoleKey,
  type Member,
  type MembershipGrant,
  useChangeMembership,
  useJobRoles,
} from './members-api.ts';

/** Active members with their role and job roles; owners and admins change them here. */
export function ActiveMembers({ members }: { members: Member[] }) {
  const { t } = useTranslation(['members', 'ui']);
  const roleLabel = useRoleLabel();
  const me = useMe();
  const company = me.activeCompany!;
  const jobRoles = useJobRoles();
  const [editing, setEditing] = useState<Member | null>(null);
  const change = useChangeMembership();
  const jobRoleLabel = (key: string) =>
    jobRoles.data?.some((r) => r.key === key) ? t(`jobRoles.${key as JobRoleKey}`) : key;
  const noMembers = {
    icon: <IconUsers size={24} />,
    title: t('active.emptyTitle'),
    description: t('active.emptyDescription'),
  };

  const save = (member: Member, grant: MembershipGrant) =>
    change.mutate(
      { id: member.id, grant },
      {
        onSuccess: () => {
          notifySuccess(t('active.updated', { name: member.name }));
          setEditing(null);
        },
        onError: (error) => notifyError(error, t('active.changeFailed')),
      },
    );

  return (
    <>
      <ListTable
        empty={members.length === 0 ? noMembers : null}
        head={
          <Table.Tr>
            <Table.Th>{t('active.name')}</Table.Th>
            <Table.Th>{t('active.role')}</Table.Th>
            <Table.Th>{t('active.jobRoles')}</Table.Th>
            <Table.Th>{t('active.since')}</Table.Th>
            <Table.Th w={90} />
          </Table.Tr>
        }
      >
        {members.map((member) => (
          <Table.Tr key={member.id} data-testid="member">
            <Table.Td>
              <Group gap={6} wrap="nowrap">
                <Text size="sm" fw={500}>
                  {member.name}
                </Text>
                {member.userId === me.user.id && (
                  <Badge size="xs" variant="outline" color="gray">
                    {t('active.you')}
                  </Badge>
                )}
              </Group>
              <Text size="xs" c="dimmed">
                {member.email}
              </Text>
            </Table.Td>
            <Table.Td>
              <Badge variant="light" color={roleColors[member.role]}>
                {roleLabel(member.role)}
              </Badge>
            </Table.Td>
            <Table.Td>
              <Group gap={4}>
                {member.jobRoles.length === 0 && (
                  <Text size="sm" c="dimmed">
                    —
                  </Text>
                )}
                {member.jobRoles.map((key) => (
                  <Badge key={key} size="sm" variant="outline" color="gray">
                    {jobRoleLabel(key)}
                  </Badge>
                ))}
              </Group>
            </Table.Td>
            <Table.Td>
              <Text size="sm" c="dimmed">
                {formatDate(member.decidedAt ?? member.requestedAt, company)}
              </Text>
            </Table.Td>
            <Table.Td ta="right">
              <Button size="compact-sm" variant="subtle" onClick={() => setEditing(member)}>
                {t('active.change')}
              </Button>
            </Table.Td>
          </Table.Tr>
        ))}
      </ListTable>
      <MembershipModal
        key={editing?.id ?? 'none'}
        member={editing}
        title={t('active.changeTitle')}
        submitLabel={t('ui:actions.save')}
        initial={{
          role: (editing?.role ?? 'member') as GrantableRole,
          jobRoles: (editing?.jobRoles ?? []) as JobRoleKey[],
        }}
        saving={change.isPending}
        onSubmit={save}
        onClose={() => setEditing(null)}
      />
    </>
  );
}
