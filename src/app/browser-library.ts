// The library as the browser runs it: IndexedDB through Dexie, module workers
// through Comlink. Tests build LetterLibrary with doubles instead.
import { openLetterStore } from '../store';
import { defaultPoolSize, IngestPool } from './readers/ingest-pool';
import { spawnIngestWorker } from './readers/spawn-ingest-worker';
import { LetterLibrary } from './letter-library';
import { withTriage } from './files/triage-pool';

export function createBrowserLibrary(): LetterLibrary {
  return new LetterLibrary({
    openStore: () => openLetterStore(),
    createPool: (onFileDone) =>
      withTriage(
        new IngestPool({
          size: defaultPoolSize(navigator.hardwareConcurrency),
          spawn: spawnIngestWorker,
          onFileDone,
        }),
        onFileDone,
      ),
  });
}
