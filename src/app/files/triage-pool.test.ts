import { describe, expect, it } from 'vitest';
import type { LetterRecord, FileOutcome } from '../../domain/letter';
import { recordsToJson } from '../../derive/json-export';
import { createMemoryStore } from '../../store';
import type { FileSource } from './file-source';
import { IngestPool } from '../readers/ingest-pool';
import type { SniffableSource } from './size-gate';
import type { WorkerHandle } from '../readers/worker-handle';
import { letter } from '../../../test/builders/records';
import { PARSER_VERSION } from '../../parse/parser-version';
import { LetterLibrary } from '../letter-library';
import { isNdjson, type ReadNdjson } from './ndjson-import';
import { withTriage } from './triage-pool';

const MB = 1024 * 1024;

function record(id: string): LetterRecord {
  return letter(id.padEnd(16, '0'), {
    file: `${id}.txt`,
    layout: 'notice-2013',
    case_number: 'CM13-0000001',
    decision_date: '2013-09-26',
    reviewer: { specialties: ['Pain Medicine'] },
    decisions: [
      {
        item: `<img src=x onerror=alert(1)> ${id}`,
        category: 'pharmaceutical',
        subcategory: 'Opioids',
        medication: 'oxycodone',
        strength: '30 mg',
        quantity: 120,
        days_supply: 30,
        drug_class: 'opioid',
        guideline: { source: 'MTUS', sections: ['Opioids'], pages: '74-96' },
        claims_admin_guideline: { source: null },
        rationale: '=HYPERLINK("http://x","y") café',
        med_mg_per_day: 22.5,
      },
    ],
  });
}

function text(name: string, body: string): FileSource & { reads: number } {
  const bytes = new TextEncoder().encode(body);
  const s = {
    name,
    size: bytes.length,
    reads: 0,
    read: async () => {
      s.reads++;
      return bytes.buffer;
    },
  };
  return s;
}

/** A file that says it is `size` bytes; reading it whole fails the test. */
function huge(name: string, size: number, head: number[]): SniffableSource {
  return {
    name,
    size,
    read: () => Promise.reject(new Error(`${name} was read whole`)),
    head: async (n) => new Uint8Array(head.slice(0, n)),
  };
}

/** Records what reaches the workers; answers each file with one refusal after a tick. */
function fakePool(onFileDone: (source: FileSource, outcomes: FileOutcome[]) => void) {
  const given: string[] = [];
  let active = 0;
  const idle: Array<() => void> = [];
  const pool = {
    given,
    cancelled: false,
    add(sources: readonly FileSource[]) {
      for (const source of sources) {
        given.push(source.name);
        active++;
        setTimeout(() => {
          onFileDone(source, [{ file: source.name, ok: false, error: { code: 'not-a-letter', message: 'not a letter' } }]);
          if (--active === 0) for (const resolve of idle.splice(0)) resolve();
        }, 5);
      }
    },
    cancel() {
      pool.cancelled = true;
    },
    dispose() {},
    whenIdle: () => (active === 0 ? Promise.resolve() : new Promise<void>((resolve) => idle.push(resolve))),
  };
  return pool;
}

describe('withTriage', () => {
  it('answers JSON exports and oversized files itself and sends the rest to the workers', async () => {
    const done: Array<[string, FileOutcome[]]> = [];
    let inner!: ReturnType<typeof fakePool>;
    const triage = withTriage(
      (inner = fakePool((s, o) => done.push([s.name, o]))),
      (s, o) => done.push([s.name, o]),
    );
    const letter = text('memo.txt', 'hello');
    triage.add([
      letter,
      text('export.json', recordsToJson([record('a'), record('b')])),
      huge('video.pdf', 200 * MB, [0, 0, 0, 0]),
      huge('letters.zip', 200 * MB, [0x50, 0x4b, 0x03, 0x04]),
    ]);
    await triage.whenIdle();

    expect(inner.given.sort()).toEqual(['letters.zip', 'memo.txt']);
    const byName = new Map(done);
    expect(byName.get('export.json')).toEqual([
      { file: 'a.txt', ok: true, record: record('a'), parserVersion: PARSER_VERSION },
      { file: 'b.txt', ok: true, record: record('b'), parserVersion: PARSER_VERSION },
    ]);
    expect(byName.get('video.pdf')).toEqual([
      { file: 'video.pdf', ok: false, error: { code: 'too-large', message: 'too large: this file is over the 50 MB limit' } },
    ]);
    expect(done).toHaveLength(4);
  });

  it('gives no outcome for a file still being looked at when the run is cancelled', async () => {
    const done: string[] = [];
    const inner = fakePool(() => {});
    const triage = withTriage(inner, (s) => done.push(s.name));
    triage.add([text('export.json', recordsToJson([record('a')])), huge('video.pdf', 200 * MB, [0])]);
    triage.cancel();
    await triage.whenIdle();
    expect(done).toEqual([]);
    expect(inner.cancelled).toBe(true);
  });
});

describe('NDJSON through triage', () => {
  const problem = (n: number): FileOutcome => ({ file: `year.ndjson, line ${n}`, ok: false, error: { code: 'corrupt', message: 'damaged' } });

  it('knows NDJSON files by name', () => {
    expect(['a.ndjson', 'B.JSONL', 'a.json', 'a.txt'].map((name) => isNdjson(text(name, '')))).toEqual([true, true, false, false]);
  });

  it('gives each batch the reader hands over as it comes, with the share of the file read, then ends the file; a reader that fails is a problem naming the file', async () => {
    const calls: Array<[string, number, number | null | 'done']> = [];
    const read: ReadNdjson = async (source, onBatch) => {
      expect(await onBatch([problem(1), problem(2)], source.name === 'year.ndjson' ? 0.4 : null)).toBe(true);
      expect(await onBatch([problem(3)], source.name === 'year.ndjson' ? 1 : null)).toBe(true);
      if (source.name === 'broken.ndjson') throw new Error('the NDJSON reader stopped');
    };
    const inner = fakePool(() => {});
    const triage = withTriage(inner, (s, outcomes, reading) => calls.push([s.name, outcomes.length, reading === undefined ? 'done' : reading.read]), read);
    triage.add([text('year.ndjson', ''), text('broken.ndjson', '')]);
    await triage.whenIdle();
    expect(inner.given).toEqual([]);
    expect(calls.filter(([name]) => name === 'year.ndjson')).toEqual([
      ['year.ndjson', 2, 0.4],
      ['year.ndjson', 1, 1],
      ['year.ndjson', 0, 'done'],
    ]);
    expect(calls.filter(([name]) => name === 'broken.ndjson')).toEqual([
      ['broken.ndjson', 2, null],
      ['broken.ndjson', 1, null],
      ['broken.ndjson', 1, null],
      ['broken.ndjson', 0, 'done'],
    ]);
  });

  it('tells the reader to stop once the run is cancelled, and gives nothing more', async () => {
    const answers: boolean[] = [];
    let calls = 0;
    let cancel = () => {};
    let signalled: AbortSignal | null = null;
    const read: ReadNdjson = async (_source, onBatch, signal) => {
      signalled = signal;
      answers.push(await onBatch([problem(1)], null));
      cancel();
      answers.push(await onBatch([problem(2)], null));
    };
    const triage = withTriage(fakePool(() => {}), () => calls++, read);
    cancel = () => triage.cancel();
    triage.add([text('year.ndjson', ''), text('later.ndjson', '')]);
    await triage.whenIdle();
    expect(answers).toEqual([true, false]);
    expect(calls).toBe(1);
    expect(signalled!.aborted).toBe(true);
  });

  it('reads NDJSON files one after another, not all at once', async () => {
    const events: string[] = [];
    const read: ReadNdjson = async (source, onBatch) => {
      events.push(`start ${source.name}`);
      await onBatch([problem(1)], null);
      await new Promise((resolve) => setTimeout(resolve, 5));
      events.push(`end ${source.name}`);
    };
    const triage = withTriage(fakePool(() => {}), () => {}, read);
    triage.add([text('part-1.ndjson', ''), text('part-2.ndjson', ''), text('part-3.ndjson', '')]);
    await triage.whenIdle();
    expect(events).toEqual(['start part-1.ndjson', 'end part-1.ndjson', 'start part-2.ndjson', 'end part-2.ndjson', 'start part-3.ndjson', 'end part-3.ndjson']);
  });
});

describe('a library with triage', () => {
  // The worker double reads "letter:<id>": a letter whose content hash is <id>.
  const spawn = (): WorkerHandle => ({
    async process(bytes, name) {
      const id = /^letter:(\w+)$/.exec(new TextDecoder().decode(bytes))?.[1];
      return id
        ? [{ file: name, ok: true, record: { ...record(id), file: name }, parserVersion: PARSER_VERSION }]
        : [{ file: name, ok: false, error: { code: 'not-a-letter', message: 'not a letter' } }];
    },
    readText: async (_text, name, letterId) => [{ file: name, ok: true, record: { ...record(letterId), file: name }, parserVersion: PARSER_VERSION }],
    onCrash() {},
    terminate() {},
  });
  const library = () =>
    new LetterLibrary({
      openStore: async () => ({ store: createMemoryStore(), letters: [], problem: null }),
      createPool: (onFileDone) => withTriage(new IngestPool({ size: 2, spawn, onFileDone }), onFileDone),
      flushMs: 10,
    });

  it('loads an export back into an empty page exactly, and skips the letters a page already has', async () => {
    const first = library();
    await first.add([text('a.txt', 'letter:a'), text('b.txt', 'letter:b')]);
    const exported = recordsToJson(first.getSnapshot().records);

    const fresh = library();
    const run = await fresh.add([text('imr-letters.json', exported), text('c.txt', 'letter:c')]);
    expect(run).toMatchObject({ state: 'done', filesTotal: 2, filesDone: 2, letters: 3, problems: [] });
    const back = fresh.getSnapshot().records.filter((r) => r.file !== 'c.txt');
    expect(recordsToJson(back)).toBe(exported);

    const again = await first.add([text('imr-letters.json', exported)]);
    expect(again).toMatchObject({ letters: 0, skipped: ['a.txt', 'b.txt'] });
  });

  it('reports a 200 MB text file as too large, unread, while the letters beside it load', async () => {
    const lib = library();
    const run = await lib.add([text('a.txt', 'letter:a'), huge('huge.txt', 200 * MB, [0x49, 0x4d, 0x52]), text('b.txt', 'letter:b')]);
    expect(run?.letters).toBe(2);
    expect(run?.problems).toEqual([
      { file: 'huge.txt', code: 'too-large', message: 'too large: this file is over the 50 MB limit' },
    ]);
  });
});
