// The store's public face: what the UI may use.
export { PARSER_VERSION } from './parser-version';
export type { LetterStore, StoredLetter, StoreError, StoreErrorCode, StoreResult } from './letter-store';
export { toStoredLetters } from './letter-store';
export { createMemoryStore } from './memory-store';
export { openDexieStore, DEFAULT_DB_NAME, type DexieStoreOptions } from './dexie-store';
export { openLetterStore, withMemoryFallback, type OpenedLetterStore } from './open-letter-store';
export { toStoreError } from './store-error';
