import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useActiveCompany } from '../../app/me.ts';
import { DecimalInput } from '../../ui/DecimalInput.tsx';
import { numberProblem } from '../../ui/form-rules.ts';
import { formatMoney } from '../../ui/format.ts';
import { notifyError, notifySuccess } from '../../ui/notify.ts';
import { useChangeCountSettings, useCountSettings } from './stock-counts-api.ts';

/** The variance value above which a count needs a manager's approval. */
export function CountSettingsModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation(['stock-counts', 'ui']);
  const company = useActiveCompany();
  const settings = useCountSettings();
  const change = useChangeCountSettings();
  const [threshold, setThreshold] = useState('');
  useEffect(() => {
    if (opened && settings.data) setThreshold(settings.data.approvalThreshold);
  }, [opened, settings.data]);
  const problem = numberProblem(threshold);

  const save = () =>
    change.mutate(threshold.trim(), {
      onSuccess: (saved) => {
        notifySuccess(t('countSettings.saved', { amount: formatMoney(saved.approvalThreshold, company) }));
        onClose();
      },
      onError: (error) => notifyError(error, t('countSettings.failed')),
    });

  return (
    <Modal opened={opened} onClose={onClose} title={t('countSettings.title')} centered>
      <Stack gap="sm">
        <Text size="sm">{t('countSettings.intro')}</Text>
        <DecimalInput
          label={t('countSettings.threshold', { currency: company.currency })}
          kind="money"
          value={threshold}
          error={problem}
          onChange={setThreshold}
          data-testid="approval-threshold"
        />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            {t('ui:actions.cancel')}
          </Button>
          <Button loading={change.isPending} disabled={!threshold || Boolean(problem)} onClick={save}>
            {t('ui:actions.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
