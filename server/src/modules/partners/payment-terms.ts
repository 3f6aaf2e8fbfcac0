import type { paymentTerms } from './schema.ts';

export type PaymentTermRow = typeof paymentTerms.$inferSelect;
type Term = Pick<PaymentTermRow, 'days' | 'endOfMonth' | 'discountPercent' | 'discountDays'>;

const addDays = (isoDate: string, days: number) => {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
};

const endOfMonth = (isoDate: string) => {
  const date = new Date(`${isoDate}T00:00:00Z`);
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).toISOString().slice(0, 10);
};

/** What an invoice of `invoiceDate` owes under a term: when it is due, and the early-payment discount if any. */
export interface InvoiceTerms {
  dueDate: string;
  /** "2" of "2/10 Net 30": the discount for paying by `discountDueDate`. */
  discountPercent: string | null;
  discountDueDate: string | null;
}

/**
 * The due date counts from the invoice date, or for an end-of-month term from the last day of
 * the invoice's month (Net 30 EOM of 15 January: 2 March). An early-payment discount always
 * counts from the invoice date.
 */
export function invoiceTermsOf(term: Term, invoiceDate: string): InvoiceTerms {
  const from = term.endOfMonth ? endOfMonth(invoiceDate) : invoiceDate;
  const hasDiscount = term.discountPercent !== null && term.discountDays !== null;
  return {
    dueDate: addDays(from, term.days),
    discountPercent: hasDiscount ? term.discountPercent : null,
    discountDueDate: hasDiscount ? addDays(invoiceDate, term.discountDays!) : null,
  };
}

/** The terms a customer's invoice of `invoiceDate` gets: from its payment term, or its plain net days. */
export function customerInvoiceTerms(
  customer: { paymentTermsDays: number },
  term: PaymentTermRow | undefined,
  invoiceDate: string,
): InvoiceTerms & { termName: string | null } {
  if (!term) {
    const plain = { days: customer.paymentTermsDays, endOfMonth: false, discountPercent: null, discountDays: null };
    return { ...invoiceTermsOf(plain, invoiceDate), termName: null };
  }
  return { ...invoiceTermsOf(term, invoiceDate), termName: term.name };
}
