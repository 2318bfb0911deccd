// Which pdf.js to load when the caller does not say: the legacy build under
// Node, the in-worker loader in a browser. Both are dynamic imports, so
// neither lands in the initial bundle. The browser worker passes
// loadPdfjsInWorker explicitly; this default serves the CLI and tests.
import type { PdfjsLoader } from './pdfjs-types';

function runningInNode(): boolean {
  return typeof process !== 'undefined' && typeof process.versions === 'object' && !!process.versions.node;
}

export const defaultPdfjsLoader: PdfjsLoader = async () =>
  runningInNode()
    ? (await import('./pdfjs-node')).loadPdfjsNode()
    : (await import('./pdfjs-browser')).loadPdfjsInWorker();
