// The store that needs nothing from the browser: a Map that lives as long as
// the page. Used when IndexedDB is missing or broken, and as the mirror that
// keeps a session's letters when saving stops working half-way.
import type { LetterStore, StoredLetter, StoreResult } from './letter-store';

const OK: StoreResult<void> = { ok: true, value: undefined };

export function createMemoryStore(initial: readonly StoredLetter[] = []): LetterStore {
  // Keyed on first use (`initial` is read then, not copied now): as a mirror it
  // is often never used, and keying a large library would lengthen every reload.
  let pending: readonly StoredLetter[] | null = initial;
  let byId: Map<string, StoredLetter> | null = null;
  const letters = () => {
    if (!byId) {
      byId = new Map((pending ?? []).map((letter) => [letter.letter_id, letter]));
      pending = null;
    }
    return byId;
  };
  return {
    kind: 'memory',
    async loadAll() {
      const all = [...letters().values()].sort((a, b) => a.added_at - b.added_at);
      return { ok: true, value: all };
    },
    async putMany(batch) {
      const map = letters();
      for (const letter of batch) map.set(letter.letter_id, letter);
      return OK;
    },
    async clear() {
      byId = new Map();
      pending = null;
      return OK;
    },
  };
}
