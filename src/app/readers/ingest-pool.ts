// Runs files through a few workers at once. Each slot reads its next file only
// when it is free (bytes are never read ahead), gives every file a time limit,
// and replaces a worker that hangs or dies so one bad file cannot stop the rest.
// Owns no parsing: the workers run pipeline.ts.
import type { LetterError, FileOutcome } from '../../domain/letter';
import { extractErrors } from '../../extract/errors';
import { DEFAULT_LIMITS } from '../../extract/limits';
import { isTextSource, type Source } from '../files/file-source';
import type { WorkerHandle } from './worker-handle';

/** How long one file may take before its worker is killed. */
export const FILE_TIME_LIMIT_MS = 60_000;

/** At least two workers, so one slow PDF never holds up the whole queue. */
export function defaultPoolSize(hardwareConcurrency: number | undefined): number {
  return Math.max(2, hardwareConcurrency ?? 0);
}

export interface IngestPoolOptions {
  /** Most workers running at once. */
  size: number;
  spawn: () => WorkerHandle;
  /** Called once per source, in completion order; not called for files cut short by cancel(). */
  onFileDone: (source: Source, outcomes: FileOutcome[]) => void;
  timeoutMs?: number;
  /** Files larger than this are refused unread, so the page never holds them in memory. */
  maxBytes?: number;
}

type Settled =
  | { kind: 'done'; outcomes: FileOutcome[] }
  | { kind: 'failed'; error: unknown }
  | { kind: 'timeout' }
  | { kind: 'crash'; reason: string }
  | { kind: 'cancelled' };

interface Slot {
  handle: WorkerHandle | null;
  busy: boolean;
  /** Ends the call in flight, if any. */
  interrupt: ((settled: Settled) => void) | null;
}

export class IngestPool {
  private queue: Source[] = [];
  private head = 0;
  private readonly slots: Slot[] = [];
  private active = 0;
  private cancelled = false;
  private idleWaiters: Array<() => void> = [];
  private readonly timeoutMs: number;
  private readonly maxBytes: number;

  constructor(private readonly options: IngestPoolOptions) {
    this.timeoutMs = options.timeoutMs ?? FILE_TIME_LIMIT_MS;
    this.maxBytes = options.maxBytes ?? Math.max(DEFAULT_LIMITS.maxFileBytes, DEFAULT_LIMITS.maxZipBytes);
  }

  /** Queues more files; work starts at once on free slots. Ignored after cancel(). */
  add(sources: readonly Source[]): void {
    if (this.cancelled) return;
    this.queue.push(...sources);
    this.pump();
  }

  /** Drops the queue and kills every worker; files in flight produce no outcome. */
  cancel(): void {
    this.cancelled = true;
    this.queue = [];
    this.head = 0;
    for (const slot of this.slots) {
      slot.interrupt?.({ kind: 'cancelled' });
      this.retire(slot);
    }
  }

  /** Kills idle workers; call when no more files are coming. */
  dispose(): void {
    for (const slot of this.slots) if (!slot.busy) this.retire(slot);
  }

  /** Resolves when the queue is empty and no file is in flight. */
  whenIdle(): Promise<void> {
    if (this.active === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private pump(): void {
    while (this.head < this.queue.length) {
      const slot = this.slots.find((s) => !s.busy) ?? this.newSlot();
      if (!slot) return;
      slot.busy = true;
      this.active++;
      void this.drain(slot);
    }
  }

  private newSlot(): Slot | null {
    if (this.slots.length >= this.options.size) return null;
    const slot: Slot = { handle: null, busy: false, interrupt: null };
    this.slots.push(slot);
    return slot;
  }

  private next(): Source | undefined {
    const source = this.queue[this.head];
    if (source === undefined) return undefined;
    this.head++;
    if (this.head === this.queue.length) {
      // Let a long drained queue be collected instead of growing forever.
      this.queue = [];
      this.head = 0;
    }
    return source;
  }

  private async drain(slot: Slot): Promise<void> {
    try {
      for (let source = this.next(); source && !this.cancelled; source = this.next()) {
        const outcomes = await this.runOne(slot, source);
        if (this.cancelled) break;
        this.options.onFileDone(source, outcomes);
      }
    } finally {
      slot.busy = false;
      this.active--;
      if (this.active === 0) {
        const waiters = this.idleWaiters;
        this.idleWaiters = [];
        for (const resolve of waiters) resolve();
      }
    }
  }

  private async runOne(slot: Slot, source: Source): Promise<FileOutcome[]> {
    const fail = (error: LetterError): FileOutcome[] => [{ file: source.name, ok: false, error }];
    let job: (handle: WorkerHandle) => Promise<FileOutcome[]>;
    if (isTextSource(source)) {
      job = (handle) => handle.readText(source.text, source.name, source.letterId);
    } else {
      if (source.size !== null && source.size > this.maxBytes) {
        return fail(extractErrors.tooLarge('this file is', this.maxBytes));
      }
      let bytes: ArrayBuffer;
      try {
        bytes = await source.read();
      } catch (error) {
        return fail(extractErrors.unreadable(error));
      }
      if (this.cancelled) return [];
      if (bytes.byteLength > this.maxBytes) return fail(extractErrors.tooLarge('this file is', this.maxBytes));
      job = (handle) => handle.process(bytes, source.name);
    }

    let handle: WorkerHandle;
    try {
      handle = slot.handle ?? this.spawnInto(slot);
    } catch (error) {
      return fail(extractErrors.readerNotStarted(error));
    }

    const settled = await new Promise<Settled>((resolve) => {
      let open = true;
      const settle = (result: Settled) => {
        if (!open) return;
        open = false;
        clearTimeout(timer);
        slot.interrupt = null;
        resolve(result);
      };
      const timer = setTimeout(() => settle({ kind: 'timeout' }), this.timeoutMs);
      slot.interrupt = settle;
      job(handle).then(
        (outcomes) => settle({ kind: 'done', outcomes }),
        (error: unknown) => settle({ kind: 'failed', error }),
      );
    });

    switch (settled.kind) {
      case 'done':
        return settled.outcomes;
      case 'cancelled':
        return [];
      case 'failed':
        // The pipeline returns expected failures as outcomes; a rejection is a bug
        // or an uncloneable message. The worker itself is still healthy.
        return fail(extractErrors.readerFailed(settled.error));
      case 'timeout':
        this.retire(slot);
        return fail(extractErrors.timedOut(this.timeoutMs));
      case 'crash':
        this.retire(slot);
        return fail(extractErrors.readerCrashed(settled.reason));
    }
  }

  private spawnInto(slot: Slot): WorkerHandle {
    const handle = this.options.spawn();
    handle.onCrash((reason) => {
      if (slot.handle !== handle) return;
      // A worker that dies between files is simply replaced by the next file.
      slot.handle = null;
      handle.terminate();
      slot.interrupt?.({ kind: 'crash', reason });
    });
    slot.handle = handle;
    return handle;
  }

  private retire(slot: Slot): void {
    slot.handle?.terminate();
    slot.handle = null;
  }
}
