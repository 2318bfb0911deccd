// Which pdf.js to load when the caller does not say: the legacy build under
// Node (the command line, tests), the in-worker loader in a browser. The
// browser worker passes loadPdfjsInWorker itself; this default serves Node.
import type { PdfjsLib, PdfjsLoader } from './pdfjs-types';

// Hidden from the bundler on purpose: a literal import('./pdfjs-node') would
// make Vite emit the 1.6 MB legacy build (and its worker) beside the modern
// one in every browser build, for code the browser never runs.
const NODE_LOADER = './pdfjs-node.ts';

function runningInNode(): boolean {
  return typeof process !== 'undefined' && typeof process.versions === 'object' && !!process.versions.node;
}

async function loadForNode(): Promise<PdfjsLib> {
  // A computed specifier gives no types; this is the module it names.
  const mod: typeof import('./pdfjs-node') = await import(/* @vite-ignore */ NODE_LOADER);
  return mod.loadPdfjsNode();
}

export const defaultPdfjsLoader: PdfjsLoader = async () =>
  runningInNode() ? loadForNode() : (await import('./pdfjs-browser')).loadPdfjsInWorker();
