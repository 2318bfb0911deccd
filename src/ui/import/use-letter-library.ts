import { useSyncExternalStore } from 'react';
import type { LetterLibrary, LibraryState } from '../../app/letter-library';

/** Re-renders when the library publishes a batch (at most every ~100 ms during ingest). */
export function useLetterLibrary(library: LetterLibrary): LibraryState {
  return useSyncExternalStore(library.subscribe, library.getSnapshot);
}
