/** What other modules use of the sales module: they import it from here, never its files. */
export { customerFilter } from './customer-filter.tsx';
export { discountProblem } from './order-form-values.ts';
export type { SalesOrder } from './sales-api.ts';
