import type { Content } from 'pdfmake';
import type { DocumentFormat } from '../../platform/export/document-format.ts';
import { type PdfDocument, pageOf } from '../../platform/export/pdf.ts';
import type { catalogs } from '../../platform/i18n/index.ts';
import type { StockCountView } from './queries/stock-count-queries.ts';

const cell = (value: string | null, alignment: 'left' | 'right' = 'left'): Content => ({
  text: value ?? '',
  alignment,
});

const header = (labels: string[]): Content[] => labels.map((h) => ({ text: h, bold: true, fillColor: '#eef1f5' }));

/** Who prints the sheet and when, and how its quantities and dates are written. */
export interface SheetPrint {
  company: string;
  format: DocumentFormat;
  printedAt: Date;
}

/**
 * The sheet counters take to the shelves: every line to count, in location order, with an empty
 * column to write the count in. A blind count's sheet leaves out the system quantity.
 */
export function countSheet(count: StockCountView, scope: string, print: SheetPrint): PdfDocument {
  const { format } = print;
  const { words } = format;
  const showSystem = !count.blind;
  const columns: Array<keyof typeof catalogs.en.countSheet.columns> = [
    'location',
    'sku',
    'product',
    'lot',
    'unit',
    ...(showSystem ? (['system'] as const) : []),
    'counted',
    'note',
  ];
  const title = `${words.t('countSheet.title', { number: count.number })}${count.blind ? ` ${words.t('countSheet.blind')}` : ''}`;
  const body: Content[][] = [
    header(['#', ...columns.map((column) => words.t(`countSheet.columns.${column}`))]),
    ...count.lines.map((line) => [
      cell(String(line.lineNo), 'right'),
      cell(line.locationCode),
      cell(line.sku),
      cell(line.productName + (line.recount ? `  ${words.t('countSheet.recount')}` : '')),
      cell(line.lotNumber),
      cell(line.unitOfMeasure),
      ...(showSystem ? [cell(line.systemQuantity === null ? null : format.number(line.systemQuantity), 'right')] : []),
      cell(''),
      cell(''),
    ]),
  ];
  const signature = (who: string) => `${who}: ______________________   ${words.t('countSheet.date')}: __________`;
  const team = count.team.map((m) => m.name ?? m.userId).join(', ');
  return {
    pageMargins: [28, 40, 28, 40],
    defaultStyle: { fontSize: 8 },
    info: { title: words.t('countSheet.title', { number: count.number }), author: print.company },
    content: [
      { text: print.company, fontSize: 9, bold: true, color: '#444444' },
      { text: title, fontSize: 14, bold: true },
      {
        margin: [0, 4, 0, 10],
        color: '#555555',
        stack: [
          `${words.t('countSheet.warehouse')}: ${count.warehouseName}    ${words.t('countSheet.scope')}: ${scope}`,
          [
            `${words.t('countSheet.planned')}: ${format.date(count.plannedDate)}`,
            `${words.t('countSheet.frequency')}: ${words.code('countFrequency', count.frequency)}`,
            `${words.t('countSheet.state')}: ${words.code('stockCountState', count.state)}`,
          ].join('    '),
          ...(team ? [`${words.t('countSheet.team')}: ${team}`] : []),
          ...(count.note ? [`${words.t('countSheet.note')}: ${count.note}`] : []),
          words.t('countSheet.printed', { at: format.timestamp(print.printedAt) }),
        ],
      },
      {
        table: {
          headerRows: 1,
          widths: [
            'auto',
            ...columns.map((column) =>
              column === 'product' ? '*' : column === 'counted' || column === 'note' ? 60 : 'auto',
            ),
          ],
          body,
        },
        layout: {
          hLineColor: () => '#bbbbbb',
          vLineColor: () => '#dddddd',
          paddingTop: () => 5,
          paddingBottom: () => 5,
        },
      },
      {
        margin: [0, 24, 0, 0],
        columns: [
          { text: signature(words.t('countSheet.countedBy')) },
          { text: signature(words.t('countSheet.checkedBy')) },
        ],
      },
    ],
    footer: (page: number, pages: number) => ({
      text: `${print.company}  ·  ${count.number}  ·  ${pageOf(words, page, pages)}`,
      alignment: 'right',
      margin: [28, 10],
      fontSize: 7,
      color: '#777777',
    }),
  };
}
