import { Button, Group, Paper, Text } from '@mantine/core';
import { IconChevronRight } from '@tabler/icons-react';
import { Fragment, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../ConfirmDialog.tsx';
import { notifyError } from '../notify.ts';

export interface DocumentState {
  value: string;
  label: string;
  /** A state off the usual path (cancelled): shown only while the document is in it. */
  aside?: boolean;
}

/**
 * What the user is asked before an action that posts, reserves or cannot be undone: the effect
 * in the document's own figures ("Post the invoice: Rp 1.110.000 receivable from PT Maju").
 */
export interface ActionConfirmation {
  title: string;
  effect: ReactNode;
  confirmLabel?: string;
  danger?: boolean;
}

/** One next step of a document, offered when the API's `allowedActions` has `action` and the user may take it. */
export interface DocumentAction {
  /** The workflow's name of the action (`confirm`, `post`, `cancel`). */
  action: string;
  label: string;
  icon?: ReactNode;
  /** The usual next step, shown filled; the others are outlined. */
  primary?: boolean;
  color?: string;
  /** Whether the user's permissions allow it; the state is checked against `allowedActions`. */
  permitted?: boolean;
  /** Asked first when set; `run` follows the user's yes. */
  confirm?: ActionConfirmation;
  /** Runs the action (or opens its own dialog, for actions that ask for more than a yes). */
  run?: () => unknown;
  /** Drawn instead of a button: a link to a form (Edit, Record payment). */
  link?: ReactNode;
  loading?: boolean;
  testId?: string;
}

interface StatusBarProps {
  states: readonly DocumentState[];
  current: string;
  allowedActions: readonly string[];
  actions: readonly DocumentAction[];
}

/** The actions a document offers now: allowed by its state (from the API) and by the user's permissions. */
export const offeredActions = (actions: readonly DocumentAction[], allowedActions: readonly string[]) =>
  actions.filter((a) => a.permitted !== false && allowedActions.includes(a.action));

/** The document's next actions as buttons, and its states in order with the current one set off. */
export function StatusBar({ states, current, allowedActions, actions }: StatusBarProps) {
  const { t } = useTranslation('ui');
  const [asking, setAsking] = useState<DocumentAction | null>(null);
  const [running, setRunning] = useState(false);
  const shown = states.filter((s) => !s.aside || s.value === current);
  const offered = offeredActions(actions, allowedActions);

  const confirmed = async () => {
    if (!asking) return;
    setRunning(true);
    try {
      await asking.run?.();
    } catch (error) {
      notifyError(error, t('document.actionFailed', { action: asking.label.toLowerCase() }));
    } finally {
      setRunning(false);
      setAsking(null);
    }
  };

  return (
    <Paper withBorder px="md" py="xs" mb="md" data-testid="status-bar">
      <Group justify="space-between" gap="sm">
        <Group gap="xs" data-testid="document-actions">
          {offered.map((a) =>
            a.link ? (
              <Fragment key={a.action}>{a.link}</Fragment>
            ) : (
              <Button
                key={a.action}
                size="sm"
                variant={a.primary ? 'filled' : 'default'}
                color={a.color}
                leftSection={a.icon}
                loading={a.loading}
                onClick={() => (a.confirm ? setAsking(a) : a.run?.())}
                data-testid={a.testId}
              >
                {a.label}
              </Button>
            ),
          )}
        </Group>
        <Group gap={4} wrap="wrap" role="list" aria-label={t('document.states')} data-testid="document-states">
          {shown.map((s, i) => (
            <Group key={s.value} gap={4} wrap="nowrap" role="listitem">
              {i > 0 && <IconChevronRight size={14} color="var(--mantine-color-dimmed)" aria-hidden />}
              <Text
                size="sm"
                px={8}
                py={2}
                fw={s.value === current ? 700 : 400}
                c={s.value === current ? 'white' : 'dimmed'}
                bg={s.value === current ? (s.aside ? 'red' : 'brand') : undefined}
                style={{ borderRadius: 'var(--mantine-radius-sm)' }}
                aria-current={s.value === current ? 'step' : undefined}
                data-testid={s.value === current ? 'current-state' : undefined}
              >
                {s.label}
              </Text>
            </Group>
          ))}
        </Group>
      </Group>
      <ConfirmDialog
        opened={asking !== null}
        title={asking?.confirm?.title ?? ''}
        confirmLabel={asking?.confirm?.confirmLabel ?? asking?.label ?? ''}
        danger={asking?.confirm?.danger}
        loading={running}
        onConfirm={() => void confirmed()}
        onCancel={() => setAsking(null)}
      >
        {asking?.confirm?.effect}
      </ConfirmDialog>
    </Paper>
  );
}
