import { createRoute, lazyRouteComponent, redirect } from '@tanstack/react-router';
import { getSessionStatus } from '../../api/session.ts';
import { rootRoute } from '../../app/root-routes.ts';
import { searchText } from '../../app/search-params.ts';
import { safeRedirect } from './redirect.ts';

export interface LoginSearch {
  email?: string;
  /** Just registered: the new company's name; its code is shown once the owner logs in. */
  registered?: string;
  /** Just asked to join: the company's name, for the "waiting for approval" note. */
  joining?: string;
  redirect?: string;
}

export interface VerifyEmailSearch {
  email?: string;
  registered?: string;
  joining?: string;
}

const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/login',
  validateSearch: (search): LoginSearch => ({
    email: searchText(search.email),
    registered: searchText(search.registered),
    joining: searchText(search.joining),
    redirect: searchText(search.redirect),
  }),
  beforeLoad: ({ search }) => {
    if (getSessionStatus() === 'signed-in') throw redirect({ href: safeRedirect(search.redirect) });
  },
  component: lazyRouteComponent(() => import('./LoginPage.tsx'), 'LoginPage'),
});

const registerRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/register',
  component: lazyRouteComponent(() => import('./RegisterCompanyPage.tsx'), 'RegisterCompanyPage'),
});

const verifyEmailRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/verify-email',
  validateSearch: (search): VerifyEmailSearch => ({
    email: searchText(search.email),
    registered: searchText(search.registered),
    joining: searchText(search.joining),
  }),
  component: lazyRouteComponent(() => import('./VerifyEmailPage.tsx'), 'VerifyEmailPage'),
});

const joinRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/join',
  validateSearch: (search): { code?: string } => ({ code: searchText(search.code) }),
  component: lazyRouteComponent(() => import('./JoinCompanyPage.tsx'), 'JoinCompanyPage'),
});

const forgotPasswordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/forgot-password',
  validateSearch: (search): { email?: string } => ({ email: searchText(search.email) }),
  component: lazyRouteComponent(() => import('./ForgotPasswordPage.tsx'), 'ForgotPasswordPage'),
});

export const onboardingRoutes = [loginRoute, registerRoute, verifyEmailRoute, joinRoute, forgotPasswordRoute];
