import { Button, Group, Modal, Text } from '@mantine/core';
import { useBlocker } from '@tanstack/react-router';
import { useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { registerUnsavedEdits } from './live-updates.ts';

interface UnsavedChangesGuardProps {
  /**
   * The page's form: changed when its values differ from those it was opened or last saved with.
   * Anything else holding unsaved work (a counting sheet's edits) passes its own `isDirty`.
   */
  form: { isDirty(): boolean };
}

/**
 * Asks before leaving a changed form: on a link, the back button or Cancel inside the app, and
 * through the browser's own prompt when the tab is closed or reloaded. A form that saved calls
 * `form.resetDirty()` before it moves on, so saving never asks.
 */
export function UnsavedChangesGuard({ form }: UnsavedChangesGuardProps) {
  // Asked at the moment of leaving, so it sees the latest values without re-arming the blocker.
  const latest = useRef(form);
  latest.current = form;
  const changed = useCallback(() => latest.current.isDirty(), []);
  // While edited, another user's change only marks the page's data stale instead of refetching it.
  useEffect(() => registerUnsavedEdits(changed), [changed]);
  const blocker = useBlocker({ shouldBlockFn: changed, enableBeforeUnload: changed, withResolver: true });
  const asking = blocker.status === 'blocked';
  const { t } = useTranslation('ui');
  return (
    <Modal opened={asking} onClose={() => blocker.reset?.()} title={t('unsaved.title')} size="sm" centered>
      <Text size="sm">{t('unsaved.body')}</Text>
      <Group justify="flex-end" mt="lg" gap="xs">
        <Button variant="default" onClick={() => blocker.reset?.()} data-autofocus>
          {t('unsaved.stay')}
        </Button>
        <Button color="red" onClick={() => blocker.proceed?.()}>
          {t('unsaved.leave')}
        </Button>
      </Group>
    </Modal>
  );
}
