import { Button, Group, Table, Text } from '@mantine/core';
import { IconInbox } from '@tabler/icons-react';
import { useState } from 'react';
import { useMe } from '../../app/me.ts';
import { ConfirmDialog } from '../../ui/ConfirmDialog.tsx';
import { formatDateTime } from '../../ui/format.ts';
import { ListTable } from '../../ui/ListTable.tsx';
import { notifyError, notifySuccess } from '../../ui/notify.ts';
import { MembershipModal } from './MembershipModal.tsx';
import { type Member, type MembershipGrant, useApproveRequest, useRejectRequest } from './members-api.ts';

const newMember: MembershipGrant = { role: 'member', jobRoles: [] };

const noRequests = {
  icon: <IconInbox size={24} />,
  title: 'No requests waiting',
  description: 'When employees ask to join with your company code, their requests appear here.',
};

/** Pending requests to join: approve with a role and job roles, or reject. */
export function JoinRequests({ requests }: { requests: Member[] }) {
  const company = useMe().activeCompany!;
  const [approving, setApproving] = useState<Member | null>(null);
  const [rejecting, setRejecting] = useState<Member | null>(null);
  const approve = useApproveRequest();
  const reject = useRejectRequest();

  const confirmApprove = (member: Member, grant: MembershipGrant) =>
    approve.mutate(
      { id: member.id, grant },
      {
        onSuccess: () => {
          notifySuccess(`${member.name} can now work in ${company.name}`);
          setApproving(null);
        },
        onError: (error) => notifyError(error, 'Could not approve'),
      },
    );

  const confirmReject = (member: Member) =>
    reject.mutate(member.id, {
      onSuccess: () => {
        notifySuccess(`Request of ${member.name} rejected`);
        setRejecting(null);
      },
      onError: (error) => notifyError(error, 'Could not reject'),
    });

  return (
    <>
      <ListTable
        empty={requests.length === 0 ? noRequests : null}
        head={
          <Table.Tr>
            <Table.Th>Name</Table.Th>
            <Table.Th>Email</Table.Th>
            <Table.Th>Requested</Table.Th>
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
                  Approve
                </Button>
                <Button size="compact-sm" variant="default" onClick={() => setRejecting(member)}>
                  Reject
                </Button>
              </Group>
            </Table.Td>
          </Table.Tr>
        ))}
      </ListTable>
      <MembershipModal
        key={approving?.id ?? 'none'}
        member={approving}
        title="Approve join request"
        submitLabel="Approve"
        initial={newMember}
        saving={approve.isPending}
        onSubmit={confirmApprove}
        onClose={() => setApproving(null)}
      />
      <ConfirmDialog
        opened={rejecting !== null}
        title="Reject join request"
        confirmLabel="Reject request"
        danger
        loading={reject.isPending}
        onConfirm={() => rejecting && confirmReject(rejecting)}
        onCancel={() => setRejecting(null)}
      >
        {rejecting?.name} ({rejecting?.email}) will not get access to {company.name}. They can ask again later.
      </ConfirmDialog>
    </>
  );
}
