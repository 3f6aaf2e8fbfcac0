import { Select, type SelectProps } from '@mantine/core';
import { useAccounts } from './accounting-api.ts';
import { accountLabel } from './labels.ts';

interface AccountSelectProps extends Omit<SelectProps, 'data' | 'value' | 'onChange'> {
  value?: string | null;
  onChange: (accountId: string | null) => void;
  /** Group accounts too (as parents); otherwise only accounts that take postings. */
  groups?: boolean;
}

/** Pick an account of the chart by code or name. */
export function AccountSelect({ value, onChange, groups = false, ...props }: AccountSelectProps) {
  const accounts = useAccounts();
  const data = (accounts.data ?? [])
    .filter((a) => (groups ? a.isGroup : !a.isGroup && (a.active || a.id === value)))
    .map((a) => ({ value: a.id, label: accountLabel(a) }));
  return (
    <Select
      searchable
      data={data}
      value={value ?? null}
      onChange={onChange}
      nothingFoundMessage={accounts.isFetching ? 'Loading…' : 'No account matches'}
      {...props}
    />
  );
}
