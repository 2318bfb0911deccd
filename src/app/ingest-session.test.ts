// The session's two rhythms: progress often, letters seldom (each hand-off
// re-derives the dashboard), and nothing read is ever held back at the end.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PARSER_VERSION } from '../parse/parser-version';
import type { LetterRecord } from '../domain/letter';
import { letter } from '../../test/builders/records';
import { createMemoryStore } from '../store';
import type { FileSource } from './files/file-source';
import { IngestSession } from './ingest-session';
import type { IngestProgress, OnFileDone, PoolLike } from './ingest-session';

function record(id: string): LetterRecord {
  return letter(id, { reviewer: { specialties: [], license_states: [] }, decisions: [] });
}

/** A pool the test drives by hand: `finish(name)` reports that file as read. */
function manualPool() {
  let onDone: OnFileDone = () => {};
  let idle: () => void = () => {};
  const pool: PoolLike = {
    add() {},
    cancel() {
      idle();
    },
    dispose() {},
    whenIdle: () => new Promise<void>((resolve) => (idle = resolve)),
  };
  return {
    create: (cb: OnFileDone) => ((onDone = cb), pool),
    finish(name: string) {
      const source: FileSource = { name, size: 1, read: async () => new ArrayBuffer(1) };
      onDone(source, [{ file: name, ok: true, record: record(name), parserVersion: PARSER_VERSION }]);
    },
    /** Hands over a batch of a file still being read as a stream, `read` of it so far. */
    part(source: FileSource, id: string, read: number | null) {
      onDone(source, [{ file: source.name, ok: true, record: record(id), parserVersion: PARSER_VERSION }], { read });
    },
    end(source: FileSource) {
      onDone(source, []);
    },
    idle: () => idle(),
  };
}

describe('IngestSession', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('reports progress every flush but hands letters over at most once per records interval', async () => {
    const pool = manualPool();
    const updates: { added: string[]; progress: IngestProgress }[] = [];
    const session = new IngestSession({
      runId: 1,
      createPool: pool.create,
      store: createMemoryStore(),
      known: { ids: new Set(), stale: new Map() },
      onUpdate: (added, _replaced, progress) => updates.push({ added: added.map((r) => r.record.letter_id), progress }),
      onStoreError: () => {},
      flushMs: 100,
      recordsFlushMs: 1000,
      now: () => Date.now(),
    });
    session.add(['a', 'b', 'c', 'd'].map((name) => ({ name, size: 1, read: async () => new ArrayBuffer(1) })));

    pool.finish('a');
    await vi.advanceTimersByTimeAsync(100);
    // The first letters go at once, so the table appears quickly.
    expect(updates.at(-1)?.added).toEqual(['a']);

    pool.finish('b');
    await vi.advanceTimersByTimeAsync(100);
    pool.finish('c');
    await vi.advanceTimersByTimeAsync(100);
    // Progress moved; the letters wait.
    expect(updates.at(-1)?.progress.filesDone).toBe(3);
    expect(updates.flatMap((u) => u.added)).toEqual(['a']);

    await vi.advanceTimersByTimeAsync(1000);
    expect(updates.flatMap((u) => u.added)).toEqual(['a', 'b', 'c']);

    // The last file's letter is not held back when the run ends.
    pool.finish('d');
    pool.idle();
    const done = await session.finished;
    expect(done.state).toBe('done');
    expect(updates.flatMap((u) => u.added)).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('IngestSession in a large library', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('moves the progress by the share read of a file still being read, so one long NDJSON file is not stuck at nothing', async () => {
    const pool = manualPool();
    const progress: IngestProgress[] = [];
    const session = new IngestSession({
      runId: 1,
      createPool: pool.create,
      store: createMemoryStore(),
      known: { ids: new Set(), stale: new Map() },
      onUpdate: (_added, _replaced, p) => progress.push(p),
      onStoreError: () => {},
      flushMs: 100,
    });
    const year: FileSource = { name: 'year.ndjson', size: 1_000, read: async () => new ArrayBuffer(0) };
    session.add([year, { name: 'a.txt', size: 1, read: async () => new ArrayBuffer(1) }]);
    const latest = () => progress.at(-1) as IngestProgress;
    pool.part(year, 'y1', 0.25);
    await vi.advanceTimersByTimeAsync(100);
    expect(latest()).toMatchObject({ filesDone: 0, filesRead: 0.25, letters: 1 });
    pool.finish('a.txt');
    pool.part(year, 'y2', 0.6);
    await vi.advanceTimersByTimeAsync(100);
    expect(latest()).toMatchObject({ filesDone: 1, filesRead: 1.6, letters: 3 });
    // A batch whose share is unknown keeps the last known share.
    pool.part(year, 'y3', null);
    await vi.advanceTimersByTimeAsync(100);
    expect(latest()).toMatchObject({ filesDone: 1, filesRead: 1.6, letters: 4 });
    pool.end(year);
    pool.idle();
    const done = await session.finished;
    expect(done).toMatchObject({ state: 'done', filesDone: 2, filesRead: 2, letters: 4 });
  });

  it('hands letters over less often the more letters the library holds (each hand-off re-derives them all)', async () => {
    const pool = manualPool();
    const handed: number[] = [];
    // 100,000 letters already: a hand-off every 3 s instead of every second.
    const ids = new Set(Array.from({ length: 100_000 }, (_, i) => `known-${i}`));
    const session = new IngestSession({
      runId: 1,
      createPool: pool.create,
      store: createMemoryStore(),
      known: { ids, stale: new Map() },
      onUpdate: (added) => {
        if (added.length > 0) handed.push(Date.now());
      },
      onStoreError: () => {},
      flushMs: 100,
      recordsFlushMs: 1000,
      now: () => Date.now(),
    });
    session.add(['a', 'b', 'c'].map((name) => ({ name, size: 1, read: async () => new ArrayBuffer(1) })));
    const start = Date.now();
    pool.finish('a');
    await vi.advanceTimersByTimeAsync(100);
    pool.finish('b');
    await vi.advanceTimersByTimeAsync(1500);
    expect(handed.map((t) => t - start)).toEqual([100]);
    await vi.advanceTimersByTimeAsync(1600);
    expect(handed).toHaveLength(2);
    expect(handed[1]! - handed[0]!).toBeGreaterThanOrEqual(3000);
    pool.finish('c');
    pool.idle();
    await session.finished;
  });
});

describe('IngestSession and letter texts', () => {
  it('keeps each letter’s text with its record, and a known letter’s text too', async () => {
    let onDone: OnFileDone = () => {};
    const pool: PoolLike = { add() {}, cancel() {}, dispose() {}, whenIdle: async () => {} };
    const store = createMemoryStore();
    const session = new IngestSession({
      runId: 1,
      createPool: (cb) => ((onDone = cb), pool),
      store,
      // 'old' is in the library already, kept before texts were.
      known: { ids: new Set(['old']), stale: new Map() },
      onUpdate: () => {},
      onStoreError: () => {},
    });
    const source = (name: string): FileSource => ({ name, size: 1, read: async () => new ArrayBuffer(1) });
    session.add([source('new.txt'), source('old.txt'), source('bare.txt')]);
    onDone(source('new.txt'), [{ file: 'new.txt', ok: true, record: record('new'), parserVersion: PARSER_VERSION, text: 'text of new' }]);
    onDone(source('old.txt'), [{ file: 'old.txt', ok: true, record: record('old'), parserVersion: PARSER_VERSION, text: 'text of old' }]);
    onDone(source('bare.txt'), [{ file: 'bare.txt', ok: true, record: record('bare'), parserVersion: PARSER_VERSION }]);
    const done = await session.finished;
    expect(done.skipped).toEqual(['old.txt']);
    const texts = await store.getTexts(['new', 'old', 'bare']);
    expect(texts.ok && [...texts.value]).toEqual([
      ['new', 'text of new'],
      ['old', 'text of old'],
    ]);
    const letters = await store.loadAll();
    expect(letters.ok && letters.value.map((l) => l.letter_id)).toEqual(['new', 'bare']);
  });
});

describe('IngestSession cancelled', () => {
  it('says it was cancelled only once the letters it read are written, so a reload then keeps them', async () => {
    const pool = manualPool();
    const memory = createMemoryStore();
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    // A store whose writes wait until the test lets them through.
    const store = { ...memory, putMany: async (...args: Parameters<typeof memory.putMany>) => (await gate, memory.putMany(...args)) };
    const states: IngestProgress['state'][] = [];
    const session = new IngestSession({
      runId: 1,
      createPool: pool.create,
      store,
      known: { ids: new Set(), stale: new Map() },
      onUpdate: (_added, _replaced, progress) => states.push(progress.state),
      onStoreError: () => {},
    });
    const source = (name: string): FileSource => ({ name, size: 1, read: async () => new ArrayBuffer(1) });
    session.add([source('a.txt'), source('b.txt')]);
    pool.finish('a.txt');
    session.cancel();
    await vi.waitFor(() => expect(states.length).toBeGreaterThan(1));
    expect(states.every((state) => state === 'running')).toBe(true);
    release();
    const done = await session.finished;
    expect(done.state).toBe('cancelled');
    const saved = await memory.loadAll();
    expect(saved.ok && saved.value.map((l) => l.letter_id)).toEqual(['a.txt']);
  });
});
