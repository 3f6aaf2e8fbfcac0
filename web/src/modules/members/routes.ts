import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { shellRoute } from '../../app/root-routes.ts';

export interface MembersSearch {
  tab?: 'requests';
}

const membersRoute = createRoute({
  getParentRoute: () => shellRoute,
  path: '/members',
  staticData: { permission: 'platform.members.manage' },
  validateSearch: (search): MembersSearch => ({ tab: search.tab === 'requests' ? 'requests' : undefined }),
  component: lazyRouteComponent(() => import('./MembersPage.tsx'), 'MembersPage'),
});

export const membersRoutes = [membersRoute];
