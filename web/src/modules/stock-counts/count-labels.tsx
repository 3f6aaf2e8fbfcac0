import { Badge, type BadgeProps } from '@mantine/core';
import type { CountFrequency, CountState, VarianceReason } from './stock-counts-api.ts';

const stateLabels: Record<CountState, string> = {
  scheduled: 'Scheduled',
  counting: 'Counting',
  counted: 'Counted',
  reviewed: 'Reviewed',
  approved: 'Approved',
  posted: 'Posted',
  cancelled: 'Cancelled',
};

const stateColors: Record<CountState, string> = {
  scheduled: 'gray',
  counting: 'brand',
  counted: 'cyan',
  reviewed: 'indigo',
  approved: 'violet',
  posted: 'teal',
  cancelled: 'red',
};

export const countStates = Object.keys(stateLabels) as CountState[];
export const countStateOptions = countStates.map((state) => ({ value: state, label: stateLabels[state] }));

export function CountStateBadge({ state, size = 'sm' }: { state: CountState; size?: BadgeProps['size'] }) {
  return (
    <Badge variant="light" color={stateColors[state]} size={size} data-testid="count-state">
      {stateLabels[state]}
    </Badge>
  );
}

export const frequencyLabels: Record<CountFrequency, string> = {
  ad_hoc: 'Ad hoc',
  daily: 'Daily',
  weekly: 'Weekly',
  monthly: 'Monthly',
  quarterly: 'Quarterly',
  yearly: 'Yearly',
};
export const frequencyOptions = (Object.keys(frequencyLabels) as CountFrequency[]).map((value) => ({
  value,
  label: frequencyLabels[value],
}));

/** SPEC §4.4: why a counted quantity differs from the system's. */
export const reasonLabels: Record<VarianceReason, string> = {
  theft: 'Theft',
  damage: 'Damage',
  input_error: 'Input error',
  return_not_recorded: 'Return not recorded',
  receiving_error: 'Receiving error',
  expired: 'Expired',
  shrinkage: 'Shrinkage',
  system_error: 'System error',
  unknown: 'Unknown',
  other: 'Other',
};
export const reasonOptions = (Object.keys(reasonLabels) as VarianceReason[]).map((value) => ({
  value,
  label: reasonLabels[value],
}));

export const actionLabels: Record<string, string> = {
  start: 'Started',
  finish: 'Counting finished',
  review: 'Reviewed',
  approve: 'Approved',
  reject: 'Rejected',
  post: 'Posted',
  cancel: 'Cancelled',
};
