import { useTranslation } from 'react-i18next';
import { i18n } from '../../i18n/i18n.ts';
import type { ListFilter } from '../../ui/list/list-filters.ts';
import { CustomerSelect } from '../../ui/pickers/index.ts';

function CustomerFilterPicker({ value, onChange }: { value: string | undefined; onChange: (id?: string) => void }) {
  const { t } = useTranslation('sales');
  return (
    <CustomerSelect
      aria-label={t('customerFilter.label')}
      placeholder={t('customerFilter.all')}
      w={240}
      value={value ?? null}
      onChange={(customerId) => onChange(customerId ?? undefined)}
    />
  );
}

/** "Customer" in a list's filter bar: one customer's documents, picked by code, name or email. */
export const customerFilter: ListFilter = {
  kind: 'picker',
  key: 'customerId',
  // Shared by several list pages as a constant: the label is looked up when a page reads it, in the language on screen.
  get label() {
    return i18n.t('sales:customerFilter.label');
  },
  picker: (value, onChange) => <CustomerFilterPicker value={value} onChange={onChange} />,
};
