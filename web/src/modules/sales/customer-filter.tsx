import type { ListFilter } from '../../ui/list/list-filters.ts';
import { CustomerSelect } from '../../ui/pickers/index.ts';

/** "Customer" in a list's filter bar: one customer's documents, picked by code, name or email. */
export const customerFilter: ListFilter = {
  kind: 'picker',
  key: 'customerId',
  label: 'Customer',
  picker: (value, onChange) => (
    <CustomerSelect
      aria-label="Customer"
      placeholder="All customers"
      w={240}
      value={value ?? null}
      onChange={(customerId) => onChange(customerId ?? undefined)}
    />
  ),
};
