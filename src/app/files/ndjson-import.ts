// The command line's NDJSON loaded into the page: read in a worker of its own,
// one per file (worker/ndjson-api.ts), whose batches of outcomes come back as
// they are read. Should the worker fail, the file is reported with the reason,
// like any file a reader could not finish; what it had handed over stays.
import { proxy, wrap } from 'comlink';
import type { FileOutcome } from '../../domain/letter';
import type { NdjsonApi } from '../../worker/ndjson-api';
import type { FileSource } from './file-source';

export function isNdjson(source: FileSource): boolean {
  return /\.(ndjson|jsonl)$/i.test(source.name);
}

/** Reads `source`, handing each batch to `onBatch`, which answers whether to go on; settles once the file is read. */
export type ReadNdjson = (source: FileSource, onBatch: (outcomes: FileOutcome[]) => Promise<boolean>) => Promise<void>;

export const readNdjsonInWorker: ReadNdjson = async (source, onBatch) => {
  const worker = new Worker(new URL('../../worker/ndjson.worker.ts', import.meta.url), { type: 'module', name: 'ndjson' });
  const died = new Promise<never>((_, reject) => {
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      reject(new Error(event.message || 'the NDJSON reader stopped'));
    });
    worker.addEventListener('messageerror', () => reject(new Error('a message from the NDJSON reader could not be read')));
  });
  try {
    // A dropped file goes over as it is (a File is sent by reference); a source without one, read whole.
    const file = source.blob?.() ?? new Blob([await source.read()]);
    await Promise.race([wrap<NdjsonApi>(worker).read(file, source.name, proxy(onBatch)), died]);
  } finally {
    worker.terminate();
  }
};
