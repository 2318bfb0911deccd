// The page's letters and everything that changes them: opening the store,
// ingest runs, clearing. React reads it through useLetterLibrary (a
// useSyncExternalStore subscription); tests drive it directly.
import type { LetterRecord } from '../domain/letter';
import type { LetterStore, OpenedLetterStore, StoreError } from '../store';
import type { FileSource } from './files/file-source';
import { PARSER_VERSION } from '../parse/parser-version';
import { IngestSession, type IngestProgress, type KnownLetters, type OnFileDone, type PoolLike } from './ingest-session';

export type StorageIssue = { kind: 'save' | 'clear'; error: StoreError };

export interface LibraryState {
  phase: 'opening' | 'ready';
  records: readonly LetterRecord[];
  /** Where letters live: 'indexeddb' survives a reload, 'memory' does not. */
  storage: LetterStore['kind'] | null;
  storageIssue: StorageIssue | null;
  /**
   * Letters read by an earlier version of the parser: their record lacks what
   * later versions read (version 2's priority, subcategory...). Dropping their
   * files again reads them anew.
   */
  olderReadings: number;
  /** The latest ingest run, or null before the first one (and after Clear all data). */
  ingest: IngestProgress | null;
}

export interface LetterLibraryOptions {
  openStore: () => Promise<OpenedLetterStore>;
  createPool: (onFileDone: OnFileDone) => PoolLike;
  flushMs?: number;
}

export class LetterLibrary {
  private state: LibraryState = {
    phase: 'opening',
    records: [],
    storage: null,
    storageIssue: null,
    olderReadings: 0,
    ingest: null,
  };
  private readonly listeners = new Set<() => void>();
  /** Ids of every letter in the library; see knownLetters(). */
  private knownIds: Set<string> | null = null;
  /** Letters read by an earlier parser (see LibraryState.olderReadings), with its version. */
  private readonly stale = new Map<string, number>();
  private session: IngestSession | null = null;
  private runId = 0;
  private readonly store: Promise<LetterStore>;

  constructor(private readonly options: LetterLibraryOptions) {
    this.store = options.openStore().then((opened) => {
      const records = opened.letters.map((letter) => letter.record);
      for (const letter of opened.letters) {
        if (letter.parser_version < PARSER_VERSION) this.stale.set(letter.letter_id, letter.parser_version);
      }
      this.update({
        phase: 'ready',
        records,
        olderReadings: this.stale.size,
        storage: opened.store.kind,
        storageIssue: opened.problem ? { kind: 'save', error: opened.problem } : null,
      });
      return opened.store;
    });
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): LibraryState => this.state;

  /** Resolves once saved letters are loaded (or loading failed and memory took over). */
  async ready(): Promise<void> {
    await this.store;
  }

  /** Ingests files; joins the run in progress if there is one. Resolves when that run ends. */
  async add(sources: readonly FileSource[]): Promise<IngestProgress | null> {
    if (sources.length === 0) return null;
    const store = await this.store;
    if (this.session?.add(sources)) return this.session.finished;
    const runId = ++this.runId;
    const session = new IngestSession({
      runId,
      store,
      known: this.knownLetters(),
      createPool: this.options.createPool,
      ...(this.options.flushMs === undefined ? {} : { flushMs: this.options.flushMs }),
      onUpdate: (added, replaced, progress) => {
        for (const { record, parserVersion } of added) {
          if (parserVersion < PARSER_VERSION) this.stale.set(record.letter_id, parserVersion);
        }
        this.update({
          records: added.length > 0 ? withLetters(this.state.records, added, replaced) : this.state.records,
          olderReadings: this.stale.size,
          // A run that is ending while a newer one starts must not overwrite the newer one's progress.
          ingest: progress.runId === this.runId ? progress : this.state.ingest,
        });
      },
      onStoreError: (error) => this.reportStoreError('save', error, store),
    });
    this.session = session;
    session.add(sources);
    return session.finished;
  }

  cancel(): void {
    this.session?.cancel();
  }

  /** Removes every letter, saved ones included. Refused while a run is in progress. */
  async clearAll(): Promise<boolean> {
    if (this.session?.accepting) return false;
    const store = await this.store;
    const cleared = await store.clear();
    this.knownIds?.clear();
    this.stale.clear();
    this.update({ records: [], olderReadings: 0, ingest: null });
    if (!cleared.ok) this.reportStoreError('clear', cleared.error, store);
    return cleared.ok;
  }

  // Keyed on the first import rather than on load: a reload of a large library
  // has no use for them, and a Set of every id stood between it and the table.
  private knownLetters(): KnownLetters {
    this.knownIds ??= new Set(this.state.records.map((record) => record.letter_id));
    return { ids: this.knownIds, stale: this.stale };
  }

  private reportStoreError(kind: StorageIssue['kind'], error: StoreError, store: LetterStore): void {
    this.update({ storageIssue: { kind, error }, storage: store.kind });
  }

  private update(patch: Partial<LibraryState>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener();
  }
}

/** The library's records with `added` appended, each replaced letter in its new reading only. */
function withLetters(
  records: readonly LetterRecord[],
  added: readonly { record: LetterRecord }[],
  replaced: ReadonlySet<string>,
): readonly LetterRecord[] {
  const kept = replaced.size === 0 ? records : records.filter((record) => !replaced.has(record.letter_id));
  return kept.concat(added.map((letter) => letter.record));
}
