import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import 'dayjs/locale/id';
import { useEffect, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { getSessionStatus, subscribeToSession } from '../api/session.ts';
import { FullPageLoader } from '../ui/FullPageLoader.tsx';
import { queryClient } from './query-client.ts';
import { router } from './router.ts';
import { theme } from './theme.ts';

/** Re-checks the route guards when the user logs in or out, and forgets a signed-out user's data. */
function useRoutesFollowSession(): void {
  useEffect(
    () =>
      subscribeToSession(() => {
        if (getSessionStatus() === 'signed-out') queryClient.clear();
        void router.invalidate();
      }),
    [],
  );
}

export function App() {
  const status = useSyncExternalStore(subscribeToSession, getSessionStatus);
  useRoutesFollowSession();
  // Pages that format dates and numbers without words of their own re-render in the new language too.
  const { i18n } = useTranslation();
  return (
    <MantineProvider theme={theme} defaultColorScheme="light">
      <DatesProvider settings={{ locale: i18n.language }}>
        <Notifications position="top-right" limit={4} />
        <QueryClientProvider client={queryClient}>
          {status === 'restoring' ? <FullPageLoader /> : <RouterProvider key={i18n.language} router={router} />}
        </QueryClientProvider>
      </DatesProvider>
    </MantineProvider>
  );
}
