// Loading pdf.js's legacy build must not leave the process running core-js's
// JavaScript versions of built-ins the parser and the command line's output use
// on every letter (a one-thread run over the 1,024 real copies took 24 s with
// the natives, 32 s without). core-js also makes its versions print as
// "[native code]", so the test compares the functions themselves.
import { describe, expect, it } from 'vitest';
import { loadPdfjsNode } from './pdfjs-node';

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
