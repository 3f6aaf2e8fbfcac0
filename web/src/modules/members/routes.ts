import { createRoute } from '@tanstack/react-router';
import { shellRoute } from '../../app/root-routes.ts';
import { MembersPage } from './MembersPage.tsx';

export interface MembersSearch {
  tab?: 'requests';
}

const membersRoute = createRoute({
  getParentRoute: () => shellRoute,
  path: '/members',
  staticData: { permission: 'platform.members.manage' },
  validateSearch: (search): MembersSearch => ({ tab: search.tab === 'requests' ? 'requests' : undefined }),
  component: MembersPage,
});

export const membersRoutes = [membersRoute];
