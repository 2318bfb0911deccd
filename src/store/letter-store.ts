// What the app needs from storage, and nothing more. IndexedDB and the
// in-memory fallback both implement it, so the app runs one code path whether
// or not the browser lets us save.
import type { LetterRecord } from '../domain/letter';
import type { LetterText } from './text-chunks';
import type { TextIndex } from './text-index';

/** One stored letter: the record as parsed, plus what is needed to re-parse it later. */
export interface StoredLetter {
  letter_id: string;
  record: LetterRecord;
  parser_version: number;
  /** Milliseconds since the epoch. */
  added_at: number;
}

/**
 * One import's record of its files, written as it starts and as it goes: a
 * run that ends normally removes it, so one still here on the next visit was
 * cut short (the tab closed or crashed), and its files not `done` were never read.
 */
export interface ImportEntry {
  id?: number;
  /** Milliseconds since the epoch. */
  started_at: number;
  /** Every file the run was given, as its name. */
  files: string[];
  /** The files read and whose letters were saved. */
  done: string[];
  /** The Web Lock the tab running the import holds while it runs: held, the import is alive elsewhere. */
  owner?: string;
}

export type StoreErrorCode = 'quota' | 'unavailable' | 'failed';

/** `message` is for the user ("the browser's storage is full"). */
export interface StoreError {
  code: StoreErrorCode;
  message: string;
}

export type StoreResult<T> = { ok: true; value: T } | { ok: false; error: StoreError };

/** Stored letters given before their rationales are read (see LetterStore.loadLetters). */
export interface LoadedLetters {
  letters: StoredLetter[];
  /**
   * Reads the rationales of `letters` and sets each in place, on those same
   * decision objects (until then a rationale read apart is ''); settles once
   * all are in. Reading starts at the first call; later calls share it.
   */
  readRationales: () => Promise<StoreResult<void>>;
}

export interface LetterStore {
  /** 'indexeddb' survives a reload; 'memory' lasts for this page only. */
  readonly kind: 'indexeddb' | 'memory';
  /** Every stored letter, oldest first. Never reads the letters' texts. */
  loadAll(): Promise<StoreResult<StoredLetter[]>>;
  /**
   * Every stored letter, as loadAll, but given as soon as the letters are in,
   * with their rationales (most of the bytes read) read when asked for: a
   * reload shows the table without waiting for text it does not show.
   */
  loadLetters(): Promise<StoreResult<LoadedLetters>>;
  /**
   * Adds or replaces letters by letter_id and keeps the texts given, in one
   * transaction. A letter whose text is already kept keeps it: the same id is
   * the same file, so the same text. An import's entry given with them is
   * written in the same transaction: its files count as read exactly when
   * their letters are saved, whenever the browser stops.
   */
  putMany(letters: readonly StoredLetter[], texts?: readonly LetterText[], entry?: ImportEntry): Promise<StoreResult<void>>;
  /** The kept texts of these letters; a letter without one is absent from the map. */
  getTexts(ids: readonly string[]): Promise<StoreResult<Map<string, string>>>;
  /** Every letter whose text is kept. */
  textIds(): Promise<StoreResult<Set<string>>>;
  /**
   * The words of every kept text (text-index.ts), a chunk of letters at a
   * time, until `visit` answers false. A letter may come twice if its text
   * was kept twice; `total` counts letters.
   */
  scanTextIndex(visit: (indexes: readonly TextIndex[], total: number) => boolean | Promise<boolean>): Promise<StoreResult<void>>;
  /** Writes an import's entry (a new one when it has no id), giving its id. */
  putImport(entry: ImportEntry): Promise<StoreResult<number>>;
  /** The entries of imports that did not end (see ImportEntry). */
  importEntries(): Promise<StoreResult<ImportEntry[]>>;
  deleteImports(ids: readonly number[]): Promise<StoreResult<void>>;
  /** Removes every letter and every kept text. */
  clear(): Promise<StoreResult<void>>;
}

/** A record and the version of the parser that read it. */
export interface ReadLetter {
  record: LetterRecord;
  parserVersion: number;
  /** Its text was handed over to be kept with it (so a newer parser can read it again). */
  textKept?: boolean;
}

export function toStoredLetters(letters: readonly ReadLetter[], now: number): StoredLetter[] {
  return letters.map(({ record, parserVersion }) => ({
    letter_id: record.letter_id,
    record,
    parser_version: parserVersion,
    added_at: now,
  }));
}
