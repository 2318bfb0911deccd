// pdf.js for Node (the command line and Vitest). The legacy build carries the
// polyfills Node 20 needs; the modern build assumes a current browser. Node
// has no module workers for pdf.js, so its worker code runs in-thread.
import { pdfjsLoader } from './pdfjs-loader';

export const loadPdfjsNode = pdfjsLoader(() =>
  Promise.all([import('pdfjs-dist/legacy/build/pdf.mjs'), import('pdfjs-dist/legacy/build/pdf.worker.mjs')]),
);
