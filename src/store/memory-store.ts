// The store that needs nothing from the browser: a Map that lives as long as
// the page. Used when IndexedDB is missing or broken, and as the mirror that
// keeps a session's letters when saving stops working half-way.
import type { ImportEntry, LetterStore, StoredLetter, StoreResult } from './letter-store';
import { TEXTS_PER_CHUNK, type LetterText } from './text-chunks';
import { buildTextIndex } from './text-index';

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
  const oldestFirst = () => [...letters().values()].sort((a, b) => a.added_at - b.added_at);
  let texts = new Map<string, string>();
  const imports = new Map<number, ImportEntry>();
  return {
    kind: 'memory',
    async loadAll() {
      return { ok: true, value: oldestFirst() };
    },
    // Memory holds whole letters: their rationales are in already.
    async loadLetters() {
      return { ok: true, value: { letters: oldestFirst(), readRationales: async () => OK } };
    },
    async putMany(batch, batchTexts = [], entry) {
      if (entry?.id !== undefined) imports.set(entry.id, { ...entry });
      const map = letters();
      for (const letter of batch) map.set(letter.letter_id, letter);
      for (const { letter_id, text } of batchTexts) if (!texts.has(letter_id)) texts.set(letter_id, text);
      return OK;
    },
    async getTexts(ids) {
      const found = new Map<string, string>();
      for (const id of ids) {
        const text = texts.get(id);
        if (text !== undefined) found.set(id, text);
      }
      return { ok: true, value: found };
    },
    async textIds() {
      return { ok: true, value: new Set(texts.keys()) };
    },
    async scanTextIndex(visit) {
      const all: LetterText[] = [...texts].map(([letter_id, text]) => ({ letter_id, text }));
      for (let i = 0; i < all.length; i += TEXTS_PER_CHUNK) {
        if (!(await visit([buildTextIndex(all.slice(i, i + TEXTS_PER_CHUNK))], all.length))) break;
      }
      return OK;
    },
    async putImport(entry) {
      const id = entry.id ?? imports.size + 1;
      imports.set(id, { ...entry, id });
      return { ok: true, value: id };
    },
    async importEntries() {
      return { ok: true, value: [...imports.values()] };
    },
    async deleteImports(ids) {
      for (const id of ids) imports.delete(id);
      return OK;
    },
    async clear() {
      byId = new Map();
      pending = null;
      texts = new Map();
      imports.clear();
      return OK;
    },
  };
}
