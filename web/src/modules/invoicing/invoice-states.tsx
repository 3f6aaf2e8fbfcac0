import { Badge, type BadgeProps } from '@mantine/core';
import type { InvoiceKind, InvoiceState } from './invoices-api.ts';

const invoiceStateLabels: Record<InvoiceState, string> = {
  draft: 'Draft',
  posted: 'Posted',
  partially_paid: 'Partially paid',
  paid: 'Paid',
  cancelled: 'Cancelled',
};

const stateColors: Record<InvoiceState, string> = {
  draft: 'gray',
  posted: 'brand',
  partially_paid: 'orange',
  paid: 'teal',
  cancelled: 'red',
};

export const invoiceStates = Object.keys(invoiceStateLabels) as InvoiceState[];
export const invoiceStateOptions = invoiceStates.map((state) => ({ value: state, label: invoiceStateLabels[state] }));

export const invoiceKindLabels: Record<InvoiceKind, string> = { invoice: 'Invoice', credit_note: 'Credit note' };
export const invoiceKinds = Object.keys(invoiceKindLabels) as InvoiceKind[];
export const invoiceKindOptions = invoiceKinds.map((kind) => ({ value: kind, label: invoiceKindLabels[kind] }));

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
  const label = kind === 'credit_note' && state === 'posted' ? 'Issued' : invoiceStateLabels[state];
  return (
    <Badge variant="light" color={stateColors[state]} size={size} data-testid="invoice-state">
      {label}
    </Badge>
  );
}

/** An invoice's number, or "Draft" until it is posted. */
export const invoiceTitle = (invoice: { number: string | null; kind: InvoiceKind }) =>
  invoice.number ?? `Draft ${invoiceKindLabels[invoice.kind].toLowerCase()}`;
