import { describe, expect, it } from 'vitest';
import type { FileOutcome, LetterRecord } from '../domain/letter';
import { decision, letter } from '../../test/builders/records';
import { ndjsonApi } from './ndjson-api';
import { LINES_PER_BATCH, streamNdjson } from './ndjson-lines';

interface Source {
  name: string;
  stream(): ReadableStream<Uint8Array<ArrayBuffer>>;
}

/** A file whose stream hands the bytes over in `piece`-byte pieces, splitting lines and characters. */
function source(name: string, text: string, piece = 4093): Source {
  const bytes = new TextEncoder().encode(text);
  return {
    name,
    stream: () =>
      new ReadableStream({
        start(controller) {
          for (let at = 0; at < bytes.length; at += piece) controller.enqueue(bytes.slice(at, at + piece));
          controller.close();
        },
      }),
  };
}

async function readAll(src: Source, stopped?: () => boolean) {
  const outcomes: FileOutcome[] = [];
  const batches: number[] = [];
  await streamNdjson(
    src.name,
    src.stream(),
    async (batch) => {
      batches.push(batch.length);
      outcomes.push(...batch);
    },
    stopped,
  );
  return { outcomes, batches };
}

const records: LetterRecord[] = Array.from({ length: 10_000 }, (_, i) =>
  letter(i.toString(16).padStart(16, '0'), {
    file: `2016/letter-${i}.pdf`,
    decision_date: `2016-${String(1 + (i % 12)).padStart(2, '0')}-15`,
    decisions: [decision({ item: `Item ${i} “quoted” café`, outcome: i % 3 === 0 ? 'Overturned' : 'Upheld' })],
  }),
);

describe('NDJSON from the command line, streamed', () => {
  it('imports 10,000 records exactly, a damaged line reported by its number, every other line loaded', async () => {
    const lines = records.map((r) => JSON.stringify(r));
    lines[4999] = lines[4999]!.slice(0, 120); // line 5,000 cut short
    lines.splice(7000, 0, JSON.stringify({ file: 'scan.pdf', error: 'no text layer: a scanned image' }));
    const { outcomes, batches } = await readAll(source('year.ndjson', `\uFEFF${lines.join('\r\n')}\r\n\r\n`));

    const loaded = outcomes.flatMap((o) => (o.ok ? [o.record] : []));
    expect(loaded).toEqual(records.filter((_, i) => i !== 4999));
    const problems = outcomes.filter((o) => !o.ok);
    expect(problems).toEqual([
      { file: 'year.ndjson, line 5000', ok: false, error: { code: 'corrupt', message: 'damaged NDJSON record on line 5000: not JSON' } },
      { file: 'scan.pdf', ok: false, error: { code: 'not-a-letter', message: 'the command line did not read it: no text layer: a scanned image' } },
    ]);
    // Handed over as it was read, never all at once.
    expect(Math.max(...batches)).toBe(LINES_PER_BATCH);
    expect(batches.length).toBeGreaterThan(10);
  });

  it('names a record that breaks the contract by its line and field', async () => {
    const bad = { ...records[0], decisions: [{ ...records[0]!.decisions[0], outcome: 'Maybe' }] };
    const { outcomes } = await readAll(source('x.jsonl', [records[1], bad, records[2]].map((r) => JSON.stringify(r)).join('\n')));
    expect(outcomes.map((o) => o.ok)).toEqual([true, false, true]);
    const problem = outcomes[1];
    expect(problem?.ok === false && problem.error.message).toMatch(/^damaged NDJSON record on line 2: decisions\[0\]\.outcome must be /);
  });

  it('refuses a file that is not NDJSON of records once, not line by line', async () => {
    const { outcomes } = await readAll(source('notes.ndjson', 'just some notes\n'.repeat(500)));
    expect(outcomes).toEqual([
      { file: 'notes.ndjson', ok: false, error: { code: 'unsupported-type', message: 'not NDJSON of letter records: its first 20 lines are not records' } },
    ]);
    expect((await readAll(source('empty.ndjson', '\n\n'))).outcomes[0]).toMatchObject({ ok: false, error: { code: 'empty' } });
  });

  it('stops when told to', async () => {
    let calls = 0;
    const { outcomes } = await readAll(source('year.ndjson', records.map((r) => JSON.stringify(r)).join('\n')), () => ++calls > 2500);
    expect(outcomes.length).toBeLessThan(records.length);
  });

});

describe('the NDJSON worker', () => {
  const text = records.slice(0, 2000).map((r) => JSON.stringify(r)).join('\n');

  it('says with each batch how many bytes of the file are read, growing to the whole file', async () => {
    const text = `${records.slice(0, 1_000).map((r) => JSON.stringify(r)).join('\n')}\n`;
    const size = new TextEncoder().encode(text).length;
    const read: number[] = [];
    await streamNdjson('year.ndjson', source('year.ndjson', text).stream(), async (_batch, bytesRead) => void read.push(bytesRead));
    expect(read).toHaveLength(Math.ceil(1_000 / LINES_PER_BATCH));
    // The bytes up to the end of the piece (4,093 bytes) the batch's last line came from.
    const linesBytes = (n: number) => new TextEncoder().encode(`${records.slice(0, n).map((r) => JSON.stringify(r)).join('\n')}\n`).length;
    read.forEach((bytes, k) => {
      const handedOn = linesBytes(Math.min(1_000, (k + 1) * LINES_PER_BATCH));
      expect(bytes).toBeGreaterThanOrEqual(handedOn);
      expect(bytes).toBeLessThan(handedOn + 4_093);
    });
    expect(read.at(-1)).toBe(size);
  });

  it('gives the page each batch with the share of the file read, all of it with the last', async () => {
    const shares: (number | null)[] = [];
    await ndjsonApi.read(new Blob([text]), 'year.ndjson', async (_outcomes, read) => (shares.push(read), true));
    expect(shares.length).toBeGreaterThan(2);
    expect(shares).toEqual([...shares].sort((a, b) => (a ?? 0) - (b ?? 0)));
    expect(shares[0]).toBeGreaterThan(0);
    expect(shares.at(-1)).toBe(1);
    const empty: (number | null)[] = [];
    await ndjsonApi.read(new Blob([]), 'empty.ndjson', async (_outcomes, read) => (empty.push(read), true));
    expect(empty).toEqual([null]);
  });

  it('hands every batch over in order', async () => {
    const loaded: string[] = [];
    await ndjsonApi.read(new Blob([text]), 'year.ndjson', async (outcomes) => {
      await new Promise((resolve) => setTimeout(resolve, 1));
      for (const o of outcomes) if (o.ok) loaded.push(o.record.letter_id);
      return true;
    });
    expect(loaded).toEqual(records.slice(0, 2000).map((r) => r.letter_id));
  });

  it('reads the next batch while the page takes the last, and no further', async () => {
    // One line per chunk, pulled only when the reader asks: `pulled` is how far it has read.
    const lines = text.split('\n').map((line) => new TextEncoder().encode(`${line}\n`));
    let pulled = 0;
    const file = {
      size: lines.reduce((n, line) => n + line.byteLength, 0),
      stream: () =>
        new ReadableStream<Uint8Array<ArrayBuffer>>(
          {
            pull(controller) {
              const line = lines[pulled++];
              if (line) controller.enqueue(line);
              else controller.close();
            },
          },
          { highWaterMark: 0 },
        ),
    };
    let calls = 0;
    let release: (go: boolean) => void = () => {};
    const reading = ndjsonApi.read(file, 'year.ndjson', (outcomes) => {
      calls++;
      expect(outcomes).toHaveLength(LINES_PER_BATCH);
      return new Promise<boolean>((resolve) => (release = resolve));
    });
    const turns = async (n: number) => {
      for (let i = 0; i < n; i++) await new Promise((resolve) => setTimeout(resolve, 0));
    };
    // The first batch is with the page and unanswered: the reader goes on into the second...
    for (let turn = 0; pulled <= LINES_PER_BATCH + 1 && turn < 2000; turn++) await turns(1);
    await turns(50);
    // ...and stops once it is read, without handing it over.
    expect(calls).toBe(1);
    expect(pulled).toBeGreaterThanOrEqual(2 * LINES_PER_BATCH);
    expect(pulled).toBeLessThan(2 * LINES_PER_BATCH + 10);
    release(false);
    await reading;
    expect(calls).toBe(1);
  });

  it('stops reading once the page says so', async () => {
    let batches = 0;
    await ndjsonApi.read(new Blob([text]), 'year.ndjson', async () => ++batches < 2);
    expect(batches).toBe(2);
  });
});
