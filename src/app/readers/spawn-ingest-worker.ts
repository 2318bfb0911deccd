// The browser side of the ingest worker: a module Worker wrapped by Comlink.
// The worker's code is reached by URL, not by import: Vite bundles it as its
// own entry, and none of it runs on the page.
import { transfer, wrap } from 'comlink';
import type { IngestApi } from '../../worker/ingest-api';
import type { WorkerHandle } from './worker-handle';
import { workerDeath } from '../worker-death';

export function spawnIngestWorker(): WorkerHandle {
  const worker = new Worker(new URL('../../worker/ingest.worker.ts', import.meta.url), { type: 'module', name: 'ingest' });
  const api = wrap<IngestApi>(worker);
  let crashListener: ((reason: string) => void) | null = null;
  let crashed = false;
  const crash = (reason: string) => {
    if (crashed) return;
    crashed = true;
    crashListener?.(reason);
  };
  workerDeath(worker, 'the worker').catch((error: Error) => crash(error.message));
  return {
    process(bytes, name) {
      // Transferring hands the buffer to the worker: zero-copy, and the page's copy is freed.
      return api.processFile(transfer(new Uint8Array(bytes), [bytes]), name);
    },
    readText(text, name, letterId) {
      return api.readText(text, name, letterId);
    },
    onCrash(listener) {
      crashListener = listener;
    },
    terminate() {
      worker.terminate();
    },
  };
}
