import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { LetterRecord } from '../domain/letter';
import { letter as buildLetter } from '../../test/builders/records';
import { Dexie } from 'dexie';
import { BATCH_SIZE, openDexieStore } from './dexie-store';
import type { LetterStore, StoredLetter, StoreResult } from './letter-store';
import { toStoredLetters } from './letter-store';
import { createMemoryStore } from './memory-store';
import { openLetterStore, withMemoryFallback } from './open-letter-store';
import { packLetters, packRationales, V1_WIDTHS } from './packed-letters';
import { toStoreError } from './store-error';
import { lettersWithAll } from './text-index';

// Taken from seed 000 (test/fixtures/seeds), rationale shortened.
function letter(letterId: string, items: readonly string[] = ['Oxymorphone 20mg ER #90, #30']): LetterRecord {
  return buildLetter(letterId, {
    reviewer: { license_states: ['UT'] },
    patient: { age: 60, sex: 'F' },
    date_of_injury: '2004-08',
    decisions: items.map((item) => ({
      item,
      category: 'pharmaceutical',
      subcategory: 'Opioids',
      medication: 'oxymorphone',
      strength: '20 mg',
      release: 'ER',
      quantity: 90,
      drug_class: 'opioid',
      guideline: { source: 'MTUS', sections: ['Opioids, criteria for use'], pages: '75-79' },
      rationale: 'There is no documentation of functional improvement.',
    })),
  });
}

// The store keeps whatever parser version it is given; it knows nothing of the parser.
const READ_BY = 7;
const current = (records: readonly LetterRecord[]) => records.map((record) => ({ record, parserVersion: READ_BY }));

let dbCounter = 0;
const freshName = () => `imr-test-${++dbCounter}`;

function unwrap<T>(result: StoreResult<T>): T {
  if (!result.ok) throw new Error(`store failed: ${result.error.code} ${result.error.message}`);
  return result.value;
}

async function openDexie(name: string): Promise<LetterStore> {
  return unwrap(await openDexieStore({ name }));
}

function domError(name: string, message = `${name} happened`): Error {
  const error = new Error(message);
  error.name = name;
  return error;
}

describe('Dexie letter store', () => {
  it('keeps letters across a reopen, with the parser version and the time they were added', async () => {
    const name = freshName();
    const store = await openDexie(name);
    unwrap(await store.putMany(toStoredLetters(current([letter('46ca10e80b8759fd'), letter('aa00aa00aa00aa00')]), 1_000)));

    const reopened = await openDexie(name);
    const all = unwrap(await reopened.loadAll());
    expect(all.map((l) => l.letter_id).sort()).toEqual(['46ca10e80b8759fd', 'aa00aa00aa00aa00']);
    const first = all.find((l) => l.letter_id === '46ca10e80b8759fd');
    expect(first?.parser_version).toBe(READ_BY);
    expect(first?.added_at).toBe(1_000);
    expect(first?.record.decisions[0]?.item).toBe('Oxymorphone 20mg ER #90, #30');
    expect(first?.record.reviewer.license_states).toEqual(['UT']);
  });

  it('stores a letter dropped twice once (letter_id is the content hash)', async () => {
    const store = await openDexie(freshName());
    unwrap(await store.putMany(toStoredLetters(current([letter('46ca10e80b8759fd')]), 1)));
    unwrap(await store.putMany(toStoredLetters(current([letter('46ca10e80b8759fd'), letter('46ca10e80b8759fd')]), 2)));
    const all = unwrap(await store.loadAll());
    expect(all).toHaveLength(1);
  });

  it('returns letters oldest first', async () => {
    const store = await openDexie(freshName());
    unwrap(await store.putMany(toStoredLetters(current([letter('bbbb000000000000')]), 20)));
    unwrap(await store.putMany(toStoredLetters(current([letter('cccc000000000000')]), 10)));
    const all = unwrap(await store.loadAll());
    expect(all.map((l) => l.letter_id)).toEqual(['cccc000000000000', 'bbbb000000000000']);
  });

  it('clears everything, and the clearing survives a reopen', async () => {
    const name = freshName();
    const store = await openDexie(name);
    unwrap(await store.putMany(toStoredLetters(current([letter('46ca10e80b8759fd')]), 1)));
    unwrap(await store.clear());
    expect(unwrap(await store.loadAll())).toEqual([]);
    expect(unwrap(await (await openDexie(name)).loadAll())).toEqual([]);
  });

  it('keeps order and every letter across many batches, and a letter put again takes its later place', async () => {
    const store = await openDexie(freshName());
    const ids = Array.from({ length: BATCH_SIZE * 2 + 5 }, (_, i) => i.toString(16).padStart(16, '0'));
    unwrap(await store.putMany(toStoredLetters(current(ids.map((id) => letter(id))), 1)));
    unwrap(await store.putMany(toStoredLetters(current([letter(ids[0] ?? '')]), 2)));
    const all = unwrap(await store.loadAll());
    expect(all.map((l) => l.letter_id)).toEqual([...ids.slice(1), ids[0]]);
  });

  it('upgrades a version 1 database (one row per letter) without losing a letter', async () => {
    const name = freshName();
    const v1 = new Dexie(name);
    v1.version(1).stores({ letters: 'letter_id, added_at' });
    await v1.table('letters').bulkPut(toStoredLetters(current([letter('bbbb000000000000')]), 20));
    await v1.table('letters').bulkPut(toStoredLetters(current([letter('cccc000000000000')]), 10));
    v1.close();

    const store = await openDexie(name);
    const all = unwrap(await store.loadAll());
    expect(all.map((l) => [l.letter_id, l.added_at])).toEqual([
      ['cccc000000000000', 10],
      ['bbbb000000000000', 20],
    ]);
    expect(all[0]?.record.decisions[0]?.item).toBe('Oxymorphone 20mg ER #90, #30');
  });

  it('upgrades a version 2 database (letters as objects, in batches) to the same letters, in order', async () => {
    const name = freshName();
    const v2 = new Dexie(name);
    v2.version(1).stores({ letters: 'letter_id, added_at' });
    v2.version(2).stores({ letters: null, batches: '++id, added_at' });
    const older = toStoredLetters(
      current(Array.from({ length: BATCH_SIZE + 3 }, (_, i) => letter(i.toString(16).padStart(16, '0'), ['A', 'B']))),
      10,
    );
    const newer = toStoredLetters(current([letter('dddd000000000000'), letter('0000000000000000')]), 30);
    const middle = toStoredLetters(current([letter('eeee000000000000')]), 20);
    await v2.table('batches').bulkAdd([
      { added_at: 10, letters: older.slice(0, BATCH_SIZE) },
      { added_at: 10, letters: older.slice(BATCH_SIZE) },
      { added_at: 30, letters: newer },
      { added_at: 20, letters: middle },
    ]);
    v2.close();

    const all = unwrap(await (await openDexie(name)).loadAll());
    // Letter 0 was put again at time 30: it takes its later place.
    expect(all).toEqual([...older.slice(1), ...middle, ...newer]);
    const raw = new Dexie(name);
    await raw.open();
    expect(raw.tables.map((t) => t.name).sort()).toEqual(['imports', 'letterTexts', 'packs', 'rationales', 'textChunks', 'textIndex']);
    raw.close();
  });

  it('upgrades a version 3 database (packs of record version 1) to packs that say their widths, the new fields empty', async () => {
    const name = freshName();
    const v3 = new Dexie(name);
    v3.version(1).stores({ letters: 'letter_id, added_at' });
    v3.version(2).stores({ letters: null, batches: '++id, added_at' });
    v3.version(3).stores({ batches: null, packs: '++id, added_at', rationales: 'id' });
    // Letters read by parser version 1: a version 1 pack holds the record's version 1 columns only.
    const saved = toStoredLetters(
      [letter('aaaa000000000000', ['Norco 10/325mg #60']), letter('bbbb000000000000')].map((record) => ({ record, parserVersion: 1 })),
      5,
    );
    const packed = packLetters(saved);
    const widths = packed.widths ?? V1_WIDTHS;
    const keep = (values: Int32Array, width: number, kept: number) => values.filter((_, i) => i % width < kept);
    const v1Pack = {
      letterCount: packed.letterCount,
      decisionCount: packed.decisionCount,
      strings: packed.strings,
      letterInts: keep(packed.letterInts, widths.letterInts, V1_WIDTHS.letterInts),
      letterNumbers: packed.letterNumbers,
      decisionInts: keep(packed.decisionInts, widths.decisionInts, V1_WIDTHS.decisionInts),
      decisionNumbers: packed.decisionNumbers,
      lists: packed.lists,
    };
    const id = await v3.table('packs').add({ added_at: 5, letters: v1Pack });
    await v3.table('rationales').add({ id, rationales: packRationales(saved) });
    v3.close();

    const all = unwrap(await (await openDexie(name)).loadAll());
    expect(all.map((l) => [l.letter_id, l.parser_version, l.added_at])).toEqual([
      ['aaaa000000000000', 1, 5],
      ['bbbb000000000000', 1, 5],
    ]);
    const [first] = all;
    expect(first?.record.decisions[0]).toMatchObject({
      item: 'Norco 10/325mg #60',
      rationale: 'There is no documentation of functional improvement.',
      subcategory: null,
      retrospective: false,
      original_request: null,
      guideline: { source: 'MTUS', sections: ['Opioids, criteria for use'], citations: [] },
      claims_admin_guideline: { source: 'MTUS', citations: [] },
    });
    expect(first?.record.priority).toBeNull();
    const raw = new Dexie(name);
    await raw.open();
    const [stored] = (await raw.table('packs').toArray()) as { letters: { widths?: unknown } }[];
    expect(stored?.letters.widths).toBeDefined();
    raw.close();
  });

  it('gives the letters before their rationales, then sets each in place, over many batches and a letter put again', async () => {
    const name = freshName();
    const store = await openDexie(name);
    const ids = Array.from({ length: BATCH_SIZE + 3 }, (_, i) => i.toString(16).padStart(16, '0'));
    const written = current(ids.map((id) => letter(id, ['A', 'B'])));
    written.forEach(({ record }, i) => record.decisions.forEach((d, k) => (d.rationale = `rationale ${i}.${k}`)));
    unwrap(await store.putMany(toStoredLetters(written, 1)));
    const again = current([letter(ids[1] ?? '', ['C'])]);
    unwrap(await store.putMany(toStoredLetters(again, 2)));

    const { letters, readRationales } = unwrap(await (await openDexie(name)).loadLetters());
    const decisions = letters.flatMap((l) => l.record.decisions);
    expect(decisions.every((d) => d.rationale === '')).toBe(true);
    const reading = readRationales();
    expect(readRationales()).toBe(reading);
    unwrap(await reading);
    expect(letters.map((l) => l.record)).toEqual([...written.slice(0, 1), ...written.slice(2), ...again].map((l) => l.record));
    letters.flatMap((l) => l.record.decisions).forEach((d, i) => expect(d).toBe(decisions[i]));
    expect(letters).toEqual(unwrap(await (await openDexie(name)).loadAll()));
  });

  it('gives the letters of a batch whose rationales are gone, and says so when their rationales settle', async () => {
    const name = freshName();
    unwrap(await (await openDexie(name)).putMany(toStoredLetters(current([letter('46ca10e80b8759fd')]), 1)));
    const raw = new Dexie(name);
    await raw.open();
    await raw.table('rationales').clear();
    raw.close();
    const { letters, readRationales } = unwrap(await (await openDexie(name)).loadLetters());
    expect(letters.map((l) => l.letter_id)).toEqual(['46ca10e80b8759fd']);
    const read = await readRationales();
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.error.message).toContain('stored batch 1 has lost its rationales');
  });

  it('reports a stored batch whose rationales are missing instead of showing letters without them', async () => {
    const name = freshName();
    const store = await openDexie(name);
    unwrap(await store.putMany(toStoredLetters(current([letter('46ca10e80b8759fd')]), 1)));
    const raw = new Dexie(name);
    await raw.open();
    await raw.table('rationales').clear();
    raw.close();
    const loaded = await (await openDexie(name)).loadAll();
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) expect(loaded.error.message).toContain('lost its rationales');
  });

  it('reports an IndexedDB that refuses to open as unavailable', async () => {
    const refusing = {
      open() {
        throw domError('SecurityError', 'The operation is insecure.');
      },
    };
    const result = await openDexieStore({ name: freshName(), indexedDB: refusing });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('unavailable');
  });
});

describe('openLetterStore', () => {
  it('loads what an earlier visit saved', async () => {
    const name = freshName();
    const first = await openLetterStore({ name });
    expect(first.problem).toBeNull();
    expect(first.store.kind).toBe('indexeddb');
    unwrap(await first.store.putMany(toStoredLetters(current([letter('46ca10e80b8759fd', ['A: Upheld', 'B'])]), 5)));

    const second = await openLetterStore({ name });
    expect(second.letters.map((l) => l.record.decisions.length)).toEqual([2]);
  });

  it('falls back to memory, and says why, when IndexedDB cannot be opened', async () => {
    const refusing = {
      open() {
        throw domError('InvalidStateError', 'A mutation operation was attempted on a database that did not allow mutations.');
      },
    };
    const opened = await openLetterStore({ name: freshName(), indexedDB: refusing });
    expect(opened.store.kind).toBe('memory');
    expect(opened.problem?.code).toBe('unavailable');
    expect(opened.letters).toEqual([]);
    unwrap(await opened.store.putMany(toStoredLetters(current([letter('46ca10e80b8759fd')]), 1)));
    expect(unwrap(await opened.store.loadAll()).map((l) => l.letter_id)).toEqual(['46ca10e80b8759fd']);
  });
});

describe('withMemoryFallback', () => {
  function failingOnPut(error: Error): LetterStore & { puts: number } {
    const inner = createMemoryStore();
    const store = {
      ...inner,
      kind: 'indexeddb' as const,
      puts: 0,
      async putMany(_letters: readonly StoredLetter[]): Promise<StoreResult<void>> {
        store.puts++;
        return { ok: false, error: toStoreError(error) };
      },
    };
    return store;
  }

  it('keeps a batch whose save failed, reports the failure once and then stays in memory', async () => {
    const primary = failingOnPut(domError('QuotaExceededError'));
    const saved = toStoredLetters(current([letter('1111000000000000')]), 1);
    const store = withMemoryFallback(primary, saved);

    const failed = await store.putMany(toStoredLetters(current([letter('2222000000000000')]), 2));
    expect(failed.ok).toBe(false);
    if (!failed.ok) expect(failed.error.code).toBe('quota');
    expect(store.kind).toBe('memory');

    const next = await store.putMany(toStoredLetters(current([letter('3333000000000000')]), 3));
    expect(next.ok).toBe(true);
    expect(primary.puts).toBe(1);
    expect(unwrap(await store.loadAll()).map((l) => l.letter_id)).toEqual([
      '1111000000000000',
      '2222000000000000',
      '3333000000000000',
    ]);
  });

  it('writes through to IndexedDB while it works', async () => {
    const name = freshName();
    const store = withMemoryFallback(await openDexie(name));
    unwrap(await store.putMany(toStoredLetters(current([letter('46ca10e80b8759fd')]), 1)));
    expect(store.kind).toBe('indexeddb');
    expect(unwrap(await (await openDexie(name)).loadAll())).toHaveLength(1);
  });
});

describe('toStoreError', () => {
  const wrapped = Object.assign(domError('OpenFailedError', 'open failed'), { inner: domError('QuotaExceededError') });
  it.each([
    ['QuotaExceededError', domError('QuotaExceededError'), 'quota'],
    ['a quota error wrapped by Dexie', wrapped, 'quota'],
    ['MissingAPIError (no IndexedDB)', domError('MissingAPIError'), 'unavailable'],
    ['InvalidStateError (Firefox private mode)', domError('InvalidStateError'), 'unavailable'],
    ['SecurityError', domError('SecurityError'), 'unavailable'],
    ['DataCloneError', domError('DataCloneError'), 'failed'],
    ['a plain string', 'boom', 'failed'],
  ] as const)('%s -> %s', (_label, error, code) => {
    expect(toStoreError(error).code).toBe(code);
  });

  it('puts the browser message into the text the user reads', () => {
    expect(toStoreError(domError('DataCloneError', 'could not be cloned')).message).toContain('could not be cloned');
  });
});

describe.each([
  ['IndexedDB', () => openDexie(freshName())],
  ['memory', async () => createMemoryStore()],
])('kept letter texts (%s)', (_kind, open) => {
  const ids = Array.from({ length: 150 }, (_, i) => (0xa000 + i).toString(16).padStart(16, '0'));
  const textOf = (id: string) => `IMR letter ${id}\nDecision rationale: “not medically necessary”, ${'é'.repeat(id.length)}`;

  it('keeps each letter’s text with its record, and gives back the texts asked for', async () => {
    const store = await open();
    unwrap(await store.putMany(toStoredLetters(current(ids.map((id) => letter(id))), 1), ids.map((id) => ({ letter_id: id, text: textOf(id) }))));
    const wanted = [ids[0] ?? '', ids[149] ?? '', 'ffff000000000000'];
    const texts = unwrap(await store.getTexts(wanted));
    expect([...texts]).toEqual([
      [ids[0], textOf(ids[0] ?? '')],
      [ids[149], textOf(ids[149] ?? '')],
    ]);
    expect([...unwrap(await store.textIds())].sort()).toEqual([...ids].sort());
    // A plain load gives the records only.
    expect(unwrap(await store.loadAll())).toHaveLength(150);
  });

  it('keeps a letter’s first text when it is put again, and scans every letter’s words once', async () => {
    const store = await open();
    const some = ids.slice(0, 70);
    unwrap(await store.putMany([], some.map((id) => ({ letter_id: id, text: textOf(id) }))));
    unwrap(await store.putMany([], ids.map((id) => ({ letter_id: id, text: textOf(id) }))));
    const seen: string[] = [];
    const totals = new Set<number>();
    unwrap(
      await store.scanTextIndex((indexes, total) => {
        totals.add(total);
        for (const index of indexes) {
          // Each letter's own id is a word of its text only.
          for (const id of index.ids) expect(lettersWithAll(index, [id, 'rationale:'])).toEqual([id]);
          seen.push(...index.ids);
        }
        return true;
      }),
    );
    expect(seen.sort()).toEqual([...ids].sort());
    expect([...totals]).toEqual([150]);
  });

  it('stops a scan when the visitor says so', async () => {
    const store = await open();
    unwrap(await store.putMany([], ids.map((id) => ({ letter_id: id, text: textOf(id) }))));
    let visits = 0;
    unwrap(await store.scanTextIndex(() => ++visits < 1));
    expect(visits).toBe(1);
  });

  it('writes an import’s entry in the letters’ transaction, and clears it with them', async () => {
    const store = await open();
    const id = unwrap(await store.putImport({ started_at: 1, files: ['a.pdf', 'b.pdf'], done: [], owner: 'o' }));
    unwrap(await store.putMany(toStoredLetters(current([letter(ids[0] ?? '')]), 1), [], { id, started_at: 1, files: ['a.pdf', 'b.pdf'], done: ['a.pdf'], owner: 'o' }));
    expect(unwrap(await store.importEntries())).toEqual([{ id, started_at: 1, files: ['a.pdf', 'b.pdf'], done: ['a.pdf'], owner: 'o' }]);
    unwrap(await store.clear());
    expect(unwrap(await store.importEntries())).toEqual([]);
  });

  it('clears the texts with the letters', async () => {
    const store = await open();
    unwrap(await store.putMany(toStoredLetters(current([letter(ids[0] ?? '')]), 1), [{ letter_id: ids[0] ?? '', text: 'x' }]));
    unwrap(await store.clear());
    expect(unwrap(await store.textIds()).size).toBe(0);
    expect(unwrap(await store.getTexts([ids[0] ?? ''])).size).toBe(0);
  });
});
