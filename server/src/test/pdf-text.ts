import { inflateSync } from 'node:zlib';

interface PdfObject {
  dict: string;
  stream?: string;
}

function readObjects(pdf: Buffer): Map<number, PdfObject> {
  const raw = pdf.toString('latin1');
  const objects = new Map<number, PdfObject>();
  const start = /(\d+) 0 obj\s*/g;
  for (let match = start.exec(raw); match; match = start.exec(raw)) {
    const bodyStart = start.lastIndex;
    const streamAt = raw.indexOf('stream\n', bodyStart);
    const endAt = raw.indexOf('endobj', bodyStart);
    if (streamAt >= 0 && streamAt < endAt) {
      const dict = raw.slice(bodyStart, streamAt);
      const length = Number(/\/Length (\d+)/.exec(dict)?.[1] ?? 0);
      const data = Buffer.from(raw.slice(streamAt + 7, streamAt + 7 + length), 'latin1');
      const stream = (dict.includes('/FlateDecode') ? inflateSync(data) : data).toString('latin1');
      objects.set(Number(match[1]), { dict, stream });
      start.lastIndex = raw.indexOf('endobj', streamAt + 7 + length);
    } else {
      objects.set(Number(match[1]), { dict: raw.slice(bodyStart, endAt) });
      start.lastIndex = endAt;
    }
  }
  return objects;
}

/** The glyph-to-text table pdfkit writes for each embedded font subset. */
function readCmap(cmap: string): Map<number, string> {
  const glyphs = new Map<number, string>();
  for (const range of cmap.matchAll(/<([0-9a-f]+)> <[0-9a-f]+> \[([^\]]*)\]/gi)) {
    const first = Number.parseInt(range[1]!, 16);
    [...range[2]!.matchAll(/<([0-9a-f ]*)>/gi)].forEach((entry, i) => {
      const units = entry[1]!.split(' ').map((hex) => Number.parseInt(hex, 16));
      glyphs.set(first + i, String.fromCharCode(...units));
    });
  }
  return glyphs;
}

/**
 * The text of a PDF made by pdfmake, one line per text line on the page (table cells apart by a space): enough for tests to
 * check what a reader sees. Non-breaking spaces come out as plain spaces.
 */
export function pdfText(pdf: Buffer): string {
  const objects = readObjects(pdf);
  const fontsById = new Map<number, Map<number, string>>();
  const fontIdsByName = new Map<string, number>();
  for (const [id, object] of objects) {
    const toUnicode = /\/ToUnicode (\d+) 0 R/.exec(object.dict);
    const cmap = toUnicode ? objects.get(Number(toUnicode[1]))?.stream : undefined;
    if (cmap) fontsById.set(id, readCmap(cmap));
    for (const ref of object.dict.matchAll(/\/(F\d+) (\d+) 0 R/g)) fontIdsByName.set(ref[1]!, Number(ref[2]));
  }
  let text = '';
  for (const object of objects.values()) {
    if (!object.stream?.includes(' Tf')) continue;
    let glyphs: Map<number, string> | undefined;
    let lastY: string | undefined;
    const operations = /\/(F\d+) [\d.]+ Tf|[\d.-]+ [\d.-]+ [\d.-]+ [\d.-]+ [\d.-]+ ([\d.-]+) Tm|\[([^\]]*)\] TJ/g;
    for (const op of object.stream.matchAll(operations)) {
      if (op[1]) glyphs = fontsById.get(fontIdsByName.get(op[1]) ?? -1);
      else if (op[2]) {
        if (lastY !== undefined && op[2] !== lastY) text += '\n';
        else if (lastY !== undefined && !/\s$/.test(text)) text += ' ';
        lastY = op[2];
      } else if (op[3] && glyphs) {
        for (const hex of op[3].matchAll(/<([0-9a-f]*)>/gi)) {
          for (let i = 0; i < hex[1]!.length; i += 4) text += glyphs.get(Number.parseInt(hex[1]!.slice(i, i + 4), 16));
        }
      }
    }
    text += '\n';
  }
  return text.replaceAll('\u00a0', ' ').replaceAll('\u202f', ' ');
}
