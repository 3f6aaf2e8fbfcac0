import { Checkbox, Input, Loader, SegmentedControl, SimpleGrid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useRoleLabel } from '../../app/roles.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { type GrantableRole, type JobRoleKey, type MembershipGrant, useJobRoles } from './members-api.ts';

interface MembershipFieldsProps {
  value: MembershipGrant;
  onChange: (grant: MembershipGrant) => void;
  /** Only owners may hand out the owner role. */
  roles: GrantableRole[];
}

/** Role and job roles of a membership, as chosen when approving or editing. */
export function MembershipFields({ value, onChange, roles }: MembershipFieldsProps) {
  const { t } = useTranslation('members');
  const roleLabel = useRoleLabel();
  const jobRoles = useJobRoles();
  return (
    <Stack gap="md">
      <Input.Wrapper label={t('fields.role')} description={t(`fields.roleHelp.${value.role}`)}>
        <SegmentedControl
          mt={6}
          fullWidth
          value={value.role}
          onChange={(role) => onChange({ ...value, role: role as GrantableRole })}
          data={roles.map((role) => ({ value: role, label: roleLabel(role) }))}
        />
      </Input.Wrapper>
      <Checkbox.Group
        label={t('fields.jobRoles')}
        description={value.role === 'member' ? t('fields.memberJobRoles') : t('fields.adminJobRoles')}
        value={value.jobRoles}
        onChange={(keys) => onChange({ ...value, jobRoles: keys as JobRoleKey[] })}
      >
        {jobRoles.error && <ErrorAlert error={jobRoles.error} title={t('fields.jobRolesFailed')} />}
        {jobRoles.isPending && <Loader size="xs" mt={8} />}
        <SimpleGrid cols={2} spacing="xs" mt={8}>
          {jobRoles.data?.map((jobRole) => (
            <Checkbox key={jobRole.key} value={jobRole.key} label={t(`jobRoles.${jobRole.key}`)} />
          ))}
        </SimpleGrid>
      </Checkbox.Group>
    </Stack>
  );
}
