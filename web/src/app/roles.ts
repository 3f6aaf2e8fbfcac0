import { useTranslation } from 'react-i18next';

const roles = ['owner', 'admin', 'member', 'pending', 'rejected'] as const;
const isRole = (role: string): role is (typeof roles)[number] => (roles as readonly string[]).includes(role);

/** Member roles in the words the screens use, in the user's language. */
export function useRoleLabel(): (role: string) => string {
  const { t } = useTranslation('app');
  return (role) => (isRole(role) ? t(`roles.${role}`) : role);
}

export const roleColors: Record<string, string> = {
  owner: 'brand',
  admin: 'violet',
  member: 'gray',
  pending: 'yellow',
  rejected: 'red',
};
