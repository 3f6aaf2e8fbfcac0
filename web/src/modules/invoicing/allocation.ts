import type { TFunction } from 'i18next';
import { ApiError, type FieldProblem } from '../../api/errors.ts';
import { compareDecimals, isDecimalText, subtractDecimals } from '../../ui/decimal.ts';
import { friendlyFieldMessage } from '../../ui/form-errors.ts';
import { numberProblem } from '../../ui/form-rules.ts';

export interface OpenInvoice {
  id: string;
  amountDue: string;
}

/** Amounts typed per invoice id; an empty or missing entry settles nothing. */
export type Amounts = Record<string, string>;

const smaller = (a: string, b: string) => (compareDecimals(a, b) <= 0 ? a : b);

/**
 * Spreads `amount` over the invoices oldest due first (the order given), after `first` when named:
 * each gets what it still owes until the money runs out. The rest stays as the customer's credit.
 */
export function fillOldestFirst(invoices: OpenInvoice[], amount: string, first?: string): Amounts {
  const ordered = first
    ? [...invoices.filter((i) => i.id === first), ...invoices.filter((i) => i.id !== first)]
    : invoices;
  let left = isDecimalText(amount) ? amount.trim() : '0';
  const amounts: Amounts = {};
  for (const invoice of ordered) {
    const take = smaller(left, invoice.amountDue);
    if (compareDecimals(take, '0') <= 0) break;
    amounts[invoice.id] = take;
    left = subtractDecimals(left, take);
  }
  return amounts;
}

/** The allocations to send: invoices with an amount above zero, in the grid's order. */
export function allocationsOf(invoices: OpenInvoice[], amounts: Amounts) {
  return invoices.flatMap((invoice) => {
    const amount = amounts[invoice.id]?.trim() ?? '';
    return isDecimalText(amount) && compareDecimals(amount, '0') > 0 ? [{ invoiceId: invoice.id, amount }] : [];
  });
}

/** Why an amount typed for an invoice cannot be allocated, or null. */
export function allocationProblem(
  t: TFunction<'invoicing'>,
  amount: string | undefined,
  due: string,
  decimals: number,
): string | null {
  const text = amount?.trim() ?? '';
  const problem = numberProblem(text, { decimals });
  if (problem || text === '') return problem;
  return compareDecimals(text, due) > 0 ? t('allocationGrid.moreThanDue') : null;
}

/**
 * Splits the server's field problems: those about one allocation (`allocations.2.amount`) go to
 * the invoice that was sent third; the rest stay for the form.
 */
export function allocationErrors(error: unknown, sentInvoiceIds: string[]) {
  const byInvoice: Record<string, string> = {};
  const others: FieldProblem[] = [];
  let general: string | null = null;
  for (const problem of error instanceof ApiError ? error.fields : []) {
    const match = /^allocations\.(\d+)\./.exec(problem.path);
    const invoiceId = match ? sentInvoiceIds[Number(match[1])] : undefined;
    if (invoiceId) byInvoice[invoiceId] = friendlyFieldMessage(problem.message);
    else if (problem.path === 'allocations') general = problem.message;
    else others.push(problem);
  }
  const rest =
    error instanceof ApiError ? new ApiError(error.status, error.code, error.message, { fields: others }, null) : error;
  const placed = Object.keys(byInvoice).length > 0 || general !== null;
  return { byInvoice, general, rest: placed && others.length === 0 ? null : rest };
}
