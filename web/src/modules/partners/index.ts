/** What other modules use of the partners module: they import it from here, never its files. */
export { useCustomer, useCustomerSearch } from './customers-api.ts';
