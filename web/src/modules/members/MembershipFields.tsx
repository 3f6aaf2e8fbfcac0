import { Checkbox, Input, Loader, SegmentedControl, SimpleGrid, Stack } from '@mantine/core';
import { roleLabels } from '../../app/roles.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { type GrantableRole, type JobRoleKey, type MembershipGrant, useJobRoles } from './members-api.ts';

interface MembershipFieldsProps {
  value: MembershipGrant;
  onChange: (grant: MembershipGrant) => void;
  /** Only owners may hand out the owner role. */
  roles: GrantableRole[];
}

const roleHelp: Record<GrantableRole, string> = {
  owner: 'Everything, including other owners.',
  admin: 'Everything in the company, including members and settings.',
  member: 'Only what their job roles allow.',
};

/** Role and job roles of a membership, as chosen when approving or editing. */
export function MembershipFields({ value, onChange, roles }: MembershipFieldsProps) {
  const jobRoles = useJobRoles();
  return (
    <Stack gap="md">
      <Input.Wrapper label="Role" description={roleHelp[value.role]}>
        <SegmentedControl
          mt={6}
          fullWidth
          value={value.role}
          onChange={(role) => onChange({ ...value, role: role as GrantableRole })}
          data={roles.map((role) => ({ value: role, label: roleLabels[role] ?? role }))}
        />
      </Input.Wrapper>
      <Checkbox.Group
        label="Job roles"
        description={
          value.role === 'member' ? 'What this member works on' : 'Admins and owners may do everything anyway'
        }
        value={value.jobRoles}
        onChange={(keys) => onChange({ ...value, jobRoles: keys as JobRoleKey[] })}
      >
        {jobRoles.error && <ErrorAlert error={jobRoles.error} title="Could not load job roles" />}
        {jobRoles.isPending && <Loader size="xs" mt={8} />}
        <SimpleGrid cols={2} spacing="xs" mt={8}>
          {jobRoles.data?.map((jobRole) => (
            <Checkbox key={jobRole.key} value={jobRole.key} label={jobRole.label} />
          ))}
        </SimpleGrid>
      </Checkbox.Group>
    </Stack>
  );
}
