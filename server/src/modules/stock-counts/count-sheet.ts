import type { Content } from 'pdfmake';
import type { DocumentFormat } from '../../platform/export/document-format.ts';
import type { PdfDocument } from '../../platform/export/pdf.ts';
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
  const showSystem = !count.blind;
  const labels = [
    '#',
    'Location',
    'SKU',
    'Product',
    'Lot',
    'Unit',
    ...(showSystem ? ['System'] : []),
    'Counted',
    'Note',
  ];
  const body: Content[][] = [
    header(labels),
    ...count.lines.map((line) => [
      cell(String(line.lineNo), 'right'),
      cell(line.locationCode),
      cell(line.sku),
      cell(line.productName + (line.recount ? '  (recount)' : '')),
      cell(line.lotNumber),
      cell(line.unitOfMeasure),
      ...(showSystem ? [cell(line.systemQuantity === null ? null : format.number(line.systemQuantity), 'right')] : []),
      cell(''),
      cell(''),
    ]),
  ];
  const team = count.team.map((m) => m.name ?? m.userId).join(', ');
  return {
    pageMargins: [28, 40, 28, 40],
    defaultStyle: { fontSize: 8 },
    info: { title: `Stock count sheet ${count.number}`, author: print.company },
    content: [
      { text: print.company, fontSize: 9, bold: true, color: '#444444' },
      { text: `Stock count sheet ${count.number}${count.blind ? ' (blind count)' : ''}`, fontSize: 14, bold: true },
      {
        margin: [0, 4, 0, 10],
        color: '#555555',
        stack: [
          `Warehouse: ${count.warehouseName}    Scope: ${scope}`,
          `Planned: ${format.date(count.plannedDate)}    Frequency: ${count.frequency.replace('_', ' ')}    State: ${count.state}`,
          ...(team ? [`Team: ${team}`] : []),
          ...(count.note ? [`Note: ${count.note}`] : []),
          `Printed ${format.timestamp(print.printedAt)}`,
        ],
      },
      {
        table: {
          headerRows: 1,
          widths: labels.map((label) =>
            label === 'Product' ? '*' : label === 'Counted' || label === 'Note' ? 60 : 'auto',
          ),
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
          { text: 'Counted by: ______________________   Date: __________' },
          { text: 'Checked by: ______________________   Date: __________' },
        ],
      },
    ],
    footer: (page: number, pages: number) => ({
      text: `${print.company}  ·  ${count.number}  ·  ${page} / ${pages}`,
      alignment: 'right',
      margin: [28, 10],
      fontSize: 7,
      color: '#777777',
    }),
  };
}
