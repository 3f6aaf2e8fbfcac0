import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

interface CancelCountModalProps {
  opened: boolean;
  number: string;
  cancelling: boolean;
  onCancelCount: (reason: string | undefined) => void;
  onClose: () => void;
}

export function CancelCountModal({ opened, number, cancelling, onCancelCount, onClose }: CancelCountModalProps) {
  const { t } = useTranslation('stock-counts');
  const [reason, setReason] = useState('');
  return (
    <Modal opened={opened} onClose={onClose} title={t('cancelCount.title', { number })} centered>
      <Stack gap="sm">
        <Text size="sm">{t('cancelCount.body')}</Text>
        <Textarea
          label={t('cancelCount.reason')}
          placeholder={t('cancelCount.reasonPlaceholder')}
          autosize
          minRows={2}
          maxLength={500}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
        />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            {t('cancelCount.keep')}
          </Button>
          <Button color="red" loading={cancelling} onClick={() => onCancelCount(reason.trim() || undefined)}>
            {t('cancelCount.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
