import { eq } from 'drizzle-orm';
import type { Content } from 'pdfmake';
import type { TenantContext } from '../../db/database.ts';
import { renderPdf } from '../../platform/export/pdf.ts';
import { tenants } from '../../platform/tenancy/schema.ts';
import type { getInvoice } from './queries/invoice-queries.ts';

type InvoiceDetail = NonNullable<Awaited<ReturnType<typeof getInvoice>>>;

const right = (text: string, bold = false): Content => ({ text, alignment: 'right', bold });

/** The invoice (or credit note) as the customer receives it: seller, buyer, lines, VAT and total. */
export async function invoicePdf(ctx: TenantContext, invoice: InvoiceDetail): Promise<Buffer> {
  const [company] = await ctx.tx.select({ name: tenants.name }).from(tenants).where(eq(tenants.id, ctx.tenantId));
  const title = invoice.kind === 'credit_note' ? 'Credit note' : 'Invoice';
  const lines: Content[][] = [
    ['#', 'Description', 'Quantity', 'Unit price', 'Disc. %', 'Net', 'VAT %', 'VAT'].map((h) => ({
      text: h,
      bold: true,
      fillColor: '#eef1f5',
    })),
    ...invoice.lines.map((l) => [
      String(l.lineNo),
      l.description,
      right(l.quantity),
      right(l.unitPrice),
      right(l.discountPercent),
      right(l.netAmount),
      right(l.taxRate),
      right(l.taxAmount),
    ]),
  ];
  return renderPdf({
    pageMargins: [36, 40, 36, 40],
    defaultStyle: { fontSize: 9 },
    content: [
      {
        columns: [
          { text: company!.name, fontSize: 14, bold: true },
          { text: `${title} ${invoice.number ?? '(draft)'}`, fontSize: 14, bold: true, alignment: 'right' },
        ],
      },
      {
        margin: [0, 12, 0, 12],
        columns: [
          {
            stack: [
              { text: 'Bill to', color: '#666666' },
              { text: invoice.customerName, bold: true },
            ],
          },
          {
            alignment: 'right',
            stack: [
              `Date: ${invoice.invoiceDate}`,
              `Due: ${invoice.dueDate}`,
              ...(invoice.salesOrderNumber ? [`Order: ${invoice.salesOrderNumber}`] : []),
              ...(invoice.creditedInvoiceNumber ? [`Cancels: ${invoice.creditedInvoiceNumber}`] : []),
            ],
          },
        ],
      },
      {
        table: { headerRows: 1, widths: [16, '*', 'auto', 'auto', 'auto', 'auto', 'auto', 'auto'], body: lines },
        layout: 'lightHorizontalLines',
      },
      {
        margin: [0, 12, 0, 0],
        table: {
          widths: ['*', 'auto', 'auto'],
          body: [
            ['', 'Net', right(invoice.subtotal)],
            ['', 'VAT', right(invoice.taxTotal)],
            ['', { text: `Total (${invoice.currency})`, bold: true }, right(invoice.total, true)],
            ...(invoice.kind === 'invoice'
              ? [
                  ['', 'Paid', right(invoice.amountPaid)],
                  ['', 'Due', right(invoice.amountDue, true)],
                ]
              : []),
          ],
        },
        layout: 'noBorders',
      },
      ...(invoice.notes ? [{ text: invoice.notes, margin: [0, 16, 0, 0] as [number, number, number, number] }] : []),
    ],
  });
}
