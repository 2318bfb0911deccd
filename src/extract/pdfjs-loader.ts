// How pdf.js is loaded wherever it runs (Node, our ingest worker): its library
// and its worker code are imported once, on first use, and every document gets
// its own in-thread channel to the worker code (pdfjs-port.ts), so getDocument
// never creates a Worker or loads a script from a URL. A failed load is not
// kept: the next file tries again.
import type { DocumentInitParameters } from 'pdfjs-dist/types/src/display/api';
import { CopyingPort } from './pdfjs-port';
import type { PdfDocumentLike, PdfjsLib, PdfjsLoader } from './pdfjs-types';

/** The parts of pdf.js's two modules the loader joins together. */
interface PdfjsModules {
  lib: {
    getDocument(params: DocumentInitParameters): { promise: Promise<PdfDocumentLike>; destroy(): Promise<void> };
    PDFWorker: new (params: { port: CopyingPort; verbosity?: number }) => { destroy(): void };
  };
  worker: { WorkerMessageHandler: { initializeFromPort(port: CopyingPort): void } };
}

function inThread([lib, worker]: readonly [PdfjsModules['lib'], PdfjsModules['worker']]): PdfjsLib {
  return {
    getDocument(params) {
      const port = new CopyingPort();
      worker.WorkerMessageHandler.initializeFromPort(port);
      // The worker side logs at the level its PDFWorker is made with, which pdf.js takes from the
      // library's current level: warnings until a first getDocument lowers it, so each command-line
      // thread printed pdf.js's warnings for its first letter (four for a letter not embedding its fonts).
      const pdfWorker = new lib.PDFWorker({ port, ...(params.verbosity === undefined ? {} : { verbosity: params.verbosity }) });
      // pdf.js's own parameter type: its PDFWorker class, of which pdfWorker is an instance.
      const task = lib.getDocument({ ...params, worker: pdfWorker as DocumentInitParameters['worker'] });
      return {
        promise: task.promise,
        // A worker passed in is the caller's to destroy: after its document, so nothing is left listening.
        destroy: () => task.destroy().finally(() => pdfWorker.destroy()),
      };
    },
  };
}

/**
 * `importBoth` imports pdf.js's library and its worker code, of one build. Their
 * declared types are looser than what is used here (pdf.js types PDFWorker's
 * `port` as null), hence the one cast.
 */
export function pdfjsLoader(importBoth: () => Promise<readonly [object, object]>): PdfjsLoader {
  let loading: Promise<PdfjsLib> | null = null;
  return () => {
    loading ??= importBoth().then((both) => inThread(both as readonly [PdfjsModules['lib'], PdfjsModules['worker']]), (e: unknown) => {
      loading = null;
      throw e;
    });
    return loading;
  };
}
