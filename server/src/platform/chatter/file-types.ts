import path from 'node:path';

/**
 * The files people attach to business records: pictures, PDFs, office documents, CSV and text.
 * Anything else (executables, HTML, SVG, which can carry scripts) is refused. The type is decided
 * by the file name's extension and served as that type, whatever the browser claimed.
 */
const allowed: Record<string, string> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.pdf': 'application/pdf',
  '.doc': 'application/msword',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.xls': 'application/vnd.ms-excel',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.ppt': 'application/vnd.ms-powerpoint',
  '.pptx': 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  '.odt': 'application/vnd.oasis.opendocument.text',
  '.ods': 'application/vnd.oasis.opendocument.spreadsheet',
  '.odp': 'application/vnd.oasis.opendocument.presentation',
  '.csv': 'text/csv',
  '.txt': 'text/plain',
};

/** Browsers and tools that do not know a type send one of these; the extension decides then. */
const unspecific = new Set(['application/octet-stream', 'binary/octet-stream', '']);

export const allowedExtensions = Object.keys(allowed);

/** The type the file is stored and served as, or null when it may not be attached. */
export function attachmentContentType(fileName: string, declaredType: string): string | null {
  const type = allowed[path.extname(fileName).toLowerCase()];
  if (!type) return null;
  const declared = declaredType.split(';')[0]!.trim().toLowerCase();
  // A `.pdf` sent as text/html is not what it claims to be.
  if (!unspecific.has(declared) && declared !== type && !(type === 'text/csv' && declared.startsWith('text/')))
    return null;
  return type;
}

/** Shown in the browser (an image or a PDF) rather than only downloaded. */
export const isPreviewable = (contentType: string): boolean =>
  contentType.startsWith('image/') || contentType === 'application/pdf';
