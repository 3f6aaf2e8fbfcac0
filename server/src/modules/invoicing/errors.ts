import { BusinessRuleViolation, Conflict } from '../../platform/errors.ts';

export class MoreThanInvoiceable extends BusinessRuleViolation {
  constructor(lines: Array<{ path: string; sku: string; requested: string; invoiceable: string }>) {
    super(
      'more_than_invoiceable',
      `More than was delivered and not yet invoiced: ${lines.map((l) => `${l.sku} (${l.requested} asked, ${l.invoiceable} left)`).join(', ')}`,
      { lines },
    );
  }
}

export class InvoiceHasPayments extends Conflict {
  constructor(number: string, paid: string) {
    super('invoice_has_payments', `${number} has ${paid} paid against it and cannot be cancelled`, { number, paid });
  }
}
