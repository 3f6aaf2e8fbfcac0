import { Button, Group } from '@mantine/core';
import type { ReactNode } from 'react';

/** The end of a form: Cancel, then the submit button (and any further action after it). */
export function FormActions({
  onCancel,
  submitLabel,
  saving,
  children,
}: {
  onCancel: () => void;
  submitLabel: string;
  saving: boolean;
  children?: ReactNode;
}) {
  return (
    <Group justify="flex-end" gap="xs">
      <Button variant="default" onClick={onCancel}>
        Cancel
      </Button>
      <Button type="submit" loading={saving}>
        {submitLabel}
      </Button>
      {children}
    </Group>
  );
}
