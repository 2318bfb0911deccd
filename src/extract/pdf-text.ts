// PDF bytes -> text, through pdf.js. The only module that drives pdf.js;
// loaders (pdfjs-node.ts, pdfjs-browser.ts) only decide which build to load.
import type { LetterError } from '../domain/letter';
import { extractErrors } from './errors';
import { runsToLines, type TextRun } from './pdf-lines';
import type { PdfjsLib } from './pdfjs-types';

export type PdfTextResult = { ok: true; text: string; pages: number } | { ok: false; error: LetterError };

export async function extractPdfText(bytes: Uint8Array, pdfjs: PdfjsLib): Promise<PdfTextResult> {
  const task = pdfjs.getDocument({
    // pdf.js transfers (detaches) the buffer it is given; the caller still needs theirs.
    data: bytes.slice(),
    // Letters are untrusted input: no eval'd font code, no XFA forms, no font
    // installation, no system font lookups. Scripting is never enabled: that
    // needs a scripting manager, which only pdf.js's viewer creates.
    isEvalSupported: false,
    enableXfa: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    isOffscreenCanvasSupported: false,
    verbosity: 0,
  });
  try {
    const doc = await task.promise;
    const pageTexts: string[] = [];
    let visibleChars = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const runs: TextRun[] = [];
      for (const item of content.items) {
        if (!('str' in item)) continue; // marked-content boundaries carry no text
        const [, , c, d, e, f] = item.transform;
        runs.push({
          str: item.str,
          x: e ?? 0,
          y: f ?? 0,
          width: item.width,
          fontSize: Math.hypot(c ?? 0, d ?? 0) || item.height,
        });
        visibleChars += item.str.trim().length;
      }
      pageTexts.push(runsToLines(runs).join('\n'));
      page.cleanup();
    }
    if (visibleChars === 0) return { ok: false, error: extractErrors.noTextLayer() };
    return { ok: true, text: pageTexts.join('\n'), pages: doc.numPages };
  } catch (e) {
    return { ok: false, error: pdfError(e) };
  } finally {
    await task.destroy();
  }
}

function pdfError(e: unknown): LetterError {
  const name = typeof e === 'object' && e !== null && 'name' in e ? String(e.name) : '';
  if (name === 'PasswordException') return extractErrors.encrypted();
  // InvalidPDFException, FormatError, UnknownErrorException: all mean the bytes
  // do not make a document we can read.
  return extractErrors.corruptPdf();
}
