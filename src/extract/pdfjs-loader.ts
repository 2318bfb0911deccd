// How pdf.js is loaded wherever it runs (Node, our ingest worker): its library
// and its worker code are imported once, on first use, and the worker code
// runs in this thread through pdf.js's "fake worker" (globalThis.pdfjsWorker
// set), so getDocument never creates a Worker or loads a script from a URL.
// A failed load is not kept: the next file tries again.
import type { PdfjsLib, PdfjsLoader } from './pdfjs-types';

export function pdfjsLoader(importBoth: () => Promise<readonly [PdfjsLib, unknown]>): PdfjsLoader {
  let loading: Promise<PdfjsLib> | null = null;
  return () => {
    loading ??= importBoth().then(
      ([lib, worker]) => {
        Object.assign(globalThis, { pdfjsWorker: worker });
        return lib;
      },
      (e: unknown) => {
        loading = null;
        throw e;
      },
    );
    return loading;
  };
}
