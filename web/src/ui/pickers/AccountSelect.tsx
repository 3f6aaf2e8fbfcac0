import { useTranslation } from 'react-i18next';
import { accountLabel, useAccounts } from '../../modules/accounting/index.ts';
import { type PickerProps, RecordSelect } from './RecordSelect.tsx';

/** Pick an account of the chart by code or name: group accounts (as parents), or those that take postings. */
export function AccountSelect({ value, groups = false, ...props }: PickerProps & { groups?: boolean }) {
  const { t } = useTranslation('ui');
  const accounts = useAccounts();
  const records = accounts.data?.filter((a) => (groups ? a.isGroup : !a.isGroup && (a.active || a.id === value)));
  return (
    <RecordSelect
      records={records}
      labelOf={accountLabel}
      loading={accounts.isFetching}
      nothingFound={t('pickers.noAccount')}
      value={value}
      {...props}
    />
  );
}
