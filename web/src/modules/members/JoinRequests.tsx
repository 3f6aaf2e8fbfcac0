import { Button, Group, Table, Text } from '@mantine/core';
import { IconInbox } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../app/me.ts';
import { ConfirmDialog } from '../../ui/ConfirmDialog.tsx';
import { formatDateTime } from '../../ui/format.ts';
import { ListTable } from '../../ui/ListTable.tsx';
import { notifyError, notifySuccess } from '../../ui/notify.ts';
import { MembershipModal } from './MembershipModal.tsx';
import { type Member, type MembershipGrant, useApproveRequest, useRejectRequest } from './members-api.ts';

const newMember: MembershipGrant = { role: 'member', jobRoles: [] };

/** Pending requests to join: approve with a role and job roles, or reject. */
export function JoinRequests({ requests }: { requests: Member[] }) {
  const { t } = useTranslation('members');
  const company = useMe().activeCompany!;
  const noRequests = {
    icon: <IconInbox size={24} />,
    title: t('requests.emptyTitle'),
    description: t('requests.emptyDescription'),
  };
  const [approving, setApproving] = useState<Member | null>(null);
  const [rejecting, setRejecting] = useState<Member | null>(null);
  const approve = useApproveRequest();
  const reject = useRejectRequest();

  const confirmApprove = (member: Member, grant: MembershipGrant) =>
    approve.mutate(
      { id: member.id, grant },
      {
        onSuccess: () => {
          notifySuccess(t('requests.approved', { name: member.name, company: company.name }));
          setApproving(null);
        },
        onError: (error) => notifyError(error, t('requests.approveFailed')),
      },
    );

  const confirmReject = (member: Member) =>
    reject.mutate(member.id, {
      onSuccess: () => {
        notifySuccess(t('requests.rejected', { name: member.name }));
        setRejecting(null);
      },
      onError: (error) => notifyError(error, t('requests.rejectFailed')),
    });

  return (
    <>
      <ListTable
        empty={requests.length === 0 ? noRequests : null}
        head={
          <Table.Tr>
            <Table.Th>{t('requests.name')}</Table.Th>
            <Table.Th>{t('requests.email')}</Table.Th>
            <Table.Th>{t('requests.requested')}</Table.Th>
            <Table.Th w={190} />
          </Table.Tr>
        }
      >
        {requests.map((member) => (
          <Table.Tr key={member.id} data-testid="join-request">
            <Table.Td fw={500}>{member.name}</Table.Td>
            <Table.Td>{member.email}</Table.Td>
            <Table.Td>
              <Text size="sm" c="dimmed">
                {formatDateTime(member.requestedAt, company)}
              </Text>
            </Table.Td>
            <Table.Td>
              <Group gap={6} justify="flex-end" wrap="nowrap">
                <Button size="compact-sm" onClick={() => setApproving(member)}>
                  {t('requests.approve')}
                </Button>
                <Button size="compact-sm" variant="default" onClick={() => setRejecting(member)}>
                  {t('requests.reject')}
                </Button>
              </Group>
            </Table.Td>
          </Table.Tr>
        ))}
      </ListTable>
      <MembershipModal
        key={approving?.id ?? 'none'}
        member={approving}
        title={t('requests.approveTitle')}
        submitLabel={t('requests.approve')}
        initial={newMember}
        saving={approve.isPending}
        onSubmit={confirmApprove}
        onClose={() => setApproving(null)}
      />
      <ConfirmDialog
        opened={rejecting !== null}
        title={t('requests.rejectTitle')}
        confirmLabel={t('requests.rejectConfirm')}
        danger
        loading={reject.isPending}
        onConfirm={() => rejecting && confirmReject(rejecting)}
        onCancel={() => setRejecting(null)}
      >
        {t('requests.rejectBody', { name: rejecting?.name, email: rejecting?.email, company: company.name })}
      </ConfirmDialog>
    </>
  );
}
