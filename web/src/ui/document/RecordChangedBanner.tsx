import { Alert, Button, Group, Text } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../app/me.ts';
import { useRecordChange } from '../live-updates.ts';

/**
 * Says that someone else changed the open document just now. The page has refreshed itself
 * when nothing was being edited; otherwise it offers to reload, which refetches what it shows.
 */
export function RecordChangedBanner({ kind, id }: { kind: string; id: string }) {
  const { t } = useTranslation('ui');
  const me = useMe();
  const queryClient = useQueryClient();
  const { change, dismiss } = useRecordChange(kind, id, me.user.id);
  if (!change) return null;
  const name = change.actor?.name ?? t('live.someone');
  const reload = () => {
    void queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== 'me' });
    dismiss();
  };
  return (
    <Alert color="blue" mb="md" withCloseButton onClose={dismiss} data-testid="record-changed">
      <Group justify="space-between" gap="sm">
        <Text size="sm">{t(change.refreshed ? 'live.refreshed' : 'live.changed', { name })}</Text>
        {!change.refreshed && (
          <Button size="xs" variant="light" leftSection={<IconRefresh size={14} />} onClick={reload}>
            {t('live.reload')}
          </Button>
        )}
      </Group>
    </Alert>
  );
}
