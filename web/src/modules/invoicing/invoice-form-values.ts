import { ApiError, type FieldProblem } from '../../api/errors.ts';
import { subtractDecimals } from '../../ui/decimal.ts';
import { formRules, numberProblem } from '../../ui/form-rules.ts';
import type { SalesOrder } from '../sales/index.ts';

/** A VAT rate override: empty for the company's default, else 0 to 100 with at most 2 decimals. */
export const rateProblem = formRules.percent;

/** A quantity to invoice: a decimal above zero with at most four decimals; `what` names it when missing. */
export const quantityProblem = (quantity: string, what: string): string | null =>
  numberProblem(quantity, { required: what, sign: 'positive' });

/** What of an order line can still be invoiced: delivered and not returned (services: ordered), less invoiced. */
export function invoiceableOf(line: SalesOrder['lines'][number]): string {
  const limit = line.stocked ? subtractDecimals(line.deliveredQuantity, line.returnedQuantity) : line.quantity;
  const left = subtractDecimals(limit, line.invoicedQuantity);
  return left.startsWith('-') ? '0' : left;
}

export interface NotInvoiceable {
  path: string;
  sku: string;
  requested: string;
  invoiceable: string;
}

/** The lines a `more_than_invoiceable` refusal names, or none for any other error. */
export function notInvoiceableLines(error: unknown): NotInvoiceable[] {
  if (!(error instanceof ApiError) || error.code !== 'more_than_invoiceable') return [];
  const lines = (error.details as { lines?: unknown } | undefined)?.lines;
  return Array.isArray(lines) ? (lines as NotInvoiceable[]) : [];
}

/**
 * Field problems of a request whose `lines` were a subset of the form's lines, moved to the form's
 * paths: `lines.0.quantity` of the request is `lines.3.quantity` of the form when line 4 was the first sent.
 */
export function toFormPaths(problems: FieldProblem[], sentIndexes: number[]): FieldProblem[] {
  return problems.map((problem) => {
    const match = /^lines\.(\d+)(\..*)?$/.exec(problem.path);
    const formIndex = match ? sentIndexes[Number(match[1])] : undefined;
    return formIndex === undefined ? problem : { ...problem, path: `lines.${formIndex}${match![2] ?? ''}` };
  });
}
