import { Button, Group } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

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
  const { t } = useTranslation('ui');
  return (
    <Group justify="flex-end" gap="xs">
      <Button variant="default" onClick={onCancel}>
        {t('actions.cancel')}
      </Button>
      <Button type="submit" loading={saving}>
        {submitLabel}
      </Button>
      {children}
    </Group>
  );
}
