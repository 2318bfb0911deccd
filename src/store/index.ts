// The store's public face: what the UI may use.
export type { ImportEntry, LetterStore, StoredLetter, StoreError, StoreErrorCode, StoreResult } from './letter-store';
export { toStoredLetters, type ReadLetter } from './letter-store';
export { createMemoryStore } from './memory-store';
export { openDexieStore, DEFAULT_DB_NAME, type DexieStoreOptions } from './dexie-store';
export { openLetterStore, withMemoryFallback, type OpenedLetterStore } from './open-letter-store';
export { toStoreError } from './store-error';
export type { LetterText, PackedTexts } from './text-chunks';
