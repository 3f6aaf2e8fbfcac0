import { DateInput, type DateInputProps } from '@mantine/dates';
import { useTranslation } from 'react-i18next';
import { useActiveCompany } from '../app/me.ts';
import { dayInputFormat, parseTypedDay, writesDayFirst } from './date-text.ts';

/**
 * One day, typed or picked: "7 Dec 2026", 7/12/2026 in the company's order of day and month, or
 * 2026-12-07. Text that is no real day goes back to the last good value when the field is left.
 */
export function DateField(props: Omit<DateInputProps, 'valueFormat' | 'dateParser'>) {
  const { t } = useTranslation('ui');
  const dayFirst = writesDayFirst(useActiveCompany().locale);
  return (
    <DateInput
      valueFormat={dayInputFormat}
      dateParser={(text) => parseTypedDay(text, dayFirst)}
      placeholder={t(dayFirst ? 'dateField.placeholderDayFirst' : 'dateField.placeholderMonthFirst')}
      fixOnBlur
      {...props}
    />
  );
}
