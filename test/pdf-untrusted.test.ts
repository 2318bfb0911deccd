// Every PDF is untrusted input: pdf.js is opened with code generation off
// (no eval'd font or function code), no XFA forms, no font installation,
// no system fonts and nothing fetched, and a document script is never run.
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { extractText } from '../src/extract';
import { loadPdfjsNode } from '../src/extract/pdfjs-node';
import type { PdfjsLib } from '../src/extract/pdfjs-types';
import { letterLines, seedLetter } from './fixtures/hostile/letters';
import { renderTextPdf } from './fixtures/hostile/pdf';

/** The real pdf.js, with each getDocument() call's parameters kept for the test to read. */
async function recordingPdfjs(): Promise<{ loader: () => Promise<PdfjsLib>; calls: Array<Record<string, unknown>> }> {
  const real = await loadPdfjsNode();
  const calls: Array<Record<string, unknown>> = [];
  const lib: PdfjsLib = {
    getDocument(params) {
      calls.push({ ...params });
      return real.getDocument(params);
    },
  };
  return { loader: async () => lib, calls };
}

describe('pdf.js on untrusted letters', () => {
  it('is opened from the bytes alone, with code generation, XFA, font loading and fetching off', async () => {
    const { loader, calls } = await recordingPdfjs();
    const pdf = await renderTextPdf(letterLines(seedLetter('004_').text));
    const result = await extractText(pdf, 'letter.pdf', { loadPdfjs: loader });
    expect(result.ok).toBe(true);
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({
      isEvalSupported: false,
      enableXfa: false,
      disableFontFace: true,
      useSystemFonts: false,
      useWorkerFetch: false,
    });
    expect(calls[0]?.data).toBeInstanceOf(Uint8Array);
    for (const key of ['url', 'httpHeaders', 'withCredentials', 'cMapUrl', 'standardFontDataUrl', 'wasmUrl', 'iccUrl']) {
      expect(calls[0], key).not.toHaveProperty(key);
    }
  });

  it('reads the text of a PDF that carries a document script and never runs the script', async () => {
    const doc = await PDFDocument.load(await renderTextPdf(letterLines(seedLetter('004_').text)), { updateMetadata: false });
    const ran: string[] = [];
    const marker = globalThis as { __pdfScriptRan?: () => void };
    marker.__pdfScriptRan = () => ran.push('ran');
    doc.addJavaScript('onOpen', 'globalThis.__pdfScriptRan && globalThis.__pdfScriptRan(); app.alert("ran");');
    const result = await extractText(await doc.save({ useObjectStreams: false }), 'scripted.pdf');
    delete marker.__pdfScriptRan;
    expect(result.ok && result.text).toContain('IMR ISSUES, DECISIONS AND RATIONALES');
    expect(ran).toEqual([]);
  });
});
