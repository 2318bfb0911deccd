// One run of "add these files": feeds the pool, drops letters already loaded
// (letter_id is the content hash), and reports to the page in two rhythms:
// progress (counts, problems) at most every `flushMs`, so the bar moves
// smoothly, and new letters at most every `recordsFlushMs`, because each
// hand-off re-derives the whole dashboard and the store write: a thousand files
// cost a handful of those rather than hundreds. Knows nothing of React.
import type { LetterErrorCode, FileOutcome } from '../domain/letter';
import { toStoredLetters, type ImportEntry, type LetterStore, type LetterText, type ReadLetter, type StoreError } from '../store';
import type { Source } from './files/file-source';

export interface Problem {
  file: string;
  code: LetterErrorCode;
  message: string;
}

export interface IngestProgress {
  /** Counts up by one per run, so a view can tell a new run from the last one. */
  runId: number;
  /** Files the user gave, or letters' kept texts read again by a newer reader. */
  kind: 'files' | 'reread';
  state: 'running' | 'done' | 'cancelled';
  /** Files the user gave (a .zip counts once). */
  filesTotal: number;
  filesDone: number;
  /**
   * filesDone plus the part already read of each file still being read as a
   * stream (a long NDJSON file, by its bytes): what the progress bar shows, so
   * that one large file moves it instead of holding it at nothing until its end.
   */
  filesRead: number;
  /** Letters new to the library, and their decisions. */
  letters: number;
  decisions: number;
  /** Letters the library had from an earlier parser, read again (replaced, not added). */
  reread: number;
  problems: readonly Problem[];
  /** Letters skipped because the same letter was already loaded. */
  skipped: readonly string[];
}

export interface PoolLike {
  add(sources: readonly Source[]): void;
  cancel(): void;
  dispose(): void;
  whenIdle(): Promise<void>;
}

/** A file still being read as a stream: the share of its bytes read so far (null while its size is unknown). */
export interface StillReading {
  read: number | null;
}

/** `reading`: the file gave these outcomes and is still being read (a long NDJSON file); it is done at its call without. */
export type OnFileDone = (source: Source, outcomes: FileOutcome[], reading?: StillReading) => void;

export interface KnownLetters {
  /** Every letter_id in the library. */
  ids: Set<string>;
  /** Letters read by an earlier parser, with that parser's version: a newer reading replaces them. */
  stale: Map<string, number>;
}

export interface IngestSessionOptions {
  runId: number;
  kind?: IngestProgress['kind'];
  /**
   * Keep a record of the run's files in the store as it goes (see ImportEntry),
   * so a run cut short is found on the next visit. Runs of files do; reading
   * kept texts again needs none (the texts stay in the store).
   */
  journal?: { owner: string } | null;
  createPool: (onFileDone: OnFileDone) => PoolLike;
  store: LetterStore;
  /** The letters in the library; the session adds the ones it loads. */
  known: KnownLetters;
  /** `replaced`: ids among `added` whose earlier reading they replace. */
  onUpdate: (added: readonly ReadLetter[], replaced: ReadonlySet<string>, progress: IngestProgress) => void;
  onStoreError: (error: StoreError) => void;
  /** Letters saved to the store (after each write that succeeds): other tabs are told. */
  onSaved?: (added: readonly ReadLetter[], replaced: ReadonlySet<string>) => void;
  flushMs?: number;
  recordsFlushMs?: number;
  now?: () => number;
}

export const FLUSH_MS = 100;
// Letters reach the view once a second: every handover re-derives the view,
// and handing them over every 100 ms kept the main thread busy through a
// text ingest, taking the workers' cores (BENCHMARKS.md, "Why the code is
// shaped this way").
export const RECORDS_FLUSH_MS = 1000;
// ...and less often as the library grows: each handover re-derives the view
// over every letter (about 0.7 s at 100,000 letters on the 2-core benchmark
// machine), so a fast source (the command line's NDJSON) spent most of its
// time re-deriving. The gap grows with the library so re-deriving keeps to
// about a quarter of the main thread (BENCHMARKS.md, NDJSON import).
const FLUSH_MS_PER_LETTER = 0.03;

function mark(name: string): void {
  if (typeof performance !== 'undefined' && typeof performance.mark === 'function') performance.mark(name);
}

export class IngestSession {
  private readonly pool: PoolLike;
  private filesTotal = 0;
  private filesDone = 0;
  private letters = 0;
  private decisions = 0;
  private reread = 0;
  private problems: Problem[] = [];
  private skipped: string[] = [];
  private pending: ReadLetter[] = [];
  private pendingReplaced = new Set<string>();
  /** Texts to keep with the next write: of new letters, and of letters known already (kept once). */
  private pendingTexts: LetterText[] = [];
  /** The run's record of its files, when it keeps one; its id once written. */
  private readonly entry: ImportEntry | null;
  /** Files read since the last write; they count as done once it succeeds. */
  private pendingDone: string[] = [];
  /** Files being read as a stream, with the share of each read so far. */
  private readonly partlyRead = new Map<Source, number>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** When letters were last handed over; the first batch goes at once so the table appears quickly. */
  private lastRecordsFlush = Number.NEGATIVE_INFINITY;
  private writes: Promise<void> = Promise.resolve();
  private state: IngestProgress['state'] = 'running';
  /** Set once the last file is done: later files start a new run. */
  private closing = false;
  /** Set once the run's letters and its record are written: only then does progress say it ended. */
  private ended = false;
  /** Settles when the run is over and its letters are written. */
  readonly finished: Promise<IngestProgress>;
  private backlogWaiters: { most: number; resolve: () => void }[] = [];
  /** Callers with more to add (see holdOpen); the run waits for them once everything given is read. */
  private holds = 0;
  private wake: (() => void) | null = null;

  constructor(private readonly options: IngestSessionOptions) {
    const journal = options.journal ?? null;
    this.entry = journal === null ? null : { started_at: (options.now ?? Date.now)(), files: [], done: [], owner: journal.owner };
    mark('ingest:start');
    this.pool = options.createPool(this.onFileDone);
    this.finished = this.watch();
  }

  /** True until the run ends; add() is refused from the moment the last file finishes. */
  get accepting(): boolean {
    return this.state === 'running' && !this.closing;
  }

  /** Adds files to this run; false when the run has already ended (start a new one). */
  add(sources: readonly Source[]): boolean {
    if (this.state !== 'running' || this.closing) return false;
    this.filesTotal += sources.length;
    if (this.entry !== null) {
      this.entry.files.push(...sources.map((source) => source.name));
      this.writeEntry();
    }
    this.pool.add(sources);
    this.flush();
    this.wake?.();
    return true;
  }

  /**
   * Keeps the run open while the caller has more to add, even when everything
   * given so far is read; the returned function lets it end. A caller feeding
   * a long list in slices holds it open between slices.
   */
  holdOpen(): () => void {
    this.holds++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.holds--;
      this.wake?.();
    };
  }

  cancel(): void {
    if (this.state !== 'running' || this.closing) return;
    this.state = 'cancelled';
    // A file being read when the run is cancelled is read no further: its share is not progress.
    this.partlyRead.clear();
    this.pool.cancel();
    this.releaseBacklog(true);
    this.wake?.();
  }

  /**
   * Resolves once at most `most` of the sources given so far are still to be
   * read (or the run has ended): a caller feeding a long list keeps only a
   * few hundred in memory at a time.
   */
  whenBacklog(most: number): Promise<void> {
    if (this.state !== 'running' || this.filesTotal - this.filesDone <= most) return Promise.resolve();
    return new Promise((resolve) => this.backlogWaiters.push({ most, resolve }));
  }

  private releaseBacklog(all = false): void {
    if (this.backlogWaiters.length === 0) return;
    const left = this.filesTotal - this.filesDone;
    const waiting: typeof this.backlogWaiters = [];
    for (const waiter of this.backlogWaiters) {
      if (all || left <= waiter.most) waiter.resolve();
      else waiting.push(waiter);
    }
    this.backlogWaiters = waiting;
  }

  private readonly onFileDone: OnFileDone = (source, outcomes, reading) => {
    if (reading !== undefined) {
      this.partlyRead.set(source, Math.min(1, Math.max(0, reading.read ?? this.partlyRead.get(source) ?? 0)));
    } else {
      this.partlyRead.delete(source);
      this.filesDone++;
      if (this.entry !== null) this.pendingDone.push(source.name);
      this.releaseBacklog();
    }
    for (const outcome of outcomes) {
      if (!outcome.ok) {
        this.problems.push({ file: outcome.file, code: outcome.error.code, message: outcome.error.message });
        continue;
      }
      const { ids, stale } = this.options.known;
      const id = outcome.record.letter_id;
      // A letter known from before its text was kept gets its text now, read again or not.
      if (outcome.text !== undefined) this.pendingTexts.push({ letter_id: id, text: outcome.text });
      const older = stale.get(id);
      if (ids.has(id) && !(older !== undefined && outcome.parserVersion > older)) {
        this.skipped.push(outcome.file);
        continue;
      }
      if (ids.has(id)) {
        // A letter read by an earlier parser, read again by this one: the new reading replaces it.
        stale.delete(id);
        this.pendingReplaced.add(id);
        this.reread++;
      } else {
        ids.add(id);
        this.letters++;
      }
      this.pending.push({ record: outcome.record, parserVersion: outcome.parserVersion, textKept: outcome.text !== undefined });
      this.decisions += outcome.record.decisions.length;
    }
    this.timer ??= setTimeout(() => this.flush(), this.options.flushMs ?? FLUSH_MS);
  };

  /** Writes the run's record of its files, behind the writes before it; a failure to is not worth a notice. */
  private writeEntry(): void {
    const entry = this.entry;
    if (entry === null) return;
    this.writes = this.writes.then(async () => {
      const written = await this.options.store.putImport({ ...entry, files: [...entry.files], done: [...entry.done] });
      if (written.ok) entry.id = written.value;
    });
  }

  private snapshot(): IngestProgress {
    return {
      runId: this.options.runId,
      kind: this.options.kind ?? 'files',
      // A cancelled run says so only once what it read is written: a page reloaded on
      // seeing "Cancelled" must find those letters (the writes die with the page).
      state: this.ended ? this.state : 'running',
      filesTotal: this.filesTotal,
      filesDone: this.filesDone,
      filesRead: this.filesDone + [...this.partlyRead.values()].reduce((sum, read) => sum + read, 0),
      letters: this.letters,
      decisions: this.decisions,
      reread: this.reread,
      problems: this.problems.slice(),
      skipped: this.skipped.slice(),
    };
  }

  private flush(final = false): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    const now = (this.options.now ?? Date.now)();
    const every = Math.max(this.options.recordsFlushMs ?? RECORDS_FLUSH_MS, this.options.known.ids.size * FLUSH_MS_PER_LETTER);
    const due = final || now - this.lastRecordsFlush >= every;
    const added = due ? this.pending : [];
    const replaced = due ? this.pendingReplaced : new Set<string>();
    const texts = due ? this.pendingTexts : [];
    const done = due ? this.pendingDone : [];
    if (due) {
      this.pending = [];
      this.pendingReplaced = new Set();
      this.pendingTexts = [];
      this.pendingDone = [];
    }
    if (added.length > 0 || texts.length > 0) {
      this.lastRecordsFlush = now;
      // Writes queue behind each other: one bulk write per flush, never overlapping.
      this.writes = this.writes.then(async () => {
        // Files count as read once what they gave is saved: the entry saying so goes in the same transaction.
        const entry = this.entry?.id === undefined ? undefined : { ...this.entry, files: [...this.entry.files], done: [...this.entry.done, ...done] };
        const saved = await this.options.store.putMany(toStoredLetters(added, now), texts, entry);
        if (!saved.ok) {
          this.options.onStoreError(saved.error);
          return;
        }
        this.entry?.done.push(...done);
        if (added.length > 0) this.options.onSaved?.(added, replaced);
      });
    } else if (done.length > 0 && this.entry !== null) {
      // Files that gave nothing to save (problems, letters already here) are read as they finish.
      this.entry.done.push(...done);
      this.writeEntry();
    }
    this.options.onUpdate(added, replaced, this.snapshot());
    // Letters held back wait for the next progress tick, not for the next file.
    if (this.pending.length > 0 || this.pendingTexts.length > 0) this.timer = setTimeout(() => this.flush(), this.options.flushMs ?? FLUSH_MS);
  }

  private async watch(): Promise<IngestProgress> {
    // Files may be added while earlier ones run, so idle only ends the run when
    // everything given so far is done and no caller holds it open (or the user cancelled).
    for (;;) {
      await this.pool.whenIdle();
      if (this.state !== 'running') break;
      if (this.filesDone < this.filesTotal) continue;
      if (this.holds === 0) break;
      await new Promise<void>((resolve) => (this.wake = resolve));
      this.wake = null;
    }
    this.closing = true;
    this.releaseBacklog(true);
    this.pool.dispose();
    this.flush(true);
    await this.writes;
    // The run ended (or was cancelled, which the user knows of): its record has served.
    if (this.entry?.id !== undefined) {
      const id = this.entry.id;
      this.writes = this.writes.then(async () => void (await this.options.store.deleteImports([id])));
      await this.writes;
    }
    if (this.state === 'running') this.state = 'done';
    this.ended = true;
    mark('ingest:end');
    if (typeof performance !== 'undefined' && typeof performance.measure === 'function') {
      performance.measure('ingest', 'ingest:start', 'ingest:end');
    }
    // The first update that says "done" comes after every letter is written.
    this.flush(true);
    return this.snapshot();
  }
}
