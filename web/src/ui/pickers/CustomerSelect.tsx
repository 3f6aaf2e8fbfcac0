import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCustomer, useCustomerSearch } from '../../modules/partners/index.ts';
import { type PickerProps, RecordSelect } from './RecordSelect.tsx';

/** Pick an active customer by code, name or email; the server does the searching. */
export function CustomerSelect({ value, ...props }: PickerProps) {
  const { t } = useTranslation('ui');
  const [query, setQuery] = useState('');
  const found = useCustomerSearch(query);
  const chosen = useCustomer(value ?? undefined);
  return (
    <RecordSelect
      clearable
      records={found.data}
      chosen={chosen.data}
      onSearch={setQuery}
      loading={found.isFetching}
      labelOf={(c) => `${c.name} (${c.code})`}
      nothingFound={t('pickers.noCustomer')}
      value={value}
      {...props}
    />
  );
}
