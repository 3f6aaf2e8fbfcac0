import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../app/me.ts';
import { MembershipFields } from './MembershipFields.tsx';
import type { GrantableRole, Member, MembershipGrant } from './members-api.ts';

interface MembershipModalProps {
  member: Member | null;
  title: string;
  submitLabel: string;
  initial: MembershipGrant;
  saving: boolean;
  onSubmit: (member: Member, grant: MembershipGrant) => void;
  onClose: () => void;
}

/** Choose role and job roles for a member: to approve a request or to change an active member. */
export function MembershipModal({
  member,
  title,
  submitLabel,
  initial,
  saving,
  onSubmit,
  onClose,
}: MembershipModalProps) {
  const { t } = useTranslation('ui');
  const me = useMe();
  const [grant, setGrant] = useState(initial);
  const roles: GrantableRole[] = me.role === 'owner' ? ['member', 'admin', 'owner'] : ['member', 'admin'];

  return (
    <Modal opened={member !== null} onClose={onClose} title={title} centered>
      {member && (
        <Stack gap="md">
          <div>
            <Text size="sm" fw={600}>
              {member.name}
            </Text>
            <Text size="xs" c="dimmed">
              {member.email}
            </Text>
          </div>
          <MembershipFields value={grant} onChange={setGrant} roles={roles} />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onClose}>
              {t('actions.cancel')}
            </Button>
            <Button loading={saving} onClick={() => onSubmit(member, grant)}>
              {submitLabel}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
