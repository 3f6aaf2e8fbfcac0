import { createRootRoute, createRoute, lazyRouteComponent, redirect } from '@tanstack/react-router';
import { getSessionStatus } from '../api/session.ts';
import { NotFoundPage } from './NotFoundPage.tsx';

export const rootRoute = createRootRoute({ notFoundComponent: NotFoundPage });

/** Everything behind login: the shell with header and menu. */
export const shellRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'shell',
  beforeLoad: ({ location }) => {
    if (getSessionStatus() !== 'signed-in') throw redirect({ to: '/login', search: { redirect: location.href } });
  },
  // The login pages do without the shell, so it loads with the first page behind login.
  component: lazyRouteComponent(() => import('./AppLayout.tsx'), 'AppLayout'),
});

export const homeRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  beforeLoad: () => {
    throw redirect({ to: getSessionStatus() === 'signed-in' ? '/dashboard' : '/login' });
  },
});
