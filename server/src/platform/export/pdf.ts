import { createRequire } from 'node:module';
import path from 'node:path';
import type { Content } from 'pdfmake';
import type { Words } from '../i18n/index.ts';
import type { DocumentFormat } from './document-format.ts';

type PdfMake = typeof import('pdfmake');
let loaded: PdfMake | undefined;

/** pdfmake and its fonts cost about 25 MB, so they load with the first PDF rather than at start-up. */
function pdfmake(): PdfMake {
  if (loaded) return loaded;
  const require = createRequire(import.meta.url);
  const library: PdfMake = require('pdfmake');
  const fontsFile = require.resolve('pdfmake/fonts/Roboto.js');
  const fontsFolder = path.dirname(fontsFile);
  library.setFonts(require(fontsFile));
  // Documents are built from user data: they may read the bundled fonts and nothing else, and fetch no URL.
  library.setUrlAccessPolicy(() => false);
  library.setLocalAccessPolicy((file) => path.resolve(file).startsWith(fontsFolder + path.sep));
  loaded = library;
  return library;
}

export type PdfDocument = Parameters<PdfMake['createPdf']>[0];

export async function renderPdf(definition: PdfDocument): Promise<Buffer> {
  return pdfmake().createPdf(definition).getBuffer();
}

/** The page number in a document's footer: "Page 1 of 2", "Halaman 1 dari 2". */
export const pageOf = (words: Words, page: number, pages: number) => words.t('document.page', { page, pages });

/** A printed list or report: the company, the report's name, what it holds and when it was printed, and its table. */
export interface PrintedList {
  company: string;
  title: string;
  /** e.g. "12 baris · dicetak 8 Desember 2026 pukul 03.30 WIB" */
  subtitle: string;
  headers: string[];
  rows: Array<Array<string | number | null>>;
  format: DocumentFormat;
}

export function listDocument(list: PrintedList): PdfDocument {
  const body: Content[][] = [
    list.headers.map((h) => ({ text: h, bold: true, fillColor: '#eef1f5' })),
    ...list.rows.map((row) =>
      row.map(
        (cell) => ({ text: list.format.cell(cell), alignment: typeof cell === 'number' ? 'right' : 'left' }) as Content,
      ),
    ),
  ];
  return {
    info: { title: list.title, author: list.company },
    pageOrientation: list.headers.length > 6 ? 'landscape' : 'portrait',
    pageMargins: [28, 40, 28, 36],
    defaultStyle: { fontSize: 8 },
    content: [
      { text: list.company, fontSize: 9, bold: true, color: '#444444' },
      { text: list.title, fontSize: 14, bold: true, margin: [0, 2, 0, 0] },
      { text: list.subtitle, color: '#555555', margin: [0, 2, 0, 10] },
      {
        table: { headerRows: 1, widths: list.headers.map(() => 'auto'), body },
        layout: 'lightHorizontalLines',
      },
    ],
    footer: (page: number, pages: number) => ({
      margin: [28, 10],
      fontSize: 7,
      color: '#777777',
      columns: [
        `${list.company} · ${list.title}`,
        { text: pageOf(list.format.words, page, pages), alignment: 'right' },
      ],
    }),
  };
}
