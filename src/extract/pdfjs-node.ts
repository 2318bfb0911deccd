// pdf.js for Node (the command line and Vitest). The legacy build carries the
// polyfills Node 20 needs; the modern build assumes a current browser. Node
// has no module workers for pdf.js, so its worker code runs in-thread.
import { pdfjsLoader } from './pdfjs-loader';

// The legacy build's core-js also replaces built-ins Node 20 already has, for
// edge cases no letter reaches (arrays longer than 2^32, JSON.parse's source
// text, well-formed surrogate output): Array.prototype.push, JSON.parse,
// JSON.stringify and Function.prototype.toString become JavaScript versions,
// process-wide. The polyfilled push alone was 7% of a one-thread run over the
// 1,024 real copies (--cpu-prof), and it slows the parser and the output too.
// The natives go back once pdf.js is loaded; what it only adds stays.
const natives = (): Array<[object, PropertyKey, PropertyDescriptor]> =>
  (
    [
      [Array.prototype, 'push'],
      [JSON, 'parse'],
      [JSON, 'stringify'],
      [Function.prototype, 'toString'],
    ] as const
  ).map(([owner, key]) => [owner, key, Object.getOwnPropertyDescriptor(owner, key) as PropertyDescriptor]);

export const loadPdfjsNode = pdfjsLoader(async () => {
  const kept = natives();
  try {
    return await Promise.all([import('pdfjs-dist/legacy/build/pdf.mjs'), import('pdfjs-dist/legacy/build/pdf.worker.mjs')]);
  } finally {
    for (const [owner, key, descriptor] of kept) Object.defineProperty(owner, key, descriptor);
  }
});
