// The page's letters and everything that changes them: opening the store,
// ingest runs, clearing. React reads it through useLetterLibrary (a
// useSyncExternalStore subscription); tests drive it directly.
import type { LetterRecord } from '../domain/letter';
import type { LetterStore, OpenedLetterStore, ReadLetter, StoreError } from '../store';
import type { FileSource, TextSource } from './files/file-source';
import { PARSER_VERSION } from '../parse/parser-version';
import { IngestSession, type IngestProgress, type KnownLetters, type OnFileDone, type PoolLike } from './ingest-session';
import { searchTextsOnPage, type SearchTexts, type TextSearchProgress, type TextSearchRun } from './text-search';

/** Saving or clearing failed, or the rationales of saved letters could not be read (see LibraryState.rationales). */
export type StorageIssue = { kind: 'save' | 'clear' | 'read'; error: StoreError };

/** What this site's storage holds and may hold, as the browser reports it. */
export interface DiskUse {
  /** Bytes held (letters, their texts, and the page's own files), and the most the browser allows. */
  usage: number;
  quota: number;
  /** The browser keeps the data even when disk space runs low. */
  persisted: boolean;
  /** This page asked for that (a library past PERSIST_FROM letters), and the answer. */
  asked: 'granted' | 'refused' | null;
}

/** The browser's storage manager, as much of it as the library uses (navigator.storage). */
export interface StorageApi {
  estimate(): Promise<{ usage?: number; quota?: number }>;
  persisted(): Promise<boolean>;
  persist(): Promise<boolean>;
}

/** An import cut short on an earlier visit (the tab closed or crashed): the files it never read. */
export interface InterruptedImport {
  id: number;
  /** Milliseconds since the epoch. */
  startedAt: number;
  files: number;
  notRead: string[];
}

/** Web Locks as the library uses them: a lock held for as long as something runs, and which are held now. */
export interface LiveLocks {
  hold(name: string): () => void;
  held(): Promise<ReadonlySet<string>>;
}

/** What one tab tells the others with the same store (a BroadcastChannel in the browser). */
export type LibraryMessage =
  | { type: 'saved'; letters: readonly ReadLetter[]; replaced: readonly string[] }
  | { type: 'cleared' };

export interface LibraryChannel {
  post(message: LibraryMessage): void;
  listen(handler: (message: LibraryMessage) => void): void;
}

/** A library this large is worth asking the browser to keep when disk space runs low. */
export const PERSIST_FROM = 300;

/** A letter's kept text, or why there is none to show. */
export type LetterTextResult =
  | { kind: 'text'; text: string }
  /** The letter was added before texts were kept, or from a JSON export without them. */
  | { kind: 'missing' }
  | { kind: 'failed'; message: string };

export interface LibraryState {
  phase: 'opening' | 'ready';
  records: readonly LetterRecord[];
  /** Where letters live: 'indexeddb' survives a reload, 'memory' does not. */
  storage: LetterStore['kind'] | null;
  storageIssue: StorageIssue | null;
  /**
   * 'pending': the saved letters are on show but their rationales are not read
   * yet (they read '' until then, and are set on the same decision objects;
   * see LoadedLetters): rationalesRead() reads them, once the table is on
   * screen or when first needed. 'failed': they could not be read, and read ''.
   */
  rationales: 'pending' | 'read' | 'failed';
  /**
   * Letters read by an earlier version of the parser whose text was not kept:
   * their record lacks what later versions read (version 2's priority,
   * subcategory...), and only dropping their files again reads them anew.
   * (Letters whose text is kept are read again on their own, as a 'reread' run.)
   */
  olderReadings: number;
  /** The latest ingest run, or null before the first one (and after Clear all data). */
  ingest: IngestProgress | null;
  /** Disk use of this site's storage; null until known, or where the browser does not tell. */
  disk: DiskUse | null;
  /** Imports an earlier visit did not finish, with the files they never read. */
  interrupted: readonly InterruptedImport[];
}

export interface LetterLibraryOptions {
  openStore: () => Promise<OpenedLetterStore>;
  createPool: (onFileDone: OnFileDone) => PoolLike;
  flushMs?: number;
  /**
   * Runs `work` unless another tab is running work of that name already (the
   * browser's Web Locks); without it, work always runs.
   */
  exclusive?: (name: string, work: () => Promise<void>) => Promise<void>;
  /** The whole-letter search over texts kept in IndexedDB (a worker in the browser); without it, it runs on the page. */
  searchTexts?: SearchTexts;
  /** The browser's storage manager; without it, no disk use is shown and nothing is asked. */
  storage?: StorageApi;
  /** Tells an import running in another tab from one cut short; without it, every unfinished one counts as cut short. */
  locks?: LiveLocks;
  /** Keeps this tab in step with others on the same store: letters they save appear here, a clear there clears here. */
  channel?: LibraryChannel;
}

// Kept texts read again this many at a time: a re-read of a large library never holds every text at once.
const REREAD_SLICE = 400;

export class LetterLibrary {
  private state: LibraryState = {
    phase: 'opening',
    records: [],
    storage: null,
    storageIssue: null,
    rationales: 'read',
    olderReadings: 0,
    ingest: null,
    disk: null,
    interrupted: [],
  };
  private readonly listeners = new Set<() => void>();
  /** Ids of every letter in the library; see knownLetters(). */
  private knownIds: Set<string> | null = null;
  /** Letters read by an earlier parser, with its version. */
  private readonly stale = new Map<string, number>();
  /** Those of them whose text is not kept (see LibraryState.olderReadings). */
  private readonly withoutText = new Set<string>();
  private session: IngestSession | null = null;
  private runId = 0;
  private readonly store: Promise<LetterStore>;

  /** Settles when the letters read by an earlier parser have been read again (see readOlderAgain). */
  private readonly readingAgain: Promise<void>;
  /** Reads the saved letters' rationales once (see LibraryState.rationales). */
  private readonly readRationales: () => Promise<void>;
  /** The letters whose rationales were to be read are gone (Clear all data, here or in another tab). */
  private rationalesDropped = false;

  constructor(private readonly options: LetterLibraryOptions) {
    let again: string[] = [];
    let readRationales: OpenedLetterStore['readRationales'];
    this.store = options.openStore().then(async (opened) => {
      readRationales = opened.readRationales;
      const records = opened.letters.map((letter) => letter.record);
      for (const letter of opened.letters) {
        if (letter.parser_version < PARSER_VERSION) this.stale.set(letter.letter_id, letter.parser_version);
      }
      again = await this.textsToReadAgain(opened.store);
      const interrupted = await this.interruptedImports(opened.store);
      this.update({
        interrupted,
        phase: 'ready',
        records,
        rationales: readRationales === undefined ? 'read' : 'pending',
        olderReadings: this.withoutText.size,
        storage: opened.store.kind,
        storageIssue: opened.problem ? { kind: 'save', error: opened.problem } : null,
      });
      return opened.store;
    });
    let reading: Promise<void> | null = null;
    this.readRationales = () =>
      (reading ??= this.store.then(async () => {
        if (readRationales === undefined || this.rationalesDropped) return;
        const read = await readRationales();
        // The benchmarks time a reload to this point as well as to the table.
        performance.mark('library:rationales');
        // Cleared meanwhile: the batches read from are gone, and so are their letters.
        if (this.rationalesDropped) return;
        if (read.ok) this.update({ rationales: 'read' });
        else this.update({ rationales: 'failed', storageIssue: this.state.storageIssue ?? { kind: 'read', error: read.error } });
      }));
    this.readingAgain = this.store.then((store) => this.readOlderAgain(store, again));
    void this.store.then((store) => {
      // Tabs share letters only through the database: a tab in memory keeps to itself.
      if (store.kind === 'indexeddb') options.channel?.listen((message) => this.fromAnotherTab(message));
    });
    void this.store.then(() => this.checkDisk());
  }

  /**
   * Reads the disk use, and asks the browser once per visit to keep a library
   * past PERSIST_FROM letters when space runs low (a browser may otherwise
   * clear a site's data without asking).
   */
  private async checkDisk(): Promise<void> {
    const storage = this.options.storage;
    if (storage === undefined || this.state.storage !== 'indexeddb') return;
    try {
      let { asked } = this.state.disk ?? { asked: null };
      let persisted = await storage.persisted();
      if (!persisted && asked === null && this.state.records.length >= PERSIST_FROM) {
        persisted = await storage.persist();
        asked = persisted ? 'granted' : 'refused';
      }
      const { usage = 0, quota = 0 } = await storage.estimate();
      this.update({ disk: { usage, quota, persisted, asked } });
    } catch {
      // A browser that will not say leaves the line out; nothing depends on it.
    }
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

  /**
   * Reads the saved letters' rationales if that has not begun; resolves once
   * they are in, or could not be read (storageIssue then says so).
   */
  async rationalesRead(): Promise<void> {
    await this.readRationales();
  }

  /** Resolves once, after loading, letters read by an earlier parser have been read again from their kept texts. */
  async readAgainDone(): Promise<void> {
    await this.readingAgain;
  }

  /** Ingests files; joins the run in progress if there is one. Resolves when that run ends. */
  async add(sources: readonly FileSource[]): Promise<IngestProgress | null> {
    if (sources.length === 0) return null;
    const store = await this.store;
    if (this.session?.add(sources)) return this.session.finished;
    const session = this.startSession(store, 'files');
    session.add(sources);
    void session.finished.then(() => this.checkDisk());
    return session.finished;
  }

  private startSession(store: LetterStore, kind: IngestProgress['kind']): IngestSession {
    const runId = ++this.runId;
    // A run of files keeps a record of them, under a lock this tab holds while it runs.
    const owner = kind === 'files' ? `imr-dashboard:import:${Date.now()}:${runId}:${Math.random().toString(36).slice(2)}` : null;
    const release = owner === null ? () => {} : (this.options.locks?.hold(owner) ?? (() => {}));
    const session = new IngestSession({
      runId,
      kind,
      journal: owner === null ? null : { owner },
      store,
      known: this.knownLetters(),
      createPool: this.options.createPool,
      ...(this.options.flushMs === undefined ? {} : { flushMs: this.options.flushMs }),
      onUpdate: (added, replaced, progress) => {
        for (const { record, parserVersion, textKept } of added) {
          if (parserVersion < PARSER_VERSION) {
            this.stale.set(record.letter_id, parserVersion);
            if (textKept !== true) this.withoutText.add(record.letter_id);
          }
        }
        for (const id of replaced) this.withoutText.delete(id);
        this.update({
          records: added.length > 0 ? withLetters(this.state.records, added, replaced) : this.state.records,
          olderReadings: this.withoutText.size,
          // A run that is ending while a newer one starts must not overwrite the newer one's progress.
          ingest: progress.runId === this.runId ? progress : this.state.ingest,
        });
      },
      onStoreError: (error) => this.reportStoreError('save', error, store),
      onSaved: (letters, replaced) => {
        if (store.kind === 'indexeddb') this.options.channel?.post({ type: 'saved', letters, replaced: [...replaced] });
      },
    });
    this.session = session;
    void session.finished.finally(release);
    return session;
  }

  /** Imports recorded but never ended, less those alive in another tab, with the files each did not read. */
  private async interruptedImports(store: LetterStore): Promise<InterruptedImport[]> {
    const entries = await store.importEntries();
    if (!entries.ok || entries.value.length === 0) return [];
    const alive = (await this.options.locks?.held()) ?? new Set<string>();
    return entries.value.flatMap((entry) => {
      if (entry.id === undefined || (entry.owner !== undefined && alive.has(entry.owner))) return [];
      return [{ id: entry.id, startedAt: entry.started_at, files: entry.files.length, notRead: notDone(entry) }];
    });
  }

  /**
   * Another tab saved letters or cleared the store: this tab's view follows.
   * A letter this tab has already (both read the same file) is replaced, never doubled.
   */
  private fromAnotherTab(message: LibraryMessage): void {
    if (message.type === 'cleared') {
      this.dropRationales();
      this.knownIds?.clear();
      this.stale.clear();
      this.withoutText.clear();
      this.update({ records: [], olderReadings: 0, interrupted: [] });
      void this.checkDisk();
      return;
    }
    const have = new Set(this.state.records.map((record) => record.letter_id));
    const replaced = new Set(message.replaced);
    for (const { record, parserVersion } of message.letters) {
      const id = record.letter_id;
      if (have.has(id)) replaced.add(id);
      this.knownIds?.add(id);
      if (parserVersion < PARSER_VERSION) this.stale.set(id, parserVersion);
      else {
        this.stale.delete(id);
        this.withoutText.delete(id);
      }
    }
    this.update({ records: withLetters(this.state.records, message.letters, replaced), olderReadings: this.withoutText.size });
  }

  /** Forgets the imports cut short on earlier visits (the user has seen them). */
  async dismissInterrupted(): Promise<void> {
    const store = await this.store;
    const ids = this.state.interrupted.map((entry) => entry.id);
    this.update({ interrupted: [] });
    await store.deleteImports(ids);
  }

  /** Of the letters read by an earlier parser, those whose text is kept; the others are counted as without text. */
  private async textsToReadAgain(store: LetterStore): Promise<string[]> {
    if (this.stale.size === 0) return [];
    const kept = await store.textIds();
    const again: string[] = [];
    for (const id of this.stale.keys()) {
      if (kept.ok && kept.value.has(id)) again.push(id);
      else this.withoutText.add(id);
    }
    return again;
  }

  /**
   * Letters read by an earlier parser are read again from their kept texts,
   * in the workers, a slice at a time, while the table is in use; each new
   * reading replaces the old one. One tab does it at a time.
   */
  private async readOlderAgain(store: LetterStore, again: readonly string[]): Promise<void> {
    if (again.length === 0) return;
    const files = new Map(this.state.records.map((record) => [record.letter_id, record.file]));
    const exclusive = this.options.exclusive ?? ((_name, work) => work());
    await exclusive('imr-dashboard:read-again', async () => {
      // Another run (the user's files) started first: the next visit reads these.
      if (this.session?.accepting) return;
      const session = this.startSession(store, 'reread');
      const release = session.holdOpen();
      try {
        for (let i = 0; i < again.length && session.accepting; i += REREAD_SLICE) {
          const slice = again.slice(i, i + REREAD_SLICE).filter((id) => this.stale.has(id));
          const texts = await store.getTexts(slice);
          if (!texts.ok) break;
          const sources = [...texts.value].map(([letterId, text]): TextSource => ({ name: files.get(letterId) ?? letterId, letterId, text }));
          if (sources.length > 0 && !session.add(sources)) break;
          await session.whenBacklog(REREAD_SLICE / 2);
        }
      } finally {
        release();
      }
      await session.finished;
    });
  }

  cancel(): void {
    this.session?.cancel();
  }

  /** The letters whose kept text holds every one of `terms` (lower-case words): the whole-letter search. */
  searchLetterTexts(terms: readonly string[], onProgress: (progress: TextSearchProgress) => void): TextSearchRun {
    let run: TextSearchRun | null = null;
    let cancelled = false;
    const result = this.store.then((store) => {
      if (cancelled) return null;
      const search = store.kind === 'indexeddb' && this.options.searchTexts ? this.options.searchTexts : searchTextsOnPage(store);
      run = search(terms, onProgress);
      return run.result;
    });
    return {
      result,
      cancel: () => {
        cancelled = true;
        run?.cancel();
      },
    };
  }

  /** The kept texts of some letters (a letter without one is absent); rejects when storage fails. */
  async letterTexts(letterIds: readonly string[]): Promise<Map<string, string>> {
    const store = await this.store;
    const texts = await store.getTexts(letterIds);
    if (!texts.ok) throw new Error(texts.error.message);
    return texts.value;
  }

  /** The kept text of one letter, read from storage when asked (a reload never reads texts). */
  async letterText(letterId: string): Promise<LetterTextResult> {
    const store = await this.store;
    const texts = await store.getTexts([letterId]);
    if (!texts.ok) return { kind: 'failed', message: texts.error.message };
    const text = texts.value.get(letterId);
    return text === undefined ? { kind: 'missing' } : { kind: 'text', text };
  }

  /** Removes every letter, saved ones included. Refused while a run is in progress. */
  async clearAll(): Promise<boolean> {
    if (this.session?.accepting) return false;
    const store = await this.store;
    const cleared = await store.clear();
    this.dropRationales();
    this.knownIds?.clear();
    this.stale.clear();
    this.withoutText.clear();
    this.update({ records: [], olderReadings: 0, ingest: null, interrupted: [] });
    void this.checkDisk();
    if (cleared.ok && store.kind === 'indexeddb') this.options.channel?.post({ type: 'cleared' });
    if (!cleared.ok) this.reportStoreError('clear', cleared.error, store);
    return cleared.ok;
  }

  /** The saved letters are gone: their rationales are not to be read, or waited for. */
  private dropRationales(): void {
    this.rationalesDropped = true;
    if (this.state.rationales === 'pending') this.update({ rationales: 'read' });
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

/** The files an import was given and did not read (a name given twice and read once counts once). */
function notDone(entry: { files: readonly string[]; done: readonly string[] }): string[] {
  const done = new Map<string, number>();
  for (const name of entry.done) done.set(name, (done.get(name) ?? 0) + 1);
  return entry.files.filter((name) => {
    const left = done.get(name) ?? 0;
    if (left === 0) return true;
    done.set(name, left - 1);
    return false;
  });
}
