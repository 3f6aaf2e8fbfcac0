/** What other modules use of the invoicing module: they import it from here, never its files. */
export { CreateInvoiceButton, OrderInvoicesPanel } from './OrderInvoicing.tsx';
