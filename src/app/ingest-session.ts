// One run of "add these files": feeds the pool, drops letters already loaded
// (letter_id is the content hash), and reports to the page in two rhythms:
// progress (counts, problems) at most every `flushMs`, so the bar moves
// smoothly, and new letters at most every `recordsFlushMs`, because each
// hand-off re-derives the whole dashboard and the store write: a thousand files
// cost a handful of those rather than hundreds. Knows nothing of React.
import type { LetterErrorCode, FileOutcome } from '../domain/letter';
import { toStoredLetters, type LetterStore, type ReadLetter, type StoreError } from '../store';
import type { FileSource } from './files/file-source';

export interface Problem {
  file: string;
  code: LetterErrorCode;
  message: string;
}

export interface IngestProgress {
  /** Counts up by one per run, so a view can tell a new run from the last one. */
  runId: number;
  state: 'running' | 'done' | 'cancelled';
  /** Files the user gave (a .zip counts once). */
  filesTotal: number;
  filesDone: number;
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
  add(sources: readonly FileSource[]): void;
  cancel(): void;
  dispose(): void;
  whenIdle(): Promise<void>;
}

export type OnFileDone = (source: FileSource, outcomes: FileOutcome[]) => void;

export interface KnownLetters {
  /** Every letter_id in the library. */
  ids: Set<string>;
  /** Letters read by an earlier parser, with that parser's version: a newer reading replaces them. */
  stale: Map<string, number>;
}

export interface IngestSessionOptions {
  runId: number;
  createPool: (onFileDone: OnFileDone) => PoolLike;
  store: LetterStore;
  /** The letters in the library; the session adds the ones it loads. */
  known: KnownLetters;
  /** `replaced`: ids among `added` whose earlier reading they replace. */
  onUpdate: (added: readonly ReadLetter[], replaced: ReadonlySet<string>, progress: IngestProgress) => void;
  onStoreError: (error: StoreError) => void;
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
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** When letters were last handed over; the first batch goes at once so the table appears quickly. */
  private lastRecordsFlush = Number.NEGATIVE_INFINITY;
  private writes: Promise<void> = Promise.resolve();
  private state: IngestProgress['state'] = 'running';
  /** Set once the last file is done: later files start a new run. */
  private closing = false;
  /** Settles when the run is over and its letters are written. */
  readonly finished: Promise<IngestProgress>;

  constructor(private readonly options: IngestSessionOptions) {
    mark('ingest:start');
    this.pool = options.createPool(this.onFileDone);
    this.finished = this.watch();
  }

  /** True until the run ends; add() is refused from the moment the last file finishes. */
  get accepting(): boolean {
    return this.state === 'running' && !this.closing;
  }

  /** Adds files to this run; false when the run has already ended (start a new one). */
  add(sources: readonly FileSource[]): boolean {
    if (this.state !== 'running' || this.closing) return false;
    this.filesTotal += sources.length;
    this.pool.add(sources);
    this.flush();
    return true;
  }

  cancel(): void {
    if (this.state !== 'running' || this.closing) return;
    this.state = 'cancelled';
    this.pool.cancel();
  }

  private readonly onFileDone: OnFileDone = (_source, outcomes) => {
    this.filesDone++;
    for (const outcome of outcomes) {
      if (!outcome.ok) {
        this.problems.push({ file: outcome.file, code: outcome.error.code, message: outcome.error.message });
        continue;
      }
      const { ids, stale } = this.options.known;
      const id = outcome.record.letter_id;
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
      this.pending.push({ record: outcome.record, parserVersion: outcome.parserVersion });
      this.decisions += outcome.record.decisions.length;
    }
    this.timer ??= setTimeout(() => this.flush(), this.options.flushMs ?? FLUSH_MS);
  };

  private snapshot(): IngestProgress {
    return {
      runId: this.options.runId,
      state: this.state,
      filesTotal: this.filesTotal,
      filesDone: this.filesDone,
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
    const due = final || now - this.lastRecordsFlush >= (this.options.recordsFlushMs ?? RECORDS_FLUSH_MS);
    const added = due ? this.pending : [];
    const replaced = due ? this.pendingReplaced : new Set<string>();
    if (due) {
      this.pending = [];
      this.pendingReplaced = new Set();
    }
    if (added.length > 0) {
      this.lastRecordsFlush = now;
      // Writes queue behind each other: one bulk write per flush, never overlapping.
      this.writes = this.writes.then(async () => {
        const saved = await this.options.store.putMany(toStoredLetters(added, now));
        if (!saved.ok) this.options.onStoreError(saved.error);
      });
    }
    this.options.onUpdate(added, replaced, this.snapshot());
    // Letters held back wait for the next progress tick, not for the next file.
    if (this.pending.length > 0) this.timer = setTimeout(() => this.flush(), this.options.flushMs ?? FLUSH_MS);
  }

  private async watch(): Promise<IngestProgress> {
    // Files may be added while earlier ones run, so idle only ends the run when
    // everything given so far is done (or the user cancelled).
    do {
      await this.pool.whenIdle();
    } while (this.state === 'running' && this.filesDone < this.filesTotal);
    this.closing = true;
    this.pool.dispose();
    this.flush(true);
    await this.writes;
    if (this.state === 'running') this.state = 'done';
    mark('ingest:end');
    if (typeof performance !== 'undefined' && typeof performance.measure === 'function') {
      performance.measure('ingest', 'ingest:start', 'ingest:end');
    }
    // The first update that says "done" comes after every letter is written.
    this.flush(true);
    return this.snapshot();
  }
}
