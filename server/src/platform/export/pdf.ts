import { createRequire } from 'node:module';
import path from 'node:path';
import type { Content } from 'pdfmake';

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

/** A printable list: a title, a subtitle (company, filters, date) and a table with a header row. */
export function listDocument(
  title: string,
  subtitle: string,
  headers: string[],
  rows: Array<Array<string | number | null>>,
): PdfDocument {
  const body: Content[][] = [
    headers.map((h) => ({ text: h, bold: true, fillColor: '#eef1f5' })),
    ...rows.map((row) =>
      row.map(
        (cell) =>
          ({
            text: cell === null ? '' : String(cell),
            alignment: typeof cell === 'number' ? 'right' : 'left',
          }) as Content,
      ),
    ),
  ];
  return {
    pageOrientation: headers.length > 6 ? 'landscape' : 'portrait',
    pageMargins: [28, 40, 28, 36],
    defaultStyle: { fontSize: 8 },
    content: [
      { text: title, fontSize: 14, bold: true },
      { text: subtitle, color: '#555555', margin: [0, 2, 0, 10] },
      { table: { headerRows: 1, widths: headers.map(() => 'auto'), body }, layout: 'lightHorizontalLines' },
    ],
    footer: (page: number, pages: number) => ({
      text: `${page} / ${pages}`,
      alignment: 'right',
      margin: [28, 10],
      fontSize: 7,
      color: '#777777',
    }),
  };
}
