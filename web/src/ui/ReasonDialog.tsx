import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { type ReactNode, useState } from 'react';

interface ReasonDialogProps {
  opened: boolean;
  title: string;
  /** What the action does, said before the user gives the reason. */
  effect: string;
  reasonLabel: string;
  reasonPlaceholder: string;
  /** A reason must be given (a rejection); otherwise it may stay empty. */
  reasonRequired?: boolean;
  keepLabel: string;
  confirmLabel: string;
  color?: string;
  busy: boolean;
  onConfirm: (reason: string | undefined) => void;
  onClose: () => void;
  /** More to choose with the reason, such as the lines to count again. */
  children?: ReactNode;
  testId?: string;
}

/** Asks why before an action that cancels or sends a document back, and says what it does. */
export function ReasonDialog(props: ReasonDialogProps) {
  const [reason, setReason] = useState('');
  const given = reason.trim() || undefined;
  return (
    <Modal opened={props.opened} onClose={props.onClose} title={props.title} centered>
      <Stack gap="sm">
        <Text size="sm">{props.effect}</Text>
        <Textarea
          label={props.reasonLabel}
          required={props.reasonRequired}
          placeholder={props.reasonPlaceholder}
          autosize
          minRows={2}
          maxLength={500}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          data-testid={props.testId && `${props.testId}-reason`}
        />
        {props.children}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={props.onClose}>
            {props.keepLabel}
          </Button>
          <Button
            color={props.color ?? 'red'}
            disabled={props.reasonRequired && !given}
            loading={props.busy}
            onClick={() => props.onConfirm(given)}
            data-testid={props.testId && `confirm-${props.testId}`}
          >
            {props.confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
