// The command line's NDJSON loaded into the page: read in a worker of its own
// (worker/ndjson-api.ts), whose batches of outcomes come back as they are
// read. Should the worker fail, the file is reported with the reason, like any
// file a reader could not finish; what it had handed over stays.
import { proxy, wrap } from 'comlink';
import type { FileOutcome } from '../../domain/letter';
import { extractErrors } from '../../extract/errors';
import type { NdjsonApi } from '../../worker/ndjson-api';
import { workerDeath } from '../worker-death';
import type { FileSource } from './file-source';

export function isNdjson(source: FileSource): boolean {
  return /\.(ndjson|jsonl)$/i.test(source.name);
}

/**
 * Reads `source`, handing each batch, with the share of the file read so far
 * (null when that is unknown), to `onBatch`, which answers whether to go on;
 * settles once the file is read, or at once when `signal` aborts.
 */
export type ReadNdjson = (
  source: FileSource,
  onBatch: (outcomes: FileOutcome[], read: number | null) => Promise<boolean>,
  signal: AbortSignal,
) => Promise<void>;

export const readNdjsonInWorker: ReadNdjson = async (source, onBatch, signal) => {
  // A dropped file goes over as it is (a File is sent by reference); a source without one is read whole first.
  let file: Blob;
  try {
    file = source.blob?.() ?? new Blob([await source.read()]);
  } catch (error) {
    await onBatch([{ file: source.name, ok: false, error: extractErrors.unreadable(error) }], null);
    return;
  }
  if (signal.aborted) return;
  const worker = new Worker(new URL('../../worker/ndjson.worker.ts', import.meta.url), { type: 'module', name: 'ndjson' });
  // A cancelled run ends the reading now, not at the worker's next batch.
  const aborted = new Promise<void>((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));
  try {
    await Promise.race([wrap<NdjsonApi>(worker).read(file, source.name, proxy(onBatch)), workerDeath(worker, 'the NDJSON reader'), aborted]);
  } finally {
    worker.terminate();
  }
};
