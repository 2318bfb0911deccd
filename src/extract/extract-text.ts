// One letter file's bytes -> its text. Zips are unpacked before this (unzip.ts).
import type { LetterError } from '../domain/letter';
import { decodeText } from './decode-text';
import { extractErrors } from './errors';
import { withDefaults, type ExtractLimits } from './limits';
import { extractPdfText } from './pdf-text';
import { defaultPdfjsLoader } from './pdfjs-default';
import type { PdfjsLoader } from './pdfjs-types';
import { describeType, sniffType } from './sniff';

export interface ExtractOptions {
  /** How to load pdf.js; defaults to the legacy build in Node, the in-worker loader in a browser. */
  loadPdfjs?: PdfjsLoader;
  limits?: Partial<ExtractLimits>;
}

/** `pages` is the PDF's page count; a text file counts as one page. */
export type ExtractResult = { ok: true; text: string; pages: number } | { ok: false; error: LetterError };

export async function extractText(
  bytes: Uint8Array,
  fileName: string,
  opts: ExtractOptions = {},
): Promise<ExtractResult> {
  if (bytes.length === 0) return { ok: false, error: extractErrors.empty() };
  const { maxFileBytes } = withDefaults(opts.limits);
  if (bytes.length > maxFileBytes) {
    return { ok: false, error: extractErrors.tooLarge('this file is', maxFileBytes) };
  }
  const kind = sniffType(bytes, fileName);
  switch (kind) {
    case 'pdf': {
      const pdfjs = await (opts.loadPdfjs ?? defaultPdfjsLoader)();
      return extractPdfText(bytes, pdfjs);
    }
    case 'text': {
      const text = normaliseText(decodeText(bytes));
      if (text.trim() === '') return { ok: false, error: extractErrors.empty() };
      return { ok: true, text, pages: 1 };
    }
    case 'zip':
    case 'unknown':
      return { ok: false, error: extractErrors.unsupported(describeType(bytes, fileName)) };
  }
}

// Windows and old Mac line ends become "\n"; byte-order marks and NULs left
// inside the text (concatenated files, padding) carry nothing for the parser.
function normaliseText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/[\uFEFF\u0000]/g, '');
}
