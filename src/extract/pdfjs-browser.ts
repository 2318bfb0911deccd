// pdf.js for use inside our module Web Worker (built by Vite). Imported
// dynamically when the first PDF arrives, so text-only sessions never pay for
// it. We are already off the main thread, so pdf.js's own worker code runs
// here too (pdfjs-loader.ts). (Checked in Chromium: a Vite build requests only
// its own two pdf.js chunks.)
//
// Side effect to know about: evaluating pdf.worker.mjs inside any worker makes
// it listen on `self` and post {sourceName: 'worker', action: 'ready'} to the
// page once. It reacts only to messages addressed to targetName 'worker', so
// Comlink traffic passes it by, and Comlink ignores the stray 'ready' (no id).
import { pdfjsLoader } from './pdfjs-loader';

export const loadPdfjsInWorker = pdfjsLoader(() =>
  Promise.all([import('pdfjs-dist/build/pdf.mjs'), import('pdfjs-dist/build/pdf.worker.mjs')]),
);
