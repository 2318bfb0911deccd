import { describe, expect, it, vi } from 'vitest';
import { PARSER_VERSION } from '../../parse/parser-version';
import type { LetterRecord, FileOutcome } from '../../domain/letter';
import { letter } from '../../../test/builders/records';
import type { FileSource } from '../files/file-source';
import { defaultPoolSize, IngestPool } from './ingest-pool';
import type { WorkerHandle } from './worker-handle';

function record(file: string): LetterRecord {
  return letter(file, { file, reviewer: { specialties: [], license_states: [] }, decisions: [] });
}

/**
 * A worker double whose behaviour follows the file name: "hang*" never answers,
 * "crash*" dies, "throw*" rejects, anything else succeeds with a record whose
 * file is the decoded bytes (so the test sees the bytes arrived intact).
 */
class FakeWorkers {
  spawned = 0;
  terminated = 0;
  inFlight = 0;
  maxInFlight = 0;

  spawn = (): WorkerHandle => {
    this.spawned++;
    let onCrash: ((reason: string) => void) | null = null;
    let alive = true;
    return {
      process: async (bytes, name) => {
        if (!alive) throw new Error('used after terminate');
        this.inFlight++;
        this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
        try {
          await new Promise((r) => setTimeout(r, 1));
          if (name.startsWith('hang')) await new Promise(() => {});
          if (name.startsWith('crash')) {
            onCrash?.('out of memory');
            await new Promise(() => {});
          }
          if (name.startsWith('throw')) throw new Error('bug in pipeline');
          const text = new TextDecoder().decode(bytes);
          return [{ file: name, ok: true, record: record(text), parserVersion: PARSER_VERSION }] satisfies FileOutcome[];
        } finally {
          this.inFlight--;
        }
      },
      readText: async (text, name) => [{ file: name, ok: true, record: record(text), parserVersion: PARSER_VERSION }],
      onCrash: (listener) => {
        onCrash = listener;
      },
      terminate: () => {
        if (alive) this.terminated++;
        alive = false;
      },
    };
  };
}

interface Tracked extends FileSource {
  reads: number;
}

function source(name: string, options: { size?: number | null; fail?: boolean } = {}): Tracked {
  const tracked: Tracked = {
    name,
    size: options.size === undefined ? name.length : options.size,
    reads: 0,
    async read() {
      tracked.reads++;
      if (options.fail) throw new Error('NotReadableError: the file was moved');
      return new TextEncoder().encode(`bytes of ${name}`).buffer;
    },
  };
  return tracked;
}

function run(options: { size?: number; timeoutMs?: number; maxBytes?: number } = {}) {
  const workers = new FakeWorkers();
  const done: Array<{ source: string; outcomes: FileOutcome[] }> = [];
  const pool = new IngestPool({
    size: options.size ?? 2,
    timeoutMs: options.timeoutMs ?? 5_000,
    ...(options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes }),
    spawn: workers.spawn,
    onFileDone: (s, outcomes) => done.push({ source: s.name, outcomes }),
  });
  const errorOf = (name: string) => {
    const outcome = done.find((d) => d.source === name)?.outcomes[0];
    return outcome && !outcome.ok ? outcome.error : undefined;
  };
  return { pool, workers, done, errorOf };
}

describe('IngestPool', () => {
  it('gives every file its outcome once, with its bytes intact', async () => {
    const { pool, done } = run();
    pool.add(['a.txt', 'b.txt', 'c.txt', 'd.txt', 'e.txt'].map((n) => source(n)));
    await pool.whenIdle();
    expect(done.map((d) => d.source).sort()).toEqual(['a.txt', 'b.txt', 'c.txt', 'd.txt', 'e.txt']);
    const first = done.find((d) => d.source === 'a.txt')?.outcomes[0];
    expect(first?.ok && first.record.file).toBe('bytes of a.txt');
  });

  it('reads a file only when a worker is free for it, never more than the pool size at once', async () => {
    const { pool, workers } = run({ size: 3 });
    const sources = Array.from({ length: 40 }, (_, i) => source(`f${i}.txt`));
    pool.add(sources);
    // Right after add, only the first three files have been asked for their bytes.
    await Promise.resolve();
    expect(sources.filter((s) => s.reads > 0)).toHaveLength(3);
    await pool.whenIdle();
    expect(sources.every((s) => s.reads === 1)).toBe(true);
    expect(workers.maxInFlight).toBe(3);
    expect(workers.spawned).toBe(3);
  });

  it('spawns no more workers than there are files', async () => {
    const { pool, workers } = run({ size: 8 });
    pool.add([source('only.txt')]);
    await pool.whenIdle();
    expect(workers.spawned).toBe(1);
  });

  it('stops a file that hangs, replaces its worker and goes on with the rest', async () => {
    const { pool, workers, done, errorOf } = run({ size: 2, timeoutMs: 40 });
    pool.add(['hang.pdf', 'a.txt', 'b.txt', 'c.txt'].map((n) => source(n)));
    await pool.whenIdle();
    expect(done).toHaveLength(4);
    expect(errorOf('hang.pdf')?.code).toBe('timeout');
    expect(errorOf('hang.pdf')?.message).toMatch(/timed out/);
    expect(workers.terminated).toBe(1);
    expect(done.filter((d) => d.outcomes[0]?.ok)).toHaveLength(3);
  });

  it('reports a file whose worker crashed and starts a fresh worker for the next one', async () => {
    const { pool, workers, errorOf, done } = run({ size: 1 });
    pool.add(['crash.pdf', 'after.txt'].map((n) => source(n)));
    await pool.whenIdle();
    expect(errorOf('crash.pdf')).toEqual({
      code: 'worker-crash',
      message: 'the reader crashed on this file: out of memory',
    });
    expect(done.find((d) => d.source === 'after.txt')?.outcomes[0]?.ok).toBe(true);
    expect(workers.spawned).toBe(2);
    expect(workers.terminated).toBe(1);
  });

  it('reports a rejected call without killing a healthy worker', async () => {
    const { pool, workers, errorOf } = run({ size: 1 });
    pool.add(['throw.pdf', 'after.txt'].map((n) => source(n)));
    await pool.whenIdle();
    expect(errorOf('throw.pdf')?.code).toBe('worker-crash');
    expect(errorOf('throw.pdf')?.message).toContain('bug in pipeline');
    expect(workers.spawned).toBe(1);
  });

  it('refuses an oversized file without reading it', async () => {
    const { pool, errorOf } = run({ maxBytes: 1000 });
    const big = source('huge.zip', { size: 5000 });
    pool.add([big]);
    await pool.whenIdle();
    expect(big.reads).toBe(0);
    expect(errorOf('huge.zip')?.code).toBe('too-large');
  });

  it('reports a file that cannot be read', async () => {
    const { pool, errorOf } = run();
    pool.add([source('gone.pdf', { fail: true })]);
    await pool.whenIdle();
    expect(errorOf('gone.pdf')?.message).toBe('could not read the file: NotReadableError: the file was moved');
  });

  it('takes files added while it is already working', async () => {
    const { pool, done } = run({ size: 1 });
    pool.add([source('a.txt')]);
    pool.add([source('b.txt')]);
    await pool.whenIdle();
    pool.add([source('c.txt')]);
    await pool.whenIdle();
    expect(done.map((d) => d.source)).toEqual(['a.txt', 'b.txt', 'c.txt']);
  });

  it('on cancel, kills the workers, reports nothing more and settles', async () => {
    const { pool, workers, done } = run({ size: 2 });
    const sources = ['hang1.pdf', 'hang2.pdf', 'x.txt', 'y.txt'].map((n) => source(n));
    pool.add(sources);
    // Both workers are on a hung file when the user cancels.
    await vi.waitFor(() => expect(workers.inFlight).toBe(2));
    pool.cancel();
    await pool.whenIdle();
    expect(done).toEqual([]);
    expect(workers.terminated).toBe(2);
    expect(sources.filter((s) => s.reads > 0).map((s) => s.name)).toEqual(['hang1.pdf', 'hang2.pdf']);
    pool.add([source('late.txt')]);
    await pool.whenIdle();
    expect(done).toEqual([]);
  });

  it('dispose() terminates idle workers', async () => {
    const { pool, workers } = run({ size: 2 });
    pool.add([source('a.txt'), source('b.txt')]);
    await pool.whenIdle();
    pool.dispose();
    expect(workers.terminated).toBe(2);
  });
});

describe('defaultPoolSize', () => {
  it.each([
    [undefined, 2],
    [1, 2],
    [2, 2],
    [8, 8],
  ])('hardwareConcurrency %s -> %i workers', (cores, expected) => {
    expect(defaultPoolSize(cores)).toBe(expected);
  });
});
