import type { Content } from 'pdfmake';
import type { TenantContext } from '../../db/database.ts';
import { amountInWords } from '../../platform/export/amount-in-words.ts';
import { DocumentFormat } from '../../platform/export/document-format.ts';
import { addressLines, bankDetails, senderBlock } from '../../platform/export/letterhead-pdf.ts';
import { type PdfDocument, pageOf, renderPdf } from '../../platform/export/pdf.ts';
import type { catalogs, Words } from '../../platform/i18n/index.ts';
import { companyLetterhead, type Letterhead } from '../../platform/settings/company-letterhead.ts';
import { type CustomerRow, getCustomer } from '../partners/index.ts';
import type { getInvoice } from './queries/invoice-queries.ts';

type InvoiceDetail = NonNullable<Awaited<ReturnType<typeof getInvoice>>>;

const right = (text: string, bold = false): Content => ({ text, alignment: 'right', bold });
const heading = (text: string, alignment: 'left' | 'right' = 'left'): Content => ({
  text,
  bold: true,
  alignment,
  fillColor: '#eef1f5',
});

const DAY_MS = 86_400_000;
const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS);

/** The buyer's block: name, address and tax id, as they are on the customer record now. */
export function buyerBlock(
  name: string,
  customer: CustomerRow | undefined,
  company: Letterhead,
  format: DocumentFormat,
  words: Words,
): Content {
  return {
    stack: [
      { text: words.t('document.billTo'), color: '#666666' },
      { text: name, bold: true, fontSize: 11 },
      ...(customer ? addressLines(customer, format, company.country) : []),
      ...(customer?.taxId ? [`${words.t('document.taxId')}: ${customer.taxId}`] : []),
    ],
  };
}

/** Label and value pairs, right-aligned, such as the invoice's dates and references. */
export function factTable(facts: Array<[string, string]>): Content {
  return {
    layout: 'noBorders',
    table: {
      widths: ['*', 'auto'],
      body: facts.map(([label, value]) => [{ text: label, color: '#666666', alignment: 'right' }, right(value, true)]),
    },
  };
}

/** The invoice (or credit note) as the customer receives it: seller, buyer, terms, lines, VAT, totals and how to pay. */
export async function invoicePdf(ctx: TenantContext, invoice: InvoiceDetail): Promise<Buffer> {
  const company = await companyLetterhead(ctx);
  const customer = await getCustomer(ctx, invoice.customerId);
  return renderPdf(invoiceDocument(invoice, company, customer));
}

export function invoiceDocument(
  invoice: InvoiceDetail,
  company: Letterhead,
  customer: CustomerRow | undefined,
): PdfDocument {
  const format = new DocumentFormat(company);
  const { words } = format;
  const money = (amount: string) => format.money(amount, invoice.currency);
  const isInvoice = invoice.kind === 'invoice';
  const title = words.t(isInvoice ? 'document.invoice' : 'document.creditNote');
  const number = invoice.number ?? words.t('document.draft');
  const termDays = daysBetween(invoice.invoiceDate, invoice.dueDate);

  const facts: Array<[string, string]> = [
    [words.t(isInvoice ? 'document.invoiceDate' : 'document.date'), format.date(invoice.invoiceDate)],
    ...(isInvoice
      ? ([
          [words.t('document.dueDate'), format.date(invoice.dueDate)],
          [
            words.t('document.paymentTerms'),
            invoice.paymentTermName ??
              (termDays <= 0 ? words.t('document.dueOnReceipt') : words.t('document.netDays', { days: termDays })),
          ],
          ...(invoice.earlyPaymentDiscountPercent && invoice.earlyPaymentDiscountDueDate
            ? [
                [
                  words.t('document.earlyPaymentDiscount'),
                  words.t('document.earlyPaymentDiscountUntil', {
                    percent: format.percent(invoice.earlyPaymentDiscountPercent),
                    date: format.date(invoice.earlyPaymentDiscountDueDate),
                  }),
                ],
              ]
            : []),
        ] as Array<[string, string]>)
      : []),
    ...(invoice.salesOrderNumber
      ? [[words.t('document.salesOrder'), invoice.salesOrderNumber] as [string, string]]
      : []),
    ...(invoice.creditedInvoiceNumber
      ? [[words.t('document.credits'), invoice.creditedInvoiceNumber] as [string, string]]
      : []),
  ];

  const c = (column: keyof typeof catalogs.en.document.columns) => words.t(`document.columns.${column}`);
  const lines: Content[][] = [
    [
      heading('#'),
      heading(c('description')),
      heading(c('quantity'), 'right'),
      heading(c('unitPrice'), 'right'),
      heading(c('discount'), 'right'),
      heading(c('net'), 'right'),
      heading(c('vatRate'), 'right'),
      heading(c('vat'), 'right'),
    ],
    ...invoice.lines.map((l) => [
      String(l.lineNo),
      l.description,
      right(format.number(l.quantity)),
      right(money(l.unitPrice)),
      right(format.percent(l.discountPercent)),
      right(money(l.netAmount)),
      right(format.percent(l.taxRate)),
      right(money(l.taxAmount)),
    ]),
  ];

  const totals: Array<[string, string, boolean]> = [
    [words.t('document.subtotal'), money(invoice.subtotal), false],
    [words.t('document.vat'), money(invoice.taxTotal), false],
    [words.t('document.total'), money(invoice.total), true],
    ...(isInvoice && invoice.number
      ? ([
          [words.t('document.paid'), money(invoice.amountPaid), false],
          [words.t('document.amountDue'), money(invoice.amountDue), true],
        ] as Array<[string, string, boolean]>)
      : []),
  ];

  const payment: Content[] =
    isInvoice && company.bankAccounts.length > 0
      ? [
          {
            margin: [0, 16, 0, 0],
            stack: [
              {
                text: words.t('document.payBy', {
                  amount: money(invoice.number ? invoice.amountDue : invoice.total),
                  date: format.date(invoice.dueDate),
                }),
                bold: true,
              },
              ...bankDetails(company, words),
              ...(invoice.number
                ? [{ text: words.t('document.quote', { number: invoice.number }), margin: [0, 4, 0, 0] } as Content]
                : []),
            ],
          },
        ]
      : [];

  const watermark =
    invoice.state === 'cancelled'
      ? words.t('document.cancelled')
      : invoice.state === 'draft'
        ? words.t('document.draft')
        : undefined;

  return {
    info: { title: `${title} ${number}`, author: company.name },
    pageMargins: [36, 40, 36, 48],
    defaultStyle: { fontSize: 9 },
    ...(watermark ? { watermark: { text: watermark, opacity: 0.08, bold: true } } : {}),
    content: [
      {
        columns: [
          { width: '*', stack: [senderBlock(company, format)] },
          {
            width: 'auto',
            stack: [
              { text: title.toUpperCase(), fontSize: 18, bold: true, alignment: 'right' },
              { text: number, fontSize: 11, alignment: 'right' },
            ],
          },
        ],
      },
      {
        canvas: [{ type: 'line', x1: 0, y1: 0, x2: 523, y2: 0, lineWidth: 0.5, lineColor: '#bbbbbb' }],
        margin: [0, 10, 0, 10],
      },
      {
        margin: [0, 0, 0, 14],
        columns: [
          { width: '*', stack: [buyerBlock(invoice.customerName, customer, company, format, words)] },
          { width: 'auto', stack: [factTable(facts)] },
        ],
      },
      {
        table: { headerRows: 1, widths: [14, '*', 'auto', 'auto', 'auto', 'auto', 'auto', 'auto'], body: lines },
        layout: 'lightHorizontalLines',
      },
      {
        margin: [0, 10, 0, 0],
        columns: [
          { width: '*', text: '' },
          {
            width: 'auto',
            layout: 'noBorders',
            table: {
              widths: ['auto', 'auto'],
              body: totals.map(([label, value, bold]) => [{ text: label, bold }, right(value, bold)]),
            },
          },
        ],
      },
      {
        margin: [0, 6, 0, 0],
        text: [
          { text: `${words.t('document.inWords')}: `, color: '#666666' },
          { text: amountInWords(invoice.total, invoice.currency, format.locale, format.language), italics: true },
        ],
      },
      ...payment,
      ...(invoice.notes
        ? [
            {
              margin: [0, 14, 0, 0],
              stack: [{ text: words.t('document.notes'), bold: true }, invoice.notes],
            } as Content,
          ]
        : []),
    ],
    footer: (page: number, pages: number) => ({
      margin: [36, 16],
      fontSize: 7,
      color: '#777777',
      columns: [`${company.name} · ${title} ${number}`, { text: pageOf(words, page, pages), alignment: 'right' }],
    }),
  };
}
