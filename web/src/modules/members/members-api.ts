import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas, unwrap } from '../../api/client.ts';
import type { paths } from '../../api/schema.d.ts';

export type Member = Schemas['Member'];
export type MemberStatus = 'member' | 'pending';
export type GrantableRole = 'owner' | 'admin' | 'member';
export type JobRole = paths['/api/job-roles']['get']['responses'][200]['content']['application/json']['items'][number];
export type JobRoleKey = JobRole['key'];

export interface MembershipGrant {
  role: GrantableRole;
  jobRoles: JobRoleKey[];
}

const membersKey = (status: MemberStatus) => ['members', status] as const;

export const useMembers = (status: MemberStatus) =>
  useQuery({
    queryKey: membersKey(status),
    queryFn: () => unwrap(api.GET('/api/members', { params: { query: { status } } })),
    select: (answer) => answer.items,
  });

export const useJobRoles = () =>
  useQuery({
    queryKey: ['job-roles'],
    queryFn: () => unwrap(api.GET('/api/job-roles')),
    select: (answer) => answer.items,
    staleTime: Number.POSITIVE_INFINITY,
  });

/** After any decision both lists may change (a request becomes a member). */
function useRefreshMembers() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ['members'] });
}

export function useApproveRequest() {
  const refresh = useRefreshMembers();
  return useMutation({
    mutationFn: ({ id, grant }: { id: string; grant: MembershipGrant }) =>
      unwrap(api.POST('/api/members/{id}/approve', { params: { path: { id } }, body: grant })),
    onSuccess: refresh,
  });
}

export function useRejectRequest() {
  const refresh = useRefreshMembers();
  return useMutation({
    mutationFn: (id: string) => unwrap(api.POST('/api/members/{id}/reject', { params: { path: { id } } })),
    onSuccess: refresh,
  });
}

export function useChangeMembership() {
  const refresh = useRefreshMembers();
  return useMutation({
    mutationFn: ({ id, grant }: { id: string; grant: MembershipGrant }) =>
      unwrap(api.PATCH('/api/members/{id}', { params: { path: { id } }, body: grant })),
    onSuccess: refresh,
  });
}
