// One worker as the pool sees it: something that turns bytes into outcomes,
// may die, and can be killed. The browser implementation is spawn-ingest-worker.ts;
// tests pass doubles.
import type { FileOutcome } from '../../domain/letter';

export interface WorkerHandle {
  /** Takes ownership of `bytes` (they are transferred, not copied). */
  process(bytes: ArrayBuffer, name: string): Promise<FileOutcome[]>;
  /** Reads a kept letter text again, keeping the letter's id. */
  readText(text: string, name: string, letterId: string): Promise<FileOutcome[]>;
  /** `listener` runs at most once, when the worker dies outside a call (uncaught error, failed to load). */
  onCrash(listener: (reason: string) => void): void;
  terminate(): void;
}
