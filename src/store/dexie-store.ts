// Letters in IndexedDB, through Dexie. Schema history lives here: add a new
// `db.version(n)` with an upgrade instead of editing version 1, so browsers
// holding older data upgrade instead of failing to open.
import { Dexie, type EntityTable } from 'dexie';
import type { LetterStore, StoredLetter, StoreResult } from './letter-store';
import { toStoreError } from './store-error';

export const DEFAULT_DB_NAME = 'imr-dashboard';

class LettersDb extends Dexie {
  // `declare`, not a field: a class field would overwrite the table Dexie attaches.
  declare letters: EntityTable<StoredLetter, 'letter_id'>;

  constructor(options: DexieStoreOptions) {
    super(options.name ?? DEFAULT_DB_NAME, {
      ...(options.indexedDB ? { indexedDB: options.indexedDB } : {}),
      ...(options.IDBKeyRange ? { IDBKeyRange: options.IDBKeyRange } : {}),
    });
    // letter_id is the content hash, so the same letter dropped twice is one row.
    this.version(1).stores({ letters: 'letter_id, added_at' });
  }
}

export interface DexieStoreOptions {
  name?: string;
  /** For tests and odd environments; the browser's own by default. */
  indexedDB?: Pick<IDBFactory, 'open'>;
  IDBKeyRange?: typeof IDBKeyRange;
}

async function attempt<T>(work: () => Promise<T>): Promise<StoreResult<T>> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    return { ok: false, error: toStoreError(error) };
  }
}

export async function openDexieStore(options: DexieStoreOptions = {}): Promise<StoreResult<LetterStore>> {
  let db: LettersDb;
  try {
    db = new LettersDb(options);
  } catch (error) {
    return { ok: false, error: toStoreError(error) };
  }
  const opened = await attempt(() => db.open());
  if (!opened.ok) return opened;
  const store: LetterStore = {
    kind: 'indexeddb',
    loadAll: () => attempt(() => db.letters.orderBy('added_at').toArray()),
    putMany: (letters) =>
      attempt(async () => {
        if (letters.length > 0) await db.letters.bulkPut([...letters]);
      }),
    clear: () => attempt(() => db.letters.clear()),
  };
  return { ok: true, value: store };
}
