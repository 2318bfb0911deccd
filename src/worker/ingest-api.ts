// Everything the ingest worker can do, as plain functions. The worker entry
// exposes this object and the page wraps it with the type derived from it, so
// the message protocol cannot drift from the code that answers it.
import { loadPdfjsInWorker } from '../extract/pdfjs-browser';
import { processFile, readText } from './pipeline';

export const ingestApi = {
  processFile: (bytes: Uint8Array, name: string) => processFile(bytes, name, { loadPdfjs: loadPdfjsInWorker, keepText: true }),
  /** A kept letter text read again, by a newer parser: the letter keeps its id (the hash of its file). */
  readText: (text: string, name: string, letterId: string) => [readText(text, name, letterId)],
};

export type IngestApi = typeof ingestApi;
