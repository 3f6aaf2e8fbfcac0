import { DatePickerInput, type DatesRangeValue } from '@mantine/dates';
import { useState } from 'react';

interface DateRangeFilterProps {
  label: string;
  from: string | undefined;
  to: string | undefined;
  /** Called with both ends chosen (`YYYY-MM-DD`), or both cleared. */
  onChange: (from: string | undefined, to: string | undefined) => void;
}

/** A from–to date filter for a list; a single day is a range of one day. */
export function DateRangeFilter({ label, from, to, onChange }: DateRangeFilterProps) {
  const [range, setRange] = useState<DatesRangeValue<string>>([from ?? null, to ?? null]);
  const change = (next: DatesRangeValue<string>) => {
    setRange(next);
    const [start, end] = next;
    if (start && end) onChange(start, end);
    if (!start && !end) onChange(undefined, undefined);
  };
  return (
    <DatePickerInput
      type="range"
      aria-label={label}
      placeholder={label}
      w={240}
      clearable
      allowSingleDateInRange
      valueFormat="D MMM YYYY"
      value={range}
      onChange={(next) => change(next as DatesRangeValue<string>)}
    />
  );
}
