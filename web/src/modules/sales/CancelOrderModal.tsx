import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

interface CancelOrderModalProps {
  opened: boolean;
  number: string;
  /** A confirmed order gives its reserved stock back. */
  releasesStock: boolean;
  cancelling: boolean;
  onCancelOrder: (reason: string | undefined) => void;
  onClose: () => void;
}

export function CancelOrderModal({
  opened,
  number,
  releasesStock,
  cancelling,
  onCancelOrder,
  onClose,
}: CancelOrderModalProps) {
  const { t } = useTranslation('sales');
  const [reason, setReason] = useState('');
  return (
    <Modal opened={opened} onClose={onClose} title={t('cancelOrderModal.title', { number })} centered>
      <Stack gap="sm">
        <Text size="sm">{releasesStock ? t('cancelOrderModal.releasesStock') : t('cancelOrderModal.keepsDraft')}</Text>
        <Textarea
          label={t('cancelOrderModal.reason')}
          placeholder={t('cancelOrderModal.reasonPlaceholder')}
          autosize
          minRows={2}
          maxLength={500}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
        />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            {t('cancelOrderModal.keep')}
          </Button>
          <Button color="red" loading={cancelling} onClick={() => onCancelOrder(reason.trim() || undefined)}>
            {t('cancelOrderModal.cancel')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
