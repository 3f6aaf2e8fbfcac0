import { Alert, List } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { lineErrorsOf } from './form-errors.ts';

interface LineErrorsBannerProps {
  /** The form's errors by path (`lines.1.quantity`); each clears when its field changes. */
  errors: Record<string, unknown>;
  /** The grid's columns in the words of its headers: `{ quantity: 'quantity' }`. */
  fields: Record<string, string>;
  list?: string;
}

/** Above a lines grid: which line and which field to fix, as the grid's cells may be out of sight. */
export function LineErrorsBanner({ errors, fields, list }: LineErrorsBannerProps) {
  const { t } = useTranslation('ui');
  const problems = lineErrorsOf(errors, fields, list);
  if (problems.length === 0) return null;
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconAlertTriangle size={18} />}
      title={t('lines.fixLines', { count: problems.length })}
      data-testid="line-errors"
    >
      <List size="sm" spacing={2}>
        {problems.map((problem) => (
          <List.Item key={problem}>{problem}</List.Item>
        ))}
      </List>
    </Alert>
  );
}
