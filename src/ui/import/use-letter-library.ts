import { useSyncExternalStore } from 'react';
import type { LetterLibrary, LibraryState } from '../../app/letter-library';

/** Re-renders when the library publishes a batch (at most every ~100 ms during ingest). */
export function useLetterLibrary(library: LetterLibrary): LibraryState {
  return useSyncExternalStore(library.subscribe, library.getSnapshot);
}

/**
 * One part of the library's state, re-rendering only when that part changes.
 * `select` must return the same value for the same state (a field, not a new
 * object). A component reading only slow-changing parts can render at low
 * priority across progress ticks: React redoes a split render synchronously
 * when a store it read changed meanwhile, and a selected part that did not
 * change does not count.
 */
export function useLibraryPart<T>(library: LetterLibrary, select: (state: LibraryState) => T): T {
  return useSyncExternalStore(library.subscribe, () => select(library.getSnapshot()));
}
