import { SegmentedControl } from '@mantine/core';

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
  return (
    <SegmentedControl
      aria-label="Status"
      data={[
        { value: 'active', label: 'Active' },
        { value: 'inactive', label: 'Inactive' },
        { value: 'all', label: 'All' },
      ]}
      value={value ?? 'active'}
      onChange={(next) => onChange(next === 'active' ? undefined : (next as ActiveFilterValue))}
    />
  );
}
