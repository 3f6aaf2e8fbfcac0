import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { type UseMutationResult, useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, errorMessage } from '../../api/errors.ts';
import { type ChatterRecordRef, chatterKey } from '../chatter-api.ts';
import { notifySuccess } from '../notify.ts';

type Sent = { to: string; subject: string };

/** Sends a document's PDF; the mail then shows in its timeline, so the timeline is read again. */
export function useEmailDocument(record: ChatterRecordRef, send: (to: string | undefined) => Promise<Sent>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: chatterKey(record) }),
  });
}

interface EmailDocumentModalProps {
  /** "Sales order SO-2026-00012". */
  title: string;
  /** Whose address the mail goes to unless another is typed. */
  recipientName: string;
  email: UseMutationResult<Sent, Error, string | undefined>;
  opened: boolean;
  onClose: () => void;
}

/** Sends the document's PDF to the partner, or to another address typed here. */
export function EmailDocumentModal({ title, recipientName, email, opened, onClose }: EmailDocumentModalProps) {
  const { t } = useTranslation('ui');
  const [to, setTo] = useState('');
  const fieldError =
    email.error instanceof ApiError
      ? email.error.fields.find((field) => field.path.endsWith('to'))?.message
      : undefined;
  const send = () =>
    email.mutate(to.trim() || undefined, {
      onSuccess: (sent) => {
        notifySuccess(t('emailDocument.sent', { title, to: sent.to }));
        email.reset();
        setTo('');
        onClose();
      },
    });
  return (
    <Modal opened={opened} onClose={onClose} title={t('emailDocument.title', { title })} size="md">
      <Stack gap="sm">
        <Text size="sm">{t('emailDocument.explanation')}</Text>
        <TextInput
          label={t('emailDocument.sendTo')}
          description={t('emailDocument.sendToHint', { recipient: recipientName })}
          type="email"
          maxLength={254}
          value={to}
          onChange={(event) => setTo(event.currentTarget.value)}
          error={fieldError}
          data-testid="email-to"
        />
        {email.error && !fieldError && (
          <Text size="sm" c="red">
            {errorMessage(email.error)}
          </Text>
        )}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            {t('actions.cancel')}
          </Button>
          <Button onClick={send} loading={email.isPending} data-testid="email-send">
            {t('emailDocument.send')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
