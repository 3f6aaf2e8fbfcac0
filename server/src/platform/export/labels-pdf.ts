import { createRequire } from 'node:module';
import type { Content } from 'pdfmake';
import type { Words } from '../i18n/index.ts';
import { renderPdf } from './pdf.ts';

/** How a label's code is drawn: Code 128 for any text, EAN-13 for a retail barcode, QR for phones and 2D scanners. */
export type Symbology = 'code128' | 'ean13' | 'qrcode';
/** What the caller asks for: the record's own barcode (EAN-13 where valid, else Code 128), or a QR code. */
export const labelSymbols = ['barcode', 'qrcode'] as const;
export type LabelSymbol = (typeof labelSymbols)[number];

/** One label: the text its code holds (what a scanner types), and what a person reads on it. */
export interface Label {
  code: string;
  title: string;
  lines: string[];
  /** A valid EAN-13 (a product's retail barcode) is printed as one; anything else as Code 128. */
  ean13?: boolean;
}

const MM = 72 / 25.4;

interface SheetLayout {
  kind: 'sheet';
  columns: number;
  rows: number;
  labelWidth: number;
  labelHeight: number;
  top: number;
  left: number;
}
interface RollLayout {
  kind: 'roll';
  labelWidth: number;
  labelHeight: number;
}

/**
 * The sheets and rolls labels print on. `a4-3x8` is the common 70 × 37 mm sheet of 24 (Avery
 * 3474 and its clones, no margins between labels); the rolls are the two sizes most thermal label
 * printers take, one label per page.
 */
export const labelLayouts = {
  'a4-3x8': {
    kind: 'sheet',
    columns: 3,
    rows: 8,
    labelWidth: 70 * MM,
    labelHeight: 37 * MM,
    top: 0.5 * MM,
    left: 0,
  },
  'roll-50x30': { kind: 'roll', labelWidth: 50 * MM, labelHeight: 30 * MM },
  'roll-100x50': { kind: 'roll', labelWidth: 100 * MM, labelHeight: 50 * MM },
} as const satisfies Record<string, SheetLayout | RollLayout>;
export type LabelLayout = keyof typeof labelLayouts;
export const labelLayoutNames = Object.keys(labelLayouts) as [LabelLayout, ...LabelLayout[]];

type Bwip = typeof import('@bwip-js/node');
let bwip: Bwip | undefined;
/** The barcode encoder (pure JavaScript) loads with the first label, like pdfmake. */
function encoder(): Bwip {
  bwip ??= createRequire(import.meta.url)('@bwip-js/node') as Bwip;
  return bwip;
}

/** Whether `code` is an EAN-13: thirteen digits whose last is the GS1 check digit of the others. */
export function isEan13(code: string | null | undefined): code is string {
  if (!code || !/^\d{13}$/.test(code)) return false;
  const digits = [...code].map(Number);
  const sum = digits.slice(0, 12).reduce((total, digit, i) => total + digit * (i % 2 === 0 ? 1 : 3), 0);
  return (10 - (sum % 10)) % 10 === digits[12];
}

export function symbologyOf(label: Label, symbol: LabelSymbol): Symbology {
  if (symbol === 'qrcode') return 'qrcode';
  return label.ean13 && isEan13(label.code) ? 'ean13' : 'code128';
}

function barcodeSvg(code: string, symbology: Symbology): string {
  return encoder().toSVG({
    bcid: symbology,
    text: code,
    scale: 2,
    ...(symbology === 'qrcode' ? { eclevel: 'M' } : { height: 12 }),
  });
}

/** Long names are cut rather than wrapped, so a label never spills onto the next one. */
const fit = (text: string, characters: number) =>
  text.length > characters ? `${text.slice(0, characters - 1)}…` : text;

function labelContent(label: Label, symbol: LabelSymbol, width: number, height: number): Content {
  const pad = 2.5 * MM;
  const inner = width - 2 * pad;
  const small = height < 35 * MM;
  const fontSize = small ? 6.5 : 8;
  const characters = Math.floor(inner / (fontSize * 0.5));
  const symbology = symbologyOf(label, symbol);
  const svg = barcodeSvg(label.code, symbology);
  const texts: Content[] = [
    { text: fit(label.title, characters), bold: true, fontSize: fontSize + 1 },
    ...label.lines.map((line) => ({ text: fit(line, characters), fontSize })),
  ];
  if (symbology === 'qrcode') {
    const side = height - 2 * pad;
    return {
      margin: [pad, pad, pad, 0],
      columns: [
        { svg, fit: [side, side], width: side },
        { stack: [...texts, { text: label.code, fontSize, margin: [0, 2, 0, 0] }], width: '*', margin: [4, 0, 0, 0] },
      ],
    };
  }
  const textHeight = (fontSize + 2) * (texts.length + 1);
  return {
    margin: [pad, pad, pad, 0],
    stack: [
      ...texts,
      { svg, fit: [inner, Math.max(height - 2 * pad - textHeight, 8 * MM)], alignment: 'center', margin: [0, 2, 0, 0] },
      { text: label.code, fontSize, alignment: 'center' },
    ],
  };
}

/**
 * The labels as a PDF, `copies` of each in a row: on a sheet they fill the cells left to right and
 * top to bottom, a new page every `columns × rows`; on a roll each label is a page of its size.
 */
export async function labelsPdf(
  request: { labels: readonly Label[]; layout: LabelLayout; copies: number; symbol: LabelSymbol; title: string },
  words: Words,
): Promise<Buffer> {
  const layout: SheetLayout | RollLayout = labelLayouts[request.layout];
  const labels = request.labels.flatMap((label) => Array.from({ length: request.copies }, () => label));
  const info = { title: request.title, subject: words.t('labels.subject', { count: labels.length }) };
  if (layout.kind === 'roll') {
    return renderPdf({
      info,
      pageSize: { width: layout.labelWidth, height: layout.labelHeight },
      pageMargins: 0,
      content: labels.map((label, i) => ({
        stack: [labelContent(label, request.symbol, layout.labelWidth, layout.labelHeight)],
        ...(i > 0 ? { pageBreak: 'before' as const } : {}),
      })),
    });
  }
  const perPage = layout.columns * layout.rows;
  const content: Content[] = labels.map((label, i) => {
    const cell = i % perPage;
    const cellContent = labelContent(label, request.symbol, layout.labelWidth, layout.labelHeight);
    const placed: Content = {
      stack: [cellContent],
      absolutePosition: {
        x: layout.left + (cell % layout.columns) * layout.labelWidth,
        y: layout.top + Math.floor(cell / layout.columns) * layout.labelHeight,
      },
    };
    // An empty line that starts each further sheet: the absolutely placed labels after it land on that page.
    return cell === 0 && i > 0 ? { stack: [{ text: '', pageBreak: 'before' }, placed] } : placed;
  });
  return renderPdf({ info, pageSize: 'A4', pageMargins: 0, content });
}
