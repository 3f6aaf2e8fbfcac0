import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useActiveCompany } from '../../app/me.ts';
import { isDecimalText } from '../../ui/decimal.ts';
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
  const problem = threshold && !isDecimalText(threshold) ? 'A number such as 1000 or 2500.50' : null;

  const save = () =>
    change.mutate(threshold.trim(), {
      onSuccess: (saved) => {
        notifySuccess(`Counts above ${saved.approvalThreshold} ${company.currency} now need a manager’s approval`);
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
        <TextInput
          label={`Threshold (${company.currency})`}
          inputMode="decimal"
          value={threshold}
          error={problem}
          onChange={(event) => setThreshold(event.currentTarget.value)}
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
