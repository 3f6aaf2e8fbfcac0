import type { Content, TableCell } from 'pdfmake';
import type { TenantContext } from '../../db/database.ts';
import { DocumentFormat } from '../../platform/export/document-format.ts';
import { bankDetails, senderBlock } from '../../platform/export/letterhead-pdf.ts';
import { pageOf, renderPdf } from '../../platform/export/pdf.ts';
import { companyLetterhead } from '../../platform/settings/company-letterhead.ts';
import type { CustomerRow } from '../partners/index.ts';
import { buyerBlock, factTable } from './invoice-pdf.ts';
import type { customerStatement } from './queries/receivables.ts';

type Statement = Awaited<ReturnType<typeof customerStatement>>;

const right = (text: string, bold = false): Content => ({ text, alignment: 'right', bold });

/** A customer's statement of account as it is sent: letterhead, customer, period, every document and the balance. */
export async function statementPdf(ctx: TenantContext, customer: CustomerRow, statement: Statement): Promise<Buffer> {
  const company = await companyLetterhead(ctx);
  const format = new DocumentFormat(company);
  const { words } = format;
  const money = (amount: string) => format.money(amount, company.currency);
  const columns = ['date', 'document', 'number', 'reference', 'debit', 'credit', 'balance'] as const;
  const body: TableCell[][] = [
    columns.map((column, i) => ({
      text: words.t(`statement.columns.${column}`),
      bold: true,
      fillColor: '#eef1f5',
      alignment: i >= 4 ? 'right' : 'left',
    })),
    [
      format.date(statement.from),
      { text: words.t('statement.openingBalance'), colSpan: 5, italics: true },
      {},
      {},
      {},
      {},
      right(money(statement.openingBalance)),
    ],
    ...statement.lines.map((l) => [
      format.date(l.date),
      words.t(`statement.kinds.${l.kind}`),
      l.number,
      l.reference ?? '',
      right(Number(l.debit) === 0 ? '' : money(l.debit)),
      right(Number(l.credit) === 0 ? '' : money(l.credit)),
      right(money(l.balance)),
    ]),
  ];
  const title = words.t('statement.title');
  return renderPdf({
    info: { title: `${title} ${customer.name}`, author: company.name },
    pageMargins: [36, 40, 36, 48],
    defaultStyle: { fontSize: 9 },
    content: [
      {
        columns: [
          { width: '*', stack: [senderBlock(company, format)] },
          { width: 'auto', text: title.toUpperCase(), fontSize: 16, bold: true, alignment: 'right' },
        ],
      },
      {
        margin: [0, 14, 0, 14],
        columns: [
          { width: '*', stack: [buyerBlock(customer.name, customer, company, format, words)] },
          {
            width: 'auto',
            stack: [
              factTable([
                [
                  words.t('statement.periodLabel'),
                  words.t('statement.period', { from: format.date(statement.from), to: format.date(statement.to) }),
                ],
                [words.t('statement.closingBalance'), money(statement.closingBalance)],
              ]),
            ],
          },
        ],
      },
      {
        table: { headerRows: 1, widths: ['auto', 'auto', 'auto', '*', 'auto', 'auto', 'auto'], body },
        layout: 'lightHorizontalLines',
      },
      {
        margin: [0, 10, 0, 0],
        text: [
          { text: `${words.t('statement.closingBalance')}: `, bold: true },
          { text: money(statement.closingBalance), bold: true },
        ],
        alignment: 'right',
      },
      ...(company.bankAccounts.length > 0
        ? [{ margin: [0, 14, 0, 0], stack: bankDetails(company, words) } as Content]
        : []),
    ],
    footer: (page: number, pages: number) => ({
      margin: [36, 16],
      fontSize: 7,
      color: '#777777',
      columns: [
        `${company.name} · ${title} · ${customer.name}`,
        { text: pageOf(words, page, pages), alignment: 'right' },
      ],
    }),
  });
}
