// Which letters' kept texts hold every word of a search: the whole-letter
// search, over case summaries, histories and diagnoses as well as the
// decisions. Runs where the texts are (in a worker over IndexedDB, or on the
// page over the memory store), a few chunks at a time, saying how far it got.
import type { LetterStore, StoreResult } from './letter-store';
import { lettersWithAll } from './text-index';

export interface TextSearchProgress {
  /** Letters whose text has been looked at, of `total`. */
  done: number;
  total: number;
}

/** Ids of the letters whose kept text contains every one of `terms` (lower-case words), any case. */
export async function searchKeptTexts(
  store: LetterStore,
  terms: readonly string[],
  onProgress: (progress: TextSearchProgress) => void = () => {},
  cancelled: () => boolean = () => false,
): Promise<StoreResult<string[]>> {
  const found = new Set<string>();
  let done = 0;
  const scanned = await store.scanTextIndex((indexes, total) => {
    for (const index of indexes) {
      for (const id of lettersWithAll(index, terms)) found.add(id);
      done = Math.min(total, done + index.ids.length);
    }
    onProgress({ done, total });
    return !cancelled();
  });
  return scanned.ok ? { ok: true, value: [...found] } : scanned;
}
