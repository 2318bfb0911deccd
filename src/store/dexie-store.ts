// Letters in IndexedDB, through Dexie. Schema history lives here: add a new
// `db.version(n)` with an upgrade instead of editing an old one, so browsers
// holding older data upgrade instead of failing to open.
import { Dexie, type EntityTable, type Transaction } from 'dexie';
import type { ImportEntry, LetterStore, LoadedLetters, StoredLetter, StoreResult } from './letter-store';
import { packLetters, packRationales, setRationales, unpackLetters, type PackedLetters, type PackedRationales } from './packed-letters';
import { toStoreError } from './store-error';
import { packTextChunks, unpackTextChunk, type LetterText, type PackedTextChunk, type PackedTexts } from './text-chunks';
import { buildTextIndex, type TextIndex } from './text-index';

export const DEFAULT_DB_NAME = 'imr-dashboard';

/**
 * Letters are kept in batches, one IndexedDB value per import flush: with one
 * value per letter, most of a large library's reload went to the database's
 * per-value overhead (BENCHMARKS.md). Each batch is packed into
 * flat arrays (see packed-letters.ts), and its rationales sit in a value of
 * their own under the same id, so they can be read apart from the rest.
 */
export interface StoredPack {
  id?: number;
  added_at: number;
  letters: PackedLetters;
}

export interface StoredRationales {
  /** The id of the StoredPack whose decisions these are. */
  id: number;
  rationales: PackedRationales;
}

/** Letters' texts, a chunk of them to a value (text-chunks.ts). */
export interface StoredTextChunk extends PackedTextChunk {
  id?: number;
}

/** A chunk's words for the search (text-index.ts), under the chunk's id, with its letters' ids. */
export interface StoredTextIndex {
  id: number;
  ids: string[];
  index: Uint8Array<ArrayBuffer>;
}

/** Where a letter's text is kept: its chunk. */
export interface StoredTextPointer {
  letter_id: string;
  chunk: number;
}

/** Version 2's value: the letters of a batch as objects. */
export interface StoredBatch {
  id?: number;
  added_at: number;
  letters: StoredLetter[];
}

/**
 * Letters per stored value: large enough to amortise the per-value cost, small
 * enough to write in one go. Each value is packed in one task when written and
 * unpacked in one when read; at 2,000 letters an NDJSON import spent 50-60 ms
 * per task packing, and a young-generation collection falling in an unpacking
 * task made a reload's longest. Four alternated pairs of runs at 185,414
 * letters, 2,000 against 1,000: longest reload task 99-144 against 93-129 ms,
 * usable table 2.1-2.7 against 2.2-2.5 s (BENCHMARKS.md, 20:30 run).
 */
export const BATCH_SIZE = 1_000;

class LettersDb extends Dexie {
  // `declare`, not fields: a class field would overwrite the table Dexie attaches.
  declare packs: EntityTable<StoredPack, 'id'>;
  declare rationales: EntityTable<StoredRationales, 'id'>;
  declare textChunks: EntityTable<StoredTextChunk, 'id'>;
  declare letterTexts: EntityTable<StoredTextPointer, 'letter_id'>;
  declare textIndex: EntityTable<StoredTextIndex, 'id'>;
  declare imports: EntityTable<ImportEntry, 'id'>;

  constructor(options: DexieStoreOptions) {
    super(options.name ?? DEFAULT_DB_NAME, {
      ...(options.indexedDB ? { indexedDB: options.indexedDB } : {}),
      ...(options.IDBKeyRange ? { IDBKeyRange: options.IDBKeyRange } : {}),
    });
    // Version 1: one row per letter, keyed by letter_id (the content hash).
    this.version(1).stores({ letters: 'letter_id, added_at' });
    // Version 2: StoredBatch, letters as objects, BATCH_SIZE to a value.
    this.version(2)
      .stores({ letters: null, batches: '++id, added_at' })
      .upgrade(moveLettersIntoBatches);
    // Version 3: packed columns, read back as a copy instead of millions of small objects.
    this.version(3)
      .stores({ batches: null, packs: '++id, added_at', rationales: 'id' })
      .upgrade(packBatches);
    // Version 4: record version 2 adds columns; packs now record their widths (packed-letters.ts).
    this.version(4).stores({}).upgrade(widenPacks);
    // Version 5: letters' texts, kept apart from the records so a reload never reads them;
    // and each import's files, so one cut short is found on the next visit.
    this.version(5).stores({ textChunks: '++id', letterTexts: 'letter_id, chunk', imports: '++id' });
    // Version 6: each text chunk's words, read by the whole-letter search instead of the texts.
    // Chunks kept before it have none; the search reads their texts instead (scanTextIndex).
    this.version(6).stores({ textIndex: 'id' });
  }
}

async function moveLettersIntoBatches(tx: Transaction): Promise<void> {
  const letters = (await tx.table('letters').orderBy('added_at').toArray()) as StoredLetter[];
  await tx.table('batches').bulkAdd(toBatches(letters));
}

// One batch at a time, so a large library is never all in memory twice.
async function packBatches(tx: Transaction): Promise<void> {
  const batches = tx.table<StoredBatch, number>('batches');
  const ids = await batches.orderBy('added_at').primaryKeys();
  for (const id of ids) {
    const batch = await batches.get(id);
    if (batch) await addPacked(tx.table('packs'), tx.table('rationales'), batch.letters);
  }
}

// Each pack rewritten with record version 2's columns, the new fields empty:
// its letters were read by an earlier parser, and say so by their parser_version.
async function widenPacks(tx: Transaction): Promise<void> {
  const packs = tx.table<StoredPack, number>('packs');
  const ids = await packs.toCollection().primaryKeys();
  for (const id of ids) {
    const pack = await packs.get(id);
    if (pack !== undefined && pack.letters.widths === undefined) {
      await packs.put({ ...pack, letters: packLetters(unpackLetters(pack.letters)) });
    }
  }
}

function toBatches(letters: readonly StoredLetter[]): StoredBatch[] {
  const batches: StoredBatch[] = [];
  for (let i = 0; i < letters.length; i += BATCH_SIZE) {
    const slice = letters.slice(i, i + BATCH_SIZE);
    batches.push({ added_at: slice[0]?.added_at ?? 0, letters: slice });
  }
  return batches;
}

interface Adds<T> {
  add(value: T): PromiseLike<unknown>;
}

/** Adds `letters` as packs of up to BATCH_SIZE, each with its rationales under the same id. */
async function addPacked(packs: Adds<StoredPack>, rationales: Adds<StoredRationales>, letters: readonly StoredLetter[]) {
  for (const batch of toBatches(letters)) {
    const id = await packs.add({ added_at: batch.added_at, letters: packLetters(batch.letters) });
    if (typeof id !== 'number') throw new Error(`the database gave a stored batch the key ${String(id)}`);
    await rationales.add({ id, rationales: packRationales(batch.letters) });
  }
}

/**
 * Takes batches oldest first and gives their letters, each letter_id once: a
 * letter put again replaces the earlier copy and takes its later place, as a
 * keyed put did. Imports skip letters already stored, so a letter is almost
 * never stored twice: a Set finds out as batches come in, and only then is the
 * order redone.
 */
class LetterCollector {
  private readonly ids = new Set<string>();
  private readonly all: StoredLetter[] = [];

  add(batch: readonly StoredLetter[]): void {
    for (const letter of batch) {
      this.ids.add(letter.letter_id);
      this.all.push(letter);
    }
  }

  letters(): StoredLetter[] {
    if (this.ids.size === this.all.length) return this.all;
    const byId = new Map<string, StoredLetter>();
    for (const letter of this.all) {
      byId.delete(letter.letter_id);
      byId.set(letter.letter_id, letter);
    }
    // Batches come in added_at order; a replacement can be older than letters after it.
    return [...byId.values()].sort((a, b) => a.added_at - b.added_at);
  }
}

/** A stored batch's letters as unpacked, under its id: where its rationales go once read. */
interface UnpackedPack {
  id: number;
  letters: StoredLetter[];
}

/**
 * One read-only transaction on one store, as a promise: `read` sends its
 * requests and calls `fail` at the first problem (the transaction is aborted
 * and the promise rejects with it); what the function it gives back returns
 * once the transaction completes is the promise's value.
 */
function readStore<T>(
  db: LettersDb,
  name: string,
  read: (store: IDBObjectStore, fail: (error: unknown) => void) => () => T,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const tx = db.backendDB().transaction(name, 'readonly');
    let failure: unknown = null;
    const fail = (error: unknown) => {
      failure ??= error;
      tx.abort();
    };
    const result = read(tx.objectStore(name), fail);
    tx.oncomplete = () => resolve(result());
    tx.onabort = () => reject(failure ?? tx.error);
  });
}

/**
 * Every stored letter, without rationales, read one batch at a time: all
 * requests go out at once, and each batch is unpacked as it arrives, while the
 * browser is still reading the next ones. One getAll was a single long task
 * that began only once everything had been read; this overlaps the reading
 * with the unpacking and leaves the page free between batches.
 */
function readPacks(db: LettersDb): Promise<{ letters: StoredLetter[]; packs: UnpackedPack[] }> {
  return readStore(db, 'packs', (packs, fail) => {
    const collector = new LetterCollector();
    const read: UnpackedPack[] = [];
    const order = packs.index('added_at').getAllKeys();
    order.onsuccess = () => {
      const ids = order.result as number[];
      // Batches are handed to the collector in order, each in the task that unpacked it.
      const unpacked = new Array<StoredLetter[] | undefined>(ids.length);
      let next = 0;
      ids.forEach((id, i) => {
        const request = packs.get(id);
        request.onsuccess = () => {
          const pack = request.result as StoredPack | undefined;
          if (!pack) return fail(new Error(`stored batch ${id} has gone`));
          let letters: StoredLetter[];
          try {
            letters = unpackLetters(pack.letters);
          } catch (error) {
            return fail(error);
          }
          unpacked[i] = letters;
          read.push({ id, letters });
          for (let batch = unpacked[next]; batch; batch = unpacked[next]) {
            collector.add(batch);
            unpacked[next++] = undefined;
          }
        };
      });
    };
    return () => ({ letters: collector.letters(), packs: read });
  });
}

/**
 * The rationales of `packs`, set in place as each arrives (setRationales):
 * one task per batch, so the page stays free while most of a library's bytes
 * are read. A batch whose rationales are gone fails the whole, as a lost pack does.
 */
async function readRationales(db: LettersDb, packs: readonly UnpackedPack[]): Promise<void> {
  if (packs.length === 0) return;
  await readStore(db, 'rationales', (rationales, fail) => {
    for (const { id, letters } of packs) {
      const request = rationales.get(id);
      request.onsuccess = () => {
        const stored = request.result as StoredRationales | undefined;
        if (!stored) return fail(new Error(`stored batch ${id} has lost its rationales`));
        try {
          setRationales(letters, stored.rationales);
        } catch (error) {
          fail(error);
        }
      };
    }
    return () => undefined;
  });
}

async function loadLetters(db: LettersDb): Promise<LoadedLetters> {
  const read = await readPacks(db);
  // Given up once reading begins: the batches' letters are the page's to keep, or not.
  let packs: UnpackedPack[] | null = read.packs;
  let reading: Promise<StoreResult<void>> | null = null;
  const readOnce = () => {
    const mine = packs ?? [];
    packs = null;
    return readRationales(db, mine);
  };
  return { letters: read.letters, readRationales: () => (reading ??= attempt(readOnce)) };
}

async function loadAll(db: LettersDb): Promise<StoredLetter[]> {
  const { letters, packs } = await readPacks(db);
  await readRationales(db, packs);
  return letters;
}

/** The texts of letters that have none kept yet. */
async function withoutKeptTexts(db: LettersDb, texts: readonly LetterText[]): Promise<readonly LetterText[]> {
  if (texts.length === 0) return texts;
  const kept = new Set(await db.letterTexts.where('letter_id').anyOf(texts.map((t) => t.letter_id)).primaryKeys());
  return kept.size === 0 ? texts : texts.filter((t) => !kept.has(t.letter_id));
}

async function getTexts(db: LettersDb, ids: readonly string[]): Promise<Map<string, string>> {
  const pointers = (await db.letterTexts.bulkGet([...ids])).filter((p): p is StoredTextPointer => p !== undefined);
  const byChunk = new Map<number, Set<string>>();
  for (const { letter_id, chunk } of pointers) {
    const wanted = byChunk.get(chunk) ?? new Set<string>();
    wanted.add(letter_id);
    byChunk.set(chunk, wanted);
  }
  const texts = new Map<string, string>();
  const chunks = await db.textChunks.bulkGet([...byChunk.keys()]);
  for (const chunk of chunks) {
    if (chunk?.id === undefined) continue;
    for (const { letter_id, text } of await unpackTextChunk(chunk, byChunk.get(chunk.id))) texts.set(letter_id, text);
  }
  return texts;
}

// Chunks' words read this many at a time, the next read going out while the last is searched.
const INDEXES_PER_READ = 32;

async function readTextIndexes(db: LettersDb, ids: number[]): Promise<TextIndex[]> {
  const stored = await db.textIndex.bulkGet(ids);
  const missing = ids.filter((_, i) => stored[i] === undefined);
  const built = missing.length === 0 ? [] : await db.textChunks.bulkGet(missing);
  const fromTexts = await Promise.all(
    built.map(async (chunk) => (chunk === undefined ? null : buildTextIndex(await unpackTextChunk(chunk)))),
  );
  return [
    ...stored.flatMap((row) => (row === undefined ? [] : [{ ids: row.ids, bytes: row.index }])),
    ...fromTexts.filter((index): index is TextIndex => index !== null),
  ];
}

async function scanTextIndex(
  db: LettersDb,
  visit: (indexes: readonly TextIndex[], total: number) => boolean | Promise<boolean>,
): Promise<void> {
  const [total, keys] = await Promise.all([db.letterTexts.count(), db.textChunks.toCollection().primaryKeys()]);
  const ids = keys.filter((id) => id !== undefined);
  const read = (from: number) => readTextIndexes(db, ids.slice(from, from + INDEXES_PER_READ));
  let next = ids.length > 0 ? read(0) : null;
  for (let from = 0; next !== null; from += INDEXES_PER_READ) {
    const indexes = await next;
    next = from + INDEXES_PER_READ < ids.length ? read(from + INDEXES_PER_READ) : null;
    if (!(await visit(indexes, total))) return;
  }
}

export interface DexieStoreOptions {
  name?: string;
  /** For tests and odd environments; the browser's own by default. */
  indexedDB?: Pick<IDBFactory, 'open'>;
  IDBKeyRange?: typeof IDBKeyRange;
  /** Packs texts for storage; on the calling thread by default (the page passes a worker's). */
  packTexts?: (texts: readonly LetterText[]) => Promise<PackedTexts[]>;
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
    loadAll: () => attempt(() => loadAll(db)),
    loadLetters: () => attempt(() => loadLetters(db)),
    putMany: (letters, texts = [], entry) =>
      attempt(async () => {
        if (letters.length === 0 && texts.length === 0 && entry === undefined) return;
        // Deflating is not database work: done before the transaction, which would otherwise commit while it waits.
        const chunks = await (options.packTexts ?? packTextChunks)(await withoutKeptTexts(db, texts));
        await db.transaction('rw', [db.packs, db.rationales, db.textChunks, db.textIndex, db.letterTexts, db.imports], async () => {
          if (entry !== undefined) await db.imports.put(entry);
          await addPacked(db.packs, db.rationales, letters);
          for (const { chunk, index } of chunks) {
            const id = await db.textChunks.add(chunk);
            if (typeof id !== 'number') throw new Error(`the database gave a text chunk the key ${String(id)}`);
            await db.textIndex.add({ id, ids: chunk.ids, index });
            await db.letterTexts.bulkPut(chunk.ids.map((letter_id) => ({ letter_id, chunk: id })));
          }
        });
      }),
    getTexts: (ids) => attempt(() => getTexts(db, ids)),
    textIds: () => attempt(async () => new Set(await db.letterTexts.toCollection().primaryKeys())),
    scanTextIndex: (visit) => attempt(() => scanTextIndex(db, visit)),
    putImport: (entry) =>
      attempt(async () => {
        const id = await db.imports.put(entry);
        if (typeof id !== 'number') throw new Error(`the database gave an import the key ${String(id)}`);
        return id;
      }),
    importEntries: () => attempt(() => db.imports.toArray()),
    deleteImports: (ids) =>
      attempt(async () => {
        await db.imports.bulkDelete([...ids]);
      }),
    clear: () =>
      attempt(async () => {
        const tables = [db.packs, db.rationales, db.textChunks, db.textIndex, db.letterTexts, db.imports];
        await db.transaction('rw', tables, () => Promise.all(tables.map((table) => table.clear())));
      }),
  };
  return { ok: true, value: store };
}
