// What the app needs from storage, and nothing more. IndexedDB and the
// in-memory fallback both implement it, so the app runs one code path whether
// or not the browser lets us save.
import type { LetterRecord } from '../domain/letter';

/** One stored letter: the record as parsed, plus what is needed to re-parse it later. */
export interface StoredLetter {
  letter_id: string;
  record: LetterRecord;
  parser_version: number;
  /** Milliseconds since the epoch. */
  added_at: number;
}

export type StoreErrorCode = 'quota' | 'unavailable' | 'failed';

/** `message` is for the user ("the browser's storage is full"). */
export interface StoreError {
  code: StoreErrorCode;
  message: string;
}

export type StoreResult<T> = { ok: true; value: T } | { ok: false; error: StoreError };

export interface LetterStore {
  /** 'indexeddb' survives a reload; 'memory' lasts for this page only. */
  readonly kind: 'indexeddb' | 'memory';
  /** Every stored letter, oldest first. */
  loadAll(): Promise<StoreResult<StoredLetter[]>>;
  /** Adds or replaces letters by letter_id, in one transaction. */
  putMany(letters: readonly StoredLetter[]): Promise<StoreResult<void>>;
  clear(): Promise<StoreResult<void>>;
}

/** A record and the version of the parser that read it. */
export interface ReadLetter {
  record: LetterRecord;
  parserVersion: number;
}

export function toStoredLetters(letters: readonly ReadLetter[], now: number): StoredLetter[] {
  return letters.map(({ record, parserVersion }) => ({
    letter_id: record.letter_id,
    record,
    parser_version: parserVersion,
    added_at: now,
  }));
}
