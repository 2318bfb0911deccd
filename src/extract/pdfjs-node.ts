// pdf.js for Node (the command line and Vitest). The legacy build carries the
// polyfills Node 20 needs; the modern build assumes a current browser.
import type { PdfjsLib } from './pdfjs-types';

let loading: Promise<PdfjsLib> | null = null;

export function loadPdfjsNode(): Promise<PdfjsLib> {
  loading ??= (async () => {
    const [lib, worker] = await Promise.all([
      import('pdfjs-dist/legacy/build/pdf.mjs'),
      import('pdfjs-dist/legacy/build/pdf.worker.mjs'),
    ]);
    // Node has no module workers for pdf.js; run its worker code in-thread.
    Object.assign(globalThis, { pdfjsWorker: worker });
    return lib;
  })().catch((e: unknown) => {
    loading = null;
    throw e;
  });
  return loading;
}
