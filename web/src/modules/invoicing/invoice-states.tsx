import { Badge, type BadgeProps } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { InvoiceKind, InvoiceState } from './invoices-api.ts';

const stateColors: Record<InvoiceState, string> = {
  draft: 'gray',
  posted: 'brand',
  partially_paid: 'orange',
  paid: 'teal',
  cancelled: 'red',
};

export const invoiceStates = Object.keys(stateColors) as InvoiceState[];
export const invoiceStateOptions = (t: TFunction<'invoicing'>) =>
  invoiceStates.map((state) => ({ value: state, label: t(`invoiceStates.states.${state}`) }));

export const invoiceKinds: InvoiceKind[] = ['invoice', 'credit_note'];
export const invoiceKindOptions = (t: TFunction<'invoicing'>) =>
  invoiceKinds.map((kind) => ({ value: kind, label: t(`invoiceStates.kinds.${kind}`) }));

/** A credit note is "posted" when issued; it is never paid, so its state reads as issued. */
export function InvoiceStateBadge({
  state,
  kind = 'invoice',
  size = 'sm',
}: {
  state: InvoiceState;
  kind?: InvoiceKind;
  size?: BadgeProps['size'];
}) {
  const { t } = useTranslation('invoicing');
  const label =
    kind === 'credit_note' && state === 'posted' ? t('invoiceStates.issued') : t(`invoiceStates.states.${state}`);
  return (
    <Badge variant="light" color={stateColors[state]} size={size} data-testid="invoice-state">
      {label}
    </Badge>
  );
}

/** An invoice's number, or "Draft invoice" until it is posted. */
export const invoiceTitle = (t: TFunction<'invoicing'>, invoice: { number: string | null; kind: InvoiceKind }) =>
  invoice.number ?? t(`invoiceStates.draftTitles.${invoice.kind}`);
