import { useQuery } from '@tanstack/react-query';
import { createContext, use } from 'react';
import { api, type Schemas, unwrap } from '../api/client.ts';

type Membership = Schemas['Membership'];

const fetchMe = () => unwrap(api.GET('/api/auth/me'));
export type Me = Awaited<ReturnType<typeof fetchMe>>;

export const meQuery = { queryKey: ['me'], queryFn: fetchMe } as const;

/** The user, their companies and their permissions in the active company. */
export const useMeQuery = () => useQuery(meQuery);

/** Set by the shell once /me has loaded. */
export const MeContext = createContext<Me | null>(null);

export function useMe(): Me {
  const me = use(MeContext);
  if (!me) throw new Error('useMe is for pages inside the signed-in shell');
  return me;
}

/** Whether the user may do this in the active company, e.g. `sales.order.confirm`. */
export const useCan = (permission: string): boolean => useMe().permissions.includes(permission);

/** The active company: pages inside the shell only render once the user works in one. */
export const useActiveCompany = () => useMe().activeCompany!;

/** Companies the user can switch to: rejected requests are history, not companies. */
export const switchableCompanies = (memberships: Membership[]) => memberships.filter((m) => m.role !== 'rejected');

/** Keeps the remembered company when the user still belongs to it, else the first where they are active. */
export function chooseCompany(memberships: Membership[], remembered: string | null): string | null {
  const usable = switchableCompanies(memberships);
  if (usable.some((m) => m.tenantId === remembered)) return remembered;
  return (usable.find((m) => m.role !== 'pending') ?? usable[0])?.tenantId ?? null;
}

/** Problems of the remembered company that choosing another company fixes. */
export const staleCompanyProblems = new Set(['not_a_member', 'tenant_required', 'validation_failed']);
