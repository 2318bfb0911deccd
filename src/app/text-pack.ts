// Texts packed for storage in a worker of their own, started on first use and
// kept for the session. Should the worker fail to start or die, the texts are
// packed on the page instead, from then on: a slower import, never a lost text.
import { wrap } from 'comlink';
import type { TextPackApi } from '../worker/text-pack-api';
import { packTextChunks, type LetterText, type PackedTexts } from '../store/text-chunks';
import { workerDeath } from './worker-death';

export type PackTexts = (texts: readonly LetterText[]) => Promise<PackedTexts[]>;

/** A running pack worker as packTextsInWorker sees it; tests pass doubles. */
export interface PackWorker {
  pack: PackTexts;
  /** Rejects when the worker dies (it never resolves). */
  died: Promise<never>;
}

function spawnPackWorker(): PackWorker {
  const worker = new Worker(new URL('../worker/text-pack.worker.ts', import.meta.url), { type: 'module', name: 'text-pack' });
  const died = workerDeath(worker, 'the text-pack worker');
  died.catch(() => worker.terminate());
  const api = wrap<TextPackApi>(worker);
  return { pack: (texts) => api.pack(texts), died };
}

export function packTextsInWorker(spawn: () => PackWorker = spawnPackWorker): PackTexts {
  let worker: PackWorker | null = null;
  let broken = false;
  return async (texts) => {
    if (texts.length === 0) return [];
    if (!broken) {
      try {
        if (worker === null) {
          worker = spawn();
          // Only ever awaited in a race below; this keeps a death between calls from being reported as unhandled.
          worker.died.catch(() => {});
        }
        return await Promise.race([worker.pack(texts), worker.died]);
      } catch {
        broken = true;
      }
    }
    return packTextChunks(texts);
  };
}
