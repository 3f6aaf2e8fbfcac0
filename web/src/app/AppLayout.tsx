import { AppShell, Burger, Container, Group } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQueryClient } from '@tanstack/react-query';
import { Outlet, useMatches } from '@tanstack/react-router';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { getActiveCompany, setActiveCompany } from '../api/session.ts';
import { companyLanguage, speak } from '../i18n/i18n.ts';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { FullPageLoader } from '../ui/FullPageLoader.tsx';
import { AppBrand } from './AppBrand.tsx';
import { CompanyProblemPage } from './CompanyProblemPage.tsx';
import { CompanySwitcher } from './CompanySwitcher.tsx';
import { GlobalSearch } from './GlobalSearch.tsx';
import { chooseCompany, type Me, MeContext, staleCompanyProblems, useMeQuery } from './me.ts';
import { NotAllowedPage } from './NotAllowedPage.tsx';
import { NotificationBell } from './notifications/NotificationBell.tsx';
import { Sidebar } from './Sidebar.tsx';
import { UserMenu } from './UserMenu.tsx';

/** The remembered company is gone (left, rejected) or was never chosen: pick one the user belongs to. */
function useSettledCompany(me: Me | undefined): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!me) return;
    const remembered = getActiveCompany();
    if (me.activeCompany && me.activeCompany.id !== remembered) setActiveCompany(me.activeCompany.id);
    if (!me.activeCompanyProblem || !staleCompanyProblems.has(me.activeCompanyProblem.code)) return;
    const chosen = chooseCompany(me.memberships, remembered);
    if (chosen !== remembered) {
      setActiveCompany(chosen);
      void queryClient.resetQueries();
    }
  }, [me, queryClient]);
}

function PageContent({ me }: { me: Me }) {
  const required = useMatches({
    select: (matches) => matches.flatMap((m) => (m.staticData.permission ? [m.staticData.permission] : [])),
  });
  if (me.activeCompanyProblem) return <CompanyProblemPage problem={me.activeCompanyProblem} me={me} />;
  const missing = required.find((permission) => !me.permissions.includes(permission));
  if (missing) return <NotAllowedPage permission={missing} />;
  return <Outlet />;
}

/** The app speaks the user's chosen language, else their company's. */
function useLanguageFollowsUser(me: Me | undefined): void {
  const language = me && (me.user.language ?? companyLanguage(me.activeCompany));
  useEffect(() => {
    if (language) speak(language);
  }, [language]);
}

export function AppLayout() {
  const [navOpened, { toggle: toggleNav, close: closeNav }] = useDisclosure();
  const { t } = useTranslation();
  const { data: me, error, refetch } = useMeQuery();
  useSettledCompany(me);
  useLanguageFollowsUser(me);

  if (error && !me) {
    return (
      <Container size="sm" py="xl">
        <ErrorAlert error={error} title={t('layout.loadFailed')} onRetry={() => void refetch()} />
      </Container>
    );
  }
  if (!me) return <FullPageLoader />;
  const blocked = me.activeCompanyProblem !== null;

  return (
    <MeContext value={me}>
      <AppShell
        header={{ height: 52 }}
        navbar={{ width: 232, breakpoint: 'sm', collapsed: { mobile: !navOpened, desktop: blocked } }}
        padding="lg"
      >
        <AppShell.Header px="md">
          <Group h="100%" justify="space-between" wrap="nowrap">
            <Group gap="md" wrap="nowrap">
              {!blocked && (
                <Burger
                  opened={navOpened}
                  onClick={toggleNav}
                  hiddenFrom="sm"
                  size="sm"
                  aria-label={t('layout.toggleMenu')}
                />
              )}
              <AppBrand />
              <CompanySwitcher me={me} />
            </Group>
            <Group gap="sm" wrap="nowrap">
              {!blocked && <GlobalSearch />}
              {!blocked && <NotificationBell me={me} />}
              <UserMenu user={me.user} />
            </Group>
          </Group>
        </AppShell.Header>
        <AppShell.Navbar p="xs" aria-label={t('layout.mainMenu')}>
          <Sidebar permissions={me.permissions} onNavigate={closeNav} />
        </AppShell.Navbar>
        <AppShell.Main bg="var(--app-surface)">
          <PageContent me={me} />
        </AppShell.Main>
      </AppShell>
    </MeContext>
  );
}
