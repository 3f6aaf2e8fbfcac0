/** Member roles in the words the screens use. */
export const roleLabels: Record<string, string> = {
  owner: 'Owner',
  admin: 'Admin',
  member: 'Member',
  pending: 'Waiting for approval',
  rejected: 'Rejected',
};

export const roleColors: Record<string, string> = {
  owner: 'brand',
  admin: 'violet',
  member: 'gray',
  pending: 'yellow',
  rejected: 'red',
};
