import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Which records a master-data list shows; active ones unless told otherwise. */
export type ActiveFilterValue = 'inactive' | 'all' | undefined;

export const activeFilterChoices = ['inactive', 'all'] as const;

/** The API's `active` parameter for the choice: `true`, `false`, or no filter. */
export function activeParamOf(value: ActiveFilterValue): 'true' | 'false' | undefined {
  if (value === 'all') return undefined;
  return value === 'inactive' ? 'false' : 'true';
}

export function ActiveFilter({
  value,
  onChange,
}: {
  value: ActiveFilterValue;
  onChange: (value: ActiveFilterValue) => void;
}) {
  const { t } = useTranslation('ui');
  return (
    <SegmentedControl
      aria-label={t('activeFilter.label')}
      data={[
        { value: 'active', label: t('activeFilter.active') },
        { value: 'inactive', label: t('activeFilter.inactive') },
        { value: 'all', label: t('activeFilter.all') },
      ]}
      value={value ?? 'active'}
      onChange={(next) => onChange(next === 'active' ? undefined : (next as ActiveFilterValue))}
    />
  );
}
