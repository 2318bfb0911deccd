// pdf.js declares types for its package root only. The modern build is the
// same API as the root; the worker entry points need only their handler, which
// pdfjs-loader.ts connects to a port in the current thread.
// (A script file, not a module: these declarations are ambient.)
declare module 'pdfjs-dist/build/pdf.mjs' {
  export * from 'pdfjs-dist';
}
declare module 'pdfjs-dist/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
