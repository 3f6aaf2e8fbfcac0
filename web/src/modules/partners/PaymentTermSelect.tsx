import { Select, type SelectProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePaymentTerms } from './payment-terms-api.ts';

interface PaymentTermSelectProps extends Omit<SelectProps, 'data' | 'value' | 'onChange'> {
  /** The term's id, or empty for plain net days. */
  value: string;
  onChange: (id: string) => void;
}

/** A customer's payment term: the company's active terms (and the one already chosen, if retired since). */
export function PaymentTermSelect({ value, onChange, ...props }: PaymentTermSelectProps) {
  const { t } = useTranslation('partners');
  const terms = usePaymentTerms();
  const choices = (terms.data ?? []).filter((term) => term.active || term.id === value);
  return (
    <Select
      placeholder={t('paymentTerms.none')}
      clearable
      searchable
      data={choices.map((term) => ({ value: term.id, label: term.name }))}
      value={value || null}
      onChange={(id) => onChange(id ?? '')}
      {...props}
    />
  );
}
