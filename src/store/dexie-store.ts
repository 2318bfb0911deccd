// Letters in IndexedDB, through Dexie. Schema history lives here: add a new
// `db.version(n)` with an upgrade instead of editing an old one, so browsers
// holding older data upgrade instead of failing to open.
import { Dexie, type EntityTable, type Transaction } from 'dexie';
import type { LetterStore, StoredLetter, StoreResult } from './letter-store';
import { toStoreError } from './store-error';

export const DEFAULT_DB_NAME = 'imr-dashboard';

/**
 * Letters are kept in batches, one IndexedDB value per import flush. One value
 * per letter made a reload of a year's letters (~190,000) spend most of its
 * time on per-value overhead in the browser's database (measured: 13 s of a
 * 27 s reload waiting on it); a few hundred values read in a fraction of that.
 */
export interface StoredBatch {
  id?: number;
  added_at: number;
  letters: StoredLetter[];
}

/** Letters per stored value: large enough to amortise the per-value cost, small enough to write in one go. */
export const BATCH_SIZE = 2_000;

class LettersDb extends Dexie {
  // `declare`, not a field: a class field would overwrite the table Dexie attaches.
  declare batches: EntityTable<StoredBatch, 'id'>;

  constructor(options: DexieStoreOptions) {
    super(options.name ?? DEFAULT_DB_NAME, {
      ...(options.indexedDB ? { indexedDB: options.indexedDB } : {}),
      ...(options.IDBKeyRange ? { IDBKeyRange: options.IDBKeyRange } : {}),
    });
    // Version 1: one row per letter, keyed by letter_id (the content hash).
    this.version(1).stores({ letters: 'letter_id, added_at' });
    this.version(2)
      .stores({ letters: null, batches: '++id, added_at' })
      .upgrade(moveLettersIntoBatches);
  }
}

async function moveLettersIntoBatches(tx: Transaction): Promise<void> {
  const letters = (await tx.table('letters').orderBy('added_at').toArray()) as StoredLetter[];
  await tx.table('batches').bulkAdd(toBatches(letters));
}

export function toBatches(letters: readonly StoredLetter[]): StoredBatch[] {
  const batches: StoredBatch[] = [];
  for (let i = 0; i < letters.length; i += BATCH_SIZE) {
    const slice = letters.slice(i, i + BATCH_SIZE);
    batches.push({ added_at: slice[0]?.added_at ?? 0, letters: slice });
  }
  return batches;
}

/**
 * The letters of every batch, oldest first, each letter_id once: a letter put
 * again replaces the earlier copy and takes its later place, as a keyed put did.
 */
export function lettersOf(batches: readonly StoredBatch[]): StoredLetter[] {
  const byId = new Map<string, StoredLetter>();
  let replaced = false;
  for (const batch of batches) {
    for (const letter of batch.letters) {
      if (byId.has(letter.letter_id)) {
        byId.delete(letter.letter_id);
        replaced = true;
      }
      byId.set(letter.letter_id, letter);
    }
  }
  const all = [...byId.values()];
  // Batches come in added_at order; letters inside a batch share one time, except after a replacement.
  return replaced ? all.sort((a, b) => a.added_at - b.added_at) : all;
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
    loadAll: () => attempt(async () => lettersOf(await db.batches.orderBy('added_at').toArray())),
    putMany: (letters) =>
      attempt(async () => {
        if (letters.length > 0) await db.batches.bulkAdd(toBatches(letters));
      }),
    clear: () => attempt(() => db.batches.clear()),
  };
  return { ok: true, value: store };
}
