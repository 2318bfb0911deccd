import { describe, expect, it, vi } from 'vitest';
import type { LetterRecord, FileOutcome } from '../domain/letter';
import { letter as buildLetter } from '../../test/builders/records';
import { createMemoryStore, toStoredLetters, type LetterStore, type OpenedLetterStore } from '../store';
import type { FileSource } from './files/file-source';
import { IngestPool } from './readers/ingest-pool';
import { PARSER_VERSION } from '../parse/parser-version';
import type { WorkerHandle } from './readers/worker-handle';
import { LetterLibrary, type LibraryChannel, type LibraryMessage, type LiveLocks } from './letter-library';

function letter(id: string, decisions = 1): LetterRecord {
  return buildLetter(id, {
    reviewer: { license_states: ['UT'] },
    patient: { age: 60, sex: 'F' },
    date_of_injury: '2004-08',
    decisions: Array.from({ length: decisions }, (_, i) => ({
      item: `Item ${i + 1}`,
      outcome: i % 2 === 0 ? 'Upheld' : 'Overturned',
      category: 'other',
      subcategory: null,
      claims_admin_guideline: { source: null },
      rationale: 'Reasons.',
    })),
  });
}

/**
 * Worker double: the file's text names its letter ("letter:<id>:<decisions>"),
 * "junk" is not a letter, "hang" never finishes. The id stands for the content
 * hash, so two files with the same text are the same letter.
 */
function readFake(text: string, name: string, letterId?: string): FileOutcome[] {
  const match = /^letter:(\w+):(\d+)$/.exec(text);
  if (!match?.[1] || !match[2]) {
    return [{ file: name, ok: false, error: { code: 'not-a-letter', message: 'not an IMR determination letter' } }];
  }
  const record = { ...letter(letterId ?? match[1], Number(match[2])), file: name };
  return [{ file: name, ok: true, record, parserVersion: PARSER_VERSION, text }];
}

function spawnFake(): WorkerHandle {
  return {
    async process(bytes, name): Promise<FileOutcome[]> {
      const text = new TextDecoder().decode(bytes);
      await new Promise((r) => setTimeout(r, 0));
      if (text === 'hang') await new Promise(() => {});
      return readFake(text, name);
    },
    async readText(text, name, letterId) {
      await new Promise((r) => setTimeout(r, 0));
      return readFake(text, name, letterId);
    },
    onCrash() {},
    terminate() {},
  };
}

function unwrapLoaded<T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

function src(name: string, text: string): FileSource {
  return { name, size: text.length, read: async () => new TextEncoder().encode(text).buffer };
}

function library(
  options: { store?: LetterStore; saved?: LetterRecord[]; savedBy?: number; problem?: OpenedLetterStore['problem'] } = {},
) {
  const savedBy = options.savedBy ?? PARSER_VERSION;
  const saved = toStoredLetters((options.saved ?? []).map((record) => ({ record, parserVersion: savedBy })), 1);
  const store = options.store ?? createMemoryStore(saved);
  const lib = new LetterLibrary({
    openStore: async () => ({ store, letters: saved, problem: options.problem ?? null }),
    createPool: (onFileDone) => new IngestPool({ size: 2, spawn: spawnFake, onFileDone, timeoutMs: 5_000 }),
    flushMs: 20,
  });
  let notifications = 0;
  lib.subscribe(() => notifications++);
  return { lib, store, notifications: () => notifications };
}

async function storedIds(store: LetterStore): Promise<string[]> {
  const all = await store.loadAll();
  if (!all.ok) throw new Error(all.error.message);
  return all.value.map((l) => l.letter_id).sort();
}

describe('LetterLibrary', () => {
  it('starts with the letters saved by an earlier visit', async () => {
    const { lib } = library({ saved: [letter('aaa', 2)] });
    expect(lib.getSnapshot().phase).toBe('opening');
    await lib.ready();
    expect(lib.getSnapshot().phase).toBe('ready');
    expect(lib.getSnapshot().records.map((r) => r.letter_id)).toEqual(['aaa']);
    expect(lib.getSnapshot().storage).toBe('memory');
  });

  it('shows saved letters before their rationales, reads them once when asked, and says when they are in or could not be', async () => {
    for (const read of [{ ok: true, value: undefined }, { ok: false, error: { code: 'failed', message: 'disk error' } }] as const) {
      const saved = toStoredLetters([{ record: letter('aaa', 2), parserVersion: PARSER_VERSION }], 1);
      let settle: (result: typeof read) => void = () => {};
      const rationales = new Promise<typeof read>((resolve) => (settle = resolve));
      const readRationales = vi.fn(() => rationales);
      const store = createMemoryStore(saved);
      const lib = new LetterLibrary({
        openStore: async () => ({ store, letters: saved, readRationales, problem: null }),
        createPool: (onFileDone) => new IngestPool({ size: 2, spawn: spawnFake, onFileDone, timeoutMs: 5_000 }),
      });
      await lib.ready();
      expect(lib.getSnapshot()).toMatchObject({ phase: 'ready', rationales: 'pending', storageIssue: null });
      expect(lib.getSnapshot().records.map((r) => r.letter_id)).toEqual(['aaa']);
      expect(readRationales).not.toHaveBeenCalled();
      let readYet = false;
      const whenRead = lib.rationalesRead().then(() => (readYet = true));
      const again = lib.rationalesRead();
      await Promise.resolve();
      await Promise.resolve();
      expect(readRationales).toHaveBeenCalledTimes(1);
      expect(readYet).toBe(false);
      settle(read);
      await Promise.all([whenRead, again]);
      expect(readRationales).toHaveBeenCalledTimes(1);
      expect(lib.getSnapshot().rationales).toBe(read.ok ? 'read' : 'failed');
      expect(lib.getSnapshot().storageIssue).toEqual(read.ok ? null : { kind: 'read', error: read.error });
    }
  });

  it('forgets rationales not yet read when the letters are cleared, before or while reading them', async () => {
    for (const when of ['before', 'while'] as const) {
      const saved = toStoredLetters([{ record: letter('aaa', 2), parserVersion: PARSER_VERSION }], 1);
      let settle: (result: { ok: false; error: { code: 'failed'; message: string } }) => void = () => {};
      const readRationales = vi.fn(() => new Promise<{ ok: false; error: { code: 'failed'; message: string } }>((resolve) => (settle = resolve)));
      const lib = new LetterLibrary({
        openStore: async () => ({ store: createMemoryStore(saved), letters: saved, readRationales, problem: null }),
        createPool: (onFileDone) => new IngestPool({ size: 2, spawn: spawnFake, onFileDone, timeoutMs: 5_000 }),
      });
      await lib.ready();
      const reading = when === 'while' ? lib.rationalesRead() : null;
      expect(await lib.clearAll()).toBe(true);
      expect(lib.getSnapshot().rationales).toBe('read');
      // The batches they were in are gone: reading them now can only fail, and must not say so.
      settle({ ok: false, error: { code: 'failed', message: 'stored batch 1 has lost its rationales' } });
      await Promise.all([reading, lib.rationalesRead()]);
      expect(readRationales).toHaveBeenCalledTimes(when === 'while' ? 1 : 0);
      expect(lib.getSnapshot()).toMatchObject({ rationales: 'read', storageIssue: null });
    }
  });

  it('has no rationales to wait for when the store gives whole letters', async () => {
    const { lib } = library({ saved: [letter('aaa', 2)] });
    await lib.rationalesRead();
    expect(lib.getSnapshot().rationales).toBe('read');
  });

  it('adds good letters, lists the files that are not letters, and saves what it added', async () => {
    const { lib, store } = library();
    const done = await lib.add([src('a.txt', 'letter:a:2'), src('memo.txt', 'junk'), src('b.pdf', 'letter:b:1')]);
    expect(done).toMatchObject({ state: 'done', filesTotal: 3, filesDone: 3, letters: 2, decisions: 3, skipped: [] });
    expect(done?.problems).toEqual([{ file: 'memo.txt', code: 'not-a-letter', message: 'not an IMR determination letter' }]);
    expect(lib.getSnapshot().records.map((r) => r.file).sort()).toEqual(['a.txt', 'b.pdf']);
    expect(lib.getSnapshot().ingest?.state).toBe('done');
    expect(await storedIds(store)).toEqual(['a', 'b']);
  });

  it('counts a letter dropped twice once and names the skipped files', async () => {
    const { lib, store } = library({ saved: [letter('a')] });
    const done = await lib.add([src('a-again.txt', 'letter:a:1'), src('b.txt', 'letter:b:1'), src('b-copy.txt', 'letter:b:1')]);
    expect(done?.letters).toBe(1);
    expect([...(done?.skipped ?? [])].sort()).toEqual(['a-again.txt', 'b-copy.txt']);
    expect(lib.getSnapshot().records).toHaveLength(2);
    expect(await storedIds(store)).toEqual(['a', 'b']);
  });

  it('reads letters of an earlier parser again from their kept texts, and counts those without one', async () => {
    const older = PARSER_VERSION - 1;
    const saved = toStoredLetters(['a', 'b', 'c'].map((id) => ({ record: { ...letter(id, 1), file: `${id}.pdf` }, parserVersion: older })), 1);
    const store = createMemoryStore(saved);
    // a and b were kept with their texts, which now read as two decisions each; c was not.
    await store.putMany([], [
      { letter_id: 'a', text: 'letter:a:2' },
      { letter_id: 'b', text: 'letter:b:2' },
    ]);
    const runs: string[] = [];
    const lib = new LetterLibrary({
      openStore: async () => ({ store, letters: saved, problem: null }),
      createPool: (onFileDone) => new IngestPool({ size: 2, spawn: spawnFake, onFileDone, timeoutMs: 5_000 }),
      flushMs: 20,
      exclusive: async (name, work) => {
        runs.push(name);
        await work();
      },
    });
    await lib.ready();
    // Only c needs its file dropped again.
    expect(lib.getSnapshot().olderReadings).toBe(1);
    await lib.readAgainDone();
    expect(runs).toEqual(['imr-dashboard:read-again']);
    const { records, ingest, olderReadings } = lib.getSnapshot();
    expect(ingest).toMatchObject({ kind: 'reread', state: 'done', filesTotal: 2, reread: 2, letters: 0, problems: [] });
    // Read again: the same letters, the same files, the new readings; none twice.
    expect(records.map((r) => `${r.letter_id}:${r.file}:${r.decisions.length}`).sort()).toEqual(['a:a.pdf:2', 'b:b.pdf:2', 'c:c.pdf:1']);
    expect(olderReadings).toBe(1);
    const stored = unwrapLoaded(await store.loadAll());
    expect(stored.map((l) => `${l.letter_id}:v${l.parser_version}`).sort()).toEqual([`a:v${PARSER_VERSION}`, `b:v${PARSER_VERSION}`, `c:v${older}`]);
  });

  it('reads a large library again a slice at a time, never all its texts at once', async () => {
    const older = PARSER_VERSION - 1;
    const ids = Array.from({ length: 1_000 }, (_, i) => `l${i}`);
    const saved = toStoredLetters(ids.map((id) => ({ record: letter(id, 1), parserVersion: older })), 1);
    const inner = createMemoryStore(saved);
    await inner.putMany([], ids.map((id) => ({ letter_id: id, text: `letter:${id}:2` })));
    const asked: number[] = [];
    const store: LetterStore = { ...inner, getTexts: (wanted) => (asked.push(wanted.length), inner.getTexts(wanted)) };
    const lib = new LetterLibrary({
      openStore: async () => ({ store, letters: saved, problem: null }),
      createPool: (onFileDone) => new IngestPool({ size: 2, spawn: spawnFake, onFileDone, timeoutMs: 5_000 }),
      flushMs: 20,
    });
    await lib.readAgainDone();
    expect(asked.length).toBeGreaterThan(1);
    expect(Math.max(...asked)).toBeLessThanOrEqual(400);
    expect(lib.getSnapshot().ingest).toMatchObject({ kind: 'reread', filesTotal: 1_000, reread: 1_000 });
    expect(lib.getSnapshot().records.every((r) => r.decisions.length === 2)).toBe(true);
  });

  it('counts letters read by an earlier parser, and replaces each when its file is read again', async () => {
    const { lib, store } = library({ saved: [letter('a', 1), letter('b', 1)], savedBy: PARSER_VERSION - 1 });
    await lib.ready();
    expect(lib.getSnapshot().olderReadings).toBe(2);
    const done = await lib.add([src('a-again.txt', 'letter:a:3'), src('c.txt', 'letter:c:1')]);
    expect(done).toMatchObject({ letters: 1, reread: 1, skipped: [] });
    const { records, olderReadings } = lib.getSnapshot();
    // The new reading replaces the old one: no letter twice, the old one gone.
    expect(records.map((r) => `${r.letter_id}:${r.decisions.length}`).sort()).toEqual(['a:3', 'b:1', 'c:1']);
    expect(olderReadings).toBe(1);
    const saved = unwrapLoaded(await store.loadAll());
    expect(saved.map((l) => `${l.letter_id}:${l.record.decisions.length}:v${l.parser_version}`).sort()).toEqual([
      `a:3:v${PARSER_VERSION}`,
      `b:1:v${PARSER_VERSION - 1}`,
      `c:1:v${PARSER_VERSION}`,
    ]);
    // Read again by the same parser, a letter is skipped as before.
    const again = await lib.add([src('a-third.txt', 'letter:a:3')]);
    expect(again).toMatchObject({ letters: 0, reread: 0, skipped: ['a-third.txt'] });
  });

  it('hands results over in batches, not once per file', async () => {
    const { lib, notifications } = library();
    const sources = Array.from({ length: 300 }, (_, i) => src(`f${i}.txt`, `letter:id${i}:1`));
    const done = await lib.add(sources);
    expect(done?.letters).toBe(300);
    expect(lib.getSnapshot().records).toHaveLength(300);
    // One update when the files are queued, one per 20 ms flush, and the final one.
    expect(notifications()).toBeLessThan(60);
  });

  it('keeps the letters in memory and says so when saving fails', async () => {
    const failing: LetterStore = {
      ...createMemoryStore(),
      kind: 'indexeddb',
      putMany: async () => ({ ok: false, error: { code: 'quota', message: "the browser's storage for this site is full" } }),
    };
    const { lib } = library({ store: failing });
    await lib.add([src('a.txt', 'letter:a:1')]);
    expect(lib.getSnapshot().records.map((r) => r.letter_id)).toEqual(['a']);
    expect(lib.getSnapshot().storageIssue).toEqual({
      kind: 'save',
      error: { code: 'quota', message: "the browser's storage for this site is full" },
    });
  });

  it('reports a store that could not be opened', async () => {
    const { lib } = library({ problem: { code: 'unavailable', message: 'private browsing' } });
    await lib.ready();
    expect(lib.getSnapshot().storageIssue?.kind).toBe('save');
    expect(lib.getSnapshot().storageIssue?.error.code).toBe('unavailable');
  });

  it('clears every letter, saved ones too, after which the same letter loads again', async () => {
    const { lib, store } = library({ saved: [letter('a')] });
    await lib.ready();
    expect(await lib.clearAll()).toBe(true);
    expect(lib.getSnapshot().records).toEqual([]);
    expect(await storedIds(store)).toEqual([]);
    const again = await lib.add([src('a.txt', 'letter:a:1')]);
    expect(again?.letters).toBe(1);
    expect(again?.skipped).toEqual([]);
  });

  it('knows the letters of earlier runs, and forgets them with Clear all data', async () => {
    const { lib } = library({ saved: [letter('a')] });
    expect((await lib.add([src('b.txt', 'letter:b:1')]))?.letters).toBe(1);
    const again = await lib.add([src('a2.txt', 'letter:a:1'), src('b2.txt', 'letter:b:1'), src('c.txt', 'letter:c:1')]);
    expect(again?.letters).toBe(1);
    expect([...(again?.skipped ?? [])].sort()).toEqual(['a2.txt', 'b2.txt']);
    expect(await lib.clearAll()).toBe(true);
    const afterClear = await lib.add([src('b3.txt', 'letter:b:1')]);
    expect(afterClear?.letters).toBe(1);
    expect(afterClear?.skipped).toEqual([]);
  });

  it('on cancel keeps what was loaded and stops the rest', async () => {
    const { lib, store } = library();
    const run = lib.add([src('a.txt', 'letter:a:1'), src('stuck1.pdf', 'hang'), src('stuck2.pdf', 'hang'), src('z.txt', 'letter:z:1')]);
    // Wait until the good first file is in, then cancel while the pool is stuck on the hanging ones.
    await new Promise<void>((resolve) => {
      const stop = lib.subscribe(() => {
        if (lib.getSnapshot().records.length === 1) {
          stop();
          resolve();
        }
      });
    });
    lib.cancel();
    const done = await run;
    expect(done?.state).toBe('cancelled');
    expect(done?.filesDone).toBe(1);
    expect(lib.getSnapshot().records.map((r) => r.letter_id)).toEqual(['a']);
    expect(await storedIds(store)).toEqual(['a']);
  });

  it('marks the run for the benchmark', async () => {
    const { lib } = library();
    performance.clearMeasures('ingest');
    await lib.add([src('a.txt', 'letter:a:1')]);
    expect(performance.getEntriesByName('ingest', 'measure')).toHaveLength(1);
  });
});

describe('LetterLibrary across visits and tabs', () => {
  /** A database both tabs share: the memory store standing in for IndexedDB. */
  const sharedStore = (): LetterStore => ({ ...createMemoryStore(), kind: 'indexeddb' });
  /** A channel between tabs, delivering each message to every other tab. */
  function channels() {
    const handlers: ((message: LibraryMessage) => void)[] = [];
    return (): LibraryChannel => {
      let mine: ((message: LibraryMessage) => void) | null = null;
      return {
        post: (message) => {
          for (const handler of handlers) if (handler !== mine) handler(structuredClone(message));
        },
        listen: (handler) => {
          mine = handler;
          handlers.push(handler);
        },
      };
    };
  }
  const tab = (store: LetterStore, channel?: LibraryChannel, locks?: LiveLocks) =>
    new LetterLibrary({
      openStore: async () => ({ store, letters: unwrapLoaded(await store.loadAll()), problem: null }),
      createPool: (onFileDone) => new IngestPool({ size: 2, spawn: spawnFake, onFileDone, timeoutMs: 5_000 }),
      flushMs: 20,
      ...(channel === undefined ? {} : { channel }),
      ...(locks === undefined ? {} : { locks }),
    });

  it('keeps a record of an import while it runs, and removes it when the import ends', async () => {
    const store = sharedStore();
    const lib = tab(store);
    const run = lib.add([src('a.txt', 'letter:a:1'), src('b.txt', 'letter:b:1'), src('hang.txt', 'hang')]);
    await vi.waitFor(async () => expect(unwrapLoaded(await store.importEntries())[0]?.done.sort()).toEqual(['a.txt', 'b.txt']));
    const [entry] = unwrapLoaded(await store.importEntries());
    expect(entry?.files).toEqual(['a.txt', 'b.txt', 'hang.txt']);
    lib.cancel();
    await run;
    expect(unwrapLoaded(await store.importEntries())).toEqual([]);
  });

  it('names, on the next visit, the files an import cut short never read, unless its tab still runs it', async () => {
    const store = sharedStore();
    unwrapLoaded(await store.putImport({ started_at: 1_000, files: ['a.txt', 'b.txt', 'c.txt', 'b.txt'], done: ['b.txt'], owner: 'gone' }));
    unwrapLoaded(await store.putImport({ started_at: 2_000, files: ['x.txt'], done: [], owner: 'running-elsewhere' }));
    const locks: LiveLocks = { hold: () => () => {}, held: async () => new Set(['running-elsewhere']) };
    const lib = tab(store, undefined, locks);
    await lib.ready();
    expect(lib.getSnapshot().interrupted).toEqual([{ id: 1, startedAt: 1_000, files: 4, notRead: ['a.txt', 'c.txt', 'b.txt'] }]);
    await lib.dismissInterrupted();
    expect(lib.getSnapshot().interrupted).toEqual([]);
    expect(unwrapLoaded(await store.importEntries()).map((e) => e.owner)).toEqual(['running-elsewhere']);
  });

  it('shows in one tab the letters another saves, never twice, and empties with the other’s clear', async () => {
    const store = sharedStore();
    const channel = channels();
    const one = tab(store, channel());
    const two = tab(store, channel());
    await Promise.all([one.ready(), two.ready()]);
    await one.add([src('a.txt', 'letter:a:1'), src('b.txt', 'letter:b:2')]);
    expect(two.getSnapshot().records.map((r) => r.letter_id).sort()).toEqual(['a', 'b']);
    // The second tab reads one of the same files: no letter twice in either.
    await two.add([src('b-copy.txt', 'letter:b:2'), src('c.txt', 'letter:c:1')]);
    expect(one.getSnapshot().records.map((r) => r.letter_id).sort()).toEqual(['a', 'b', 'c']);
    expect(two.getSnapshot().records.map((r) => r.letter_id).sort()).toEqual(['a', 'b', 'c']);
    await two.clearAll();
    expect(one.getSnapshot().records).toEqual([]);
  });
});
