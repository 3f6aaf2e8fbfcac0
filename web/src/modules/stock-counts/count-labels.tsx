import { Badge, type BadgeProps } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { CountFrequency, CountState, VarianceReason } from './stock-counts-api.ts';

type CountsT = TFunction<'stock-counts'>;

const stateColors: Record<CountState, string> = {
  scheduled: 'gray',
  counting: 'brand',
  counted: 'cyan',
  reviewed: 'indigo',
  approved: 'violet',
  posted: 'teal',
  cancelled: 'red',
};

/** The states in their order; their names are the catalog's `countLabels.state.*`. */
export const countStates = Object.keys(stateColors) as CountState[];

export const countStateOptions = (t: CountsT) =>
  countStates.map((state) => ({ value: state, label: t(`countLabels.state.${state}`) }));

export function CountStateBadge({ state, size = 'sm' }: { state: CountState; size?: BadgeProps['size'] }) {
  const { t } = useTranslation('stock-counts');
  return (
    <Badge variant="light" color={stateColors[state]} size={size} data-testid="count-state">
      {t(`countLabels.state.${state}`)}
    </Badge>
  );
}

export const countFrequencies: CountFrequency[] = ['ad_hoc', 'daily', 'weekly', 'monthly', 'quarterly', 'yearly'];

export const frequencyLabel = (t: CountsT, frequency: CountFrequency) => t(`countLabels.frequency.${frequency}`);

/** SPEC §4.4: why a counted quantity differs from the system's. */
const varianceReasons: VarianceReason[] = [
  'theft',
  'damage',
  'input_error',
  'return_not_recorded',
  'receiving_error',
  'expired',
  'shrinkage',
  'system_error',
  'unknown',
  'other',
];

export const reasonLabel = (t: CountsT, reason: VarianceReason) => t(`countLabels.reason.${reason}`);

export const reasonOptions = (t: CountsT) => varianceReasons.map((value) => ({ value, label: reasonLabel(t, value) }));

const historyActions = ['start', 'finish', 'review', 'approve', 'reject', 'post', 'cancel'] as const;
const isHistoryAction = (action: string): action is (typeof historyActions)[number] =>
  (historyActions as readonly string[]).includes(action);

/** A step of the count's progress in words (`finish`: "Counting finished"); an unknown one as it is. */
export const historyActionLabel = (t: CountsT, action: string) =>
  isHistoryAction(action) ? t(`countLabels.action.${action}`) : action;
