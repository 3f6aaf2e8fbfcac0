import type { Content } from 'pdfmake';
import type { TenantContext } from '../../db/database.ts';
import { amountInWords } from '../../platform/export/amount-in-words.ts';
import { DocumentFormat } from '../../platform/export/document-format.ts';
import { addressLines, senderBlock } from '../../platform/export/letterhead-pdf.ts';
import { type PdfDocument, pageOf, renderPdf } from '../../platform/export/pdf.ts';
import { companyLetterhead, type Letterhead } from '../../platform/settings/company-letterhead.ts';
import { type CustomerRow, getCustomer } from '../partners/index.ts';
import type { SalesOrderView } from './queries/sales-order-queries.ts';

const right = (text: string, bold = false): Content => ({ text, alignment: 'right', bold });
const heading = (text: string, alignment: 'left' | 'right' = 'left'): Content => ({
  text,
  bold: true,
  alignment,
  fillColor: '#eef1f5',
});

/** The order confirmation the customer receives: what was ordered, at what price, and the order's number to quote. */
export async function orderConfirmationPdf(ctx: TenantContext, order: SalesOrderView): Promise<Buffer> {
  const company = await companyLetterhead(ctx);
  const customer = await getCustomer(ctx, order.customerId);
  return renderPdf(orderConfirmationDocument(order, company, customer));
}

export function orderConfirmationDocument(
  order: SalesOrderView,
  company: Letterhead,
  customer: CustomerRow | undefined,
): PdfDocument {
  const format = new DocumentFormat(company);
  const { words } = format;
  const money = (amount: string) => format.money(amount, order.currency);
  const title = words.t('document.orderConfirmation');
  const c = (column: 'description' | 'quantity' | 'unitPrice' | 'discount' | 'net') =>
    words.t(`document.columns.${column}`);
  const lines: Content[][] = [
    [heading('#'), heading(c('description')), heading(c('quantity'), 'right'), heading(c('unitPrice'), 'right')].concat(
      [heading(c('discount'), 'right'), heading(c('net'), 'right')],
    ),
    ...order.lines.map((l) => [
      String(l.lineNo),
      {
        stack: [
          { text: `${l.sku} · ${l.productName}` },
          ...(l.description ? [{ text: l.description, color: '#555555' }] : []),
        ],
      },
      right(`${format.number(l.quantity)} ${l.unitOfMeasure}`),
      right(money(l.unitPrice)),
      right(format.percent(l.discountPercent)),
      right(money(l.lineTotal)),
    ]),
  ];
  const totals: Array<[string, string, boolean]> = [
    [words.t('document.subtotal'), money(order.subtotal), false],
    ...(order.discountTotal !== '0'
      ? [[words.t('document.discountTotal'), `−${money(order.discountTotal)}`, false] as [string, string, boolean]]
      : []),
    [words.t('document.total'), money(order.total), true],
  ];
  const buyer: Content = {
    stack: [
      { text: words.t('document.orderedBy'), color: '#666666' },
      { text: order.customerName, bold: true, fontSize: 11 },
      ...(customer ? addressLines(customer, format, company.country) : []),
      ...(customer?.taxId ? [`${words.t('document.taxId')}: ${customer.taxId}`] : []),
    ],
  };
  const facts: Array<[string, string]> = [
    [words.t('document.orderDate'), format.date(order.orderDate)],
    [words.t('document.status'), words.code('salesOrderState', order.state)],
  ];
  return {
    info: { title: `${title} ${order.number}`, author: company.name },
    pageMargins: [36, 40, 36, 48],
    defaultStyle: { fontSize: 9 },
    content: [
      {
        columns: [
          { width: '*', stack: [senderBlock(company, format)] },
          {
            width: 'auto',
            stack: [
              { text: title.toUpperCase(), fontSize: 16, bold: true, alignment: 'right' },
              { text: order.number, fontSize: 11, alignment: 'right' },
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
          { width: '*', stack: [buyer] },
          {
            width: 'auto',
            layout: 'noBorders',
            table: {
              widths: ['*', 'auto'],
              body: facts.map(([label, value]) => [
                { text: label, color: '#666666', alignment: 'right' },
                right(value, true),
              ]),
            },
          },
        ],
      },
      {
        table: { headerRows: 1, widths: [14, '*', 'auto', 'auto', 'auto', 'auto'], body: lines },
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
          { text: amountInWords(order.total, order.currency, format.locale, format.language), italics: true },
        ],
      },
      { margin: [0, 14, 0, 0], text: words.t('document.orderThanks', { number: order.number }) },
      ...(order.notes
        ? [{ margin: [0, 14, 0, 0], stack: [{ text: words.t('document.notes'), bold: true }, order.notes] } as Content]
        : []),
    ],
    footer: (page: number, pages: number) => ({
      margin: [36, 16],
      fontSize: 7,
      color: '#777777',
      columns: [`${company.name} · ${title} ${order.number}`, { text: pageOf(words, page, pages), alignment: 'right' }],
    }),
  };
}
