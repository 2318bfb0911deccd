// The store the app uses: IndexedDB when the browser allows it, memory when it
// does not, and a switch to memory if saving fails half-way (storage full).
// Every letter also sits in a memory mirror, so a failed save never loses what
// this session loaded; callers see the first failure once, as a StoreError.
import type { LetterStore, StoredLetter, StoreError, StoreResult } from './letter-store';
import { createMemoryStore } from './memory-store';
import { openDexieStore, type DexieStoreOptions } from './dexie-store';

export interface OpenedLetterStore {
  store: LetterStore;
  /** What was saved by earlier visits, oldest first... */
  letters: StoredLetter[];
  /** ...whose rationales this reads and sets in place (see LoadedLetters); absent, they are in. */
  readRationales?: () => Promise<StoreResult<void>>;
  /** Why saving is unavailable, or null when letters will survive a reload. */
  problem: StoreError | null;
}

/** A store that writes through to `primary` until it fails, then carries on in memory. */
export function withMemoryFallback(primary: LetterStore, initial: readonly StoredLetter[] = []): LetterStore {
  const mirror = createMemoryStore(initial);
  let live: LetterStore | null = primary;

  async function writeThrough(write: (store: LetterStore) => Promise<StoreResult<void>>): Promise<StoreResult<void>> {
    await write(mirror);
    if (!live) return { ok: true, value: undefined };
    const result = await write(live);
    if (!result.ok) live = null;
    return result;
  }

  return {
    get kind() {
      return live ? live.kind : mirror.kind;
    },
    loadAll: () => (live ? live.loadAll() : mirror.loadAll()),
    loadLetters: () => (live ? live.loadLetters() : mirror.loadLetters()),
    // The mirror holds letters, not texts: a library's texts would double its memory. Once
    // saving fails, texts go to the mirror from then on; earlier ones stay with the database.
    putMany: async (letters, texts, entry) => {
      await mirror.putMany(letters);
      if (!live) return mirror.putMany([], texts, entry);
      const result = await live.putMany(letters, texts, entry);
      if (!result.ok) {
        live = null;
        await mirror.putMany([], texts, entry);
      }
      return result;
    },
    getTexts: (ids) => (live ? live.getTexts(ids) : mirror.getTexts(ids)),
    textIds: () => (live ? live.textIds() : mirror.textIds()),
    scanTextIndex: (visit) => (live ? live.scanTextIndex(visit) : mirror.scanTextIndex(visit)),
    // The journal of imports is worth keeping only where the letters survive a reload.
    putImport: (entry) => (live ? live.putImport(entry) : mirror.putImport(entry)),
    importEntries: () => (live ? live.importEntries() : mirror.importEntries()),
    deleteImports: (ids) => (live ? live.deleteImports(ids) : mirror.deleteImports(ids)),
    clear: () => writeThrough((store) => store.clear()),
  };
}

export async function openLetterStore(options: DexieStoreOptions = {}): Promise<OpenedLetterStore> {
  const opened = await openDexieStore(options);
  if (!opened.ok) return { store: createMemoryStore(), letters: [], problem: opened.error };
  const loaded = await opened.value.loadLetters();
  if (!loaded.ok) return { store: createMemoryStore(), letters: [], problem: loaded.error };
  const { letters, readRationales } = loaded.value;
  return { store: withMemoryFallback(opened.value, letters), letters, readRationales, problem: null };
}
