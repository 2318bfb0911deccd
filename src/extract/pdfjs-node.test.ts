// Loading pdf.js's legacy build must not leave the process running core-js's
// JavaScript versions of built-ins the parser and the command line's output use
// on every letter (a one-thread run over the 1,024 real copies took 24 s with
// the natives, 32 s without). core-js also makes its versions print as
// "[native code]", so the test compares the functions themselves.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { extractPdfText } from './pdf-text';
import { loadPdfjsNode } from './pdfjs-node';

const REAL = join(import.meta.dirname, '../../test/fixtures/real');

describe('loadPdfjsNode', () => {
  it('leaves push, JSON and toString as they were, and keeps what pdf.js only adds', async () => {
    const before = [Array.prototype.push, JSON.parse, JSON.stringify, Function.prototype.toString];
    const lib = await loadPdfjsNode();
    expect(typeof lib.getDocument).toBe('function');
    expect([Array.prototype.push, JSON.parse, JSON.stringify, Function.prototype.toString]).toEqual(before);
    // Node 20 lacks it; pdf.js's own code calls it.
    expect(typeof (Promise as { withResolvers?: unknown }).withResolvers).toBe('function');
  });
});

describe('pdf.js through loadPdfjsNode', () => {
  it('prints no warnings: a real letter whose fonts are not embedded reads in silence', async () => {
    const lib = await loadPdfjsNode();
    // real_003 uses standard fonts without embedding them: pdf.js warned four times.
    const bytes = new Uint8Array(readFileSync(join(REAL, 'real_003.pdf')));
    // pdf.js makes a document's worker side at the level the last document asked for (warnings
    // before any): one asking for warnings first, so the test holds whatever ran before it.
    const loud = lib.getDocument({ data: bytes.slice(), verbosity: 1 });
    await loud.promise;
    await loud.destroy();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    try {
      const result = await extractPdfText(bytes, lib);
      expect(result.ok).toBe(true);
      expect(warn).not.toHaveBeenCalled();
      expect(log).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
      log.mockRestore();
    }
  });
});
