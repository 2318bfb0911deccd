// The store that needs nothing from the browser: a Map that lives as long as
// the page. Used when IndexedDB is missing or broken, and as the mirror that
// keeps a session's letters when saving stops working half-way.
import type { LetterStore, StoredLetter, StoreResult } from './letter-store';

const OK: StoreResult<void> = { ok: true, value: undefined };

export function createMemoryStore(initial: readonly StoredLetter[] = []): LetterStore {
  const letters = new Map<string, StoredLetter>(initial.map((letter) => [letter.letter_id, letter]));
  return {
    kind: 'memory',
    async loadAll() {
      const all = [...letters.values()].sort((a, b) => a.added_at - b.added_at);
      return { ok: true, value: all };
    },
    async putMany(batch) {
      for (const letter of batch) letters.set(letter.letter_id, letter);
      return OK;
    },
    async clear() {
      letters.clear();
      return OK;
    },
  };
}
