import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useActiveCompany } from '../../app/me.ts';
import { DecimalInput } from '../../ui/DecimalInput.tsx';
import { numberProblem } from '../../ui/form-rules.ts';
import { formatMoney } from '../../ui/format.ts';
import { notifyError, notifySuccess } from '../../ui/notify.ts';
import { useChangeCountSettings, useCountSettings } from './stock-counts-api.ts';

/** The variance value above which a count needs a manager's approval. */
export function CountSettingsModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
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
        notifySuccess(`Counts above ${formatMoney(saved.approvalThreshold, company)} now need a manager’s approval`);
        onClose();
      },
      onError: (error) => notifyError(error, 'Could not change the threshold'),
    });

  return (
    <Modal opened={opened} onClose={onClose} title="Approval threshold" centered>
      <Stack gap="sm">
        <Text size="sm">
          When a count’s variance value — gains and losses added without their sign, at the snapshot’s costs — exceeds
          this amount, only a manager may approve it. Reviewers approve smaller counts themselves.
        </Text>
        <DecimalInput
          label={`Threshold (${company.currency})`}
          kind="money"
          value={threshold}
          error={problem}
          onChange={setThreshold}
          data-testid="approval-threshold"
        />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button loading={change.isPending} disabled={!threshold || Boolean(problem)} onClick={save}>
            Save
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
