import 'fake-indexeddb/auto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { searchTerms } from '../derive/search-index';
import { openDexieStore } from './dexie-store';
import { searchKeptTexts } from './search-texts';
import { TEXTS_PER_CHUNK } from './text-chunks';
import { buildTextIndex, lettersWithAll, MAX_INDEXED_LETTERS } from './text-index';

// The real letters' text as Poppler reads it: varied words, punctuation, line breaks.
const REAL = join(__dirname, '../../test/fixtures/real/pdftotext');
const real = readdirSync(REAL)
  .sort()
  .map((name, i) => ({ letter_id: i.toString(16).padStart(16, '0'), text: readFileSync(join(REAL, name), 'utf8') }));
const texts = [
  ...real,
  { letter_id: 'empty', text: '' },
  { letter_id: 'cased', text: 'ADHESIVE Capsulitis, L4-5;\tÉTAT\u00a0naïve' },
];

/** What the search promises: the letters whose lower-cased text holds every term. */
const plainly = (terms: string[]) =>
  texts.filter(({ text }) => terms.every((t) => text.toLowerCase().includes(t))).map((t) => t.letter_id);

/** Terms cut from the texts themselves: word pieces, words with punctuation, rare and common. */
function someTerms(count: number): string[][] {
  let seed = 7;
  const next = (n: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;
  const queries: string[][] = [];
  for (let q = 0; q < count; q++) {
    const terms: string[] = [];
    for (let k = 0, n = 1 + next(3); k < n; k++) {
      const text = texts[next(texts.length)]!.text;
      const at = next(Math.max(1, text.length - 12));
      terms.push(...searchTerms(text.slice(at, at + 2 + next(10))).slice(0, 1));
    }
    if (terms.length > 0) queries.push(terms);
  }
  return queries;
}

describe('text index', () => {
  const queries = [...someTerms(400), ['adhesive', 'capsulitis'], ['l4-5;'], ['état'], ['naïve'], ['capsulitis,'], ['zzzz-not-there']];

  it('finds exactly the letters a plain look through every text finds', () => {
    // Chunks as the store makes them, so letters past the 32nd and 64th bit are in play.
    const chunks = [];
    for (let i = 0; i < texts.length; i += TEXTS_PER_CHUNK) chunks.push(buildTextIndex(texts.slice(i, i + TEXTS_PER_CHUNK)));
    let nonEmpty = 0;
    for (const terms of queries) {
      const found = chunks.flatMap((index) => lettersWithAll(index, terms));
      expect(found.sort(), terms.join(' ')).toEqual(plainly(terms).sort());
      if (found.length > 0) nonEmpty++;
    }
    // The queries are not all misses (nor all hits): the comparison means something.
    expect(nonEmpty).toBeGreaterThan(queries.length / 2);
    expect(nonEmpty).toBeLessThan(queries.length);
  });

  it('never takes the bytes that number a word\'s letters for a word', () => {
    // "common" is in letters 0, 1, 6, 7, 10, 12 and 14-17: more than nine, so its
    // letters are a mask whose first two bytes are 0xC3 0xA9, the UTF-8 of "é".
    const holders = new Set([0, 1, 6, 7, 10, 12, 14, 15, 16, 17]);
    const letters = Array.from({ length: MAX_INDEXED_LETTERS }, (_, i) => ({
      letter_id: `L${i}`,
      text: `${holders.has(i) ? 'Common ' : ''}letter ${i}${i === 40 ? ' café' : ''}`,
    }));
    const index = buildTextIndex(letters);
    expect(lettersWithAll(index, ['é'])).toEqual(['L40']);
    expect(lettersWithAll(index, ['common']).sort()).toEqual([...holders].map((i) => `L${i}`).sort());
    expect(lettersWithAll(index, ['letter'])).toHaveLength(MAX_INDEXED_LETTERS);
    expect(lettersWithAll(index, ['common', '17'])).toEqual(['L17']);
    expect(() => buildTextIndex([...letters, { letter_id: 'one too many', text: '' }])).toThrow(/at most 64/);
  });

  it('takes a few hundred bytes per letter, less than the texts themselves', () => {
    const index = buildTextIndex(real);
    const raw = new TextEncoder().encode(real.map((t) => t.text).join('')).length;
    expect(index.bytes.length).toBeLessThan(raw / 4);
  });

  it('gives no letter for an empty chunk', () => {
    expect(lettersWithAll(buildTextIndex([]), ['a'])).toEqual([]);
    expect(lettersWithAll(buildTextIndex([{ letter_id: 'x', text: '' }]), ['a'])).toEqual([]);
  });
});

describe('whole-letter search over IndexedDB', () => {
  it('reads the texts of chunks kept before their words were (schema 5), with the same answer', async () => {
    const name = `index-${Math.random()}`;
    const opened = await openDexieStore({ name });
    if (!opened.ok) throw new Error(opened.error.message);
    const store = opened.value;
    const put = await store.putMany([], texts);
    expect(put.ok).toBe(true);
    const search = async (terms: string[]) => {
      const result = await searchKeptTexts(store, terms);
      if (!result.ok) throw new Error(result.error.message);
      return result.value.sort();
    };
    const terms = ['adhesive', 'capsulitis'];
    expect(await search(terms)).toEqual(plainly(terms).sort());
    // Drop the words of the first chunk, as a library kept before version 6 has none.
    const raw = new Dexie(name);
    await raw.open();
    const [first] = await raw.table('textIndex').toCollection().primaryKeys();
    await raw.table('textIndex').delete(first!);
    raw.close();
    for (const query of [terms, ['utilization'], ['état']]) expect(await search(query)).toEqual(plainly(query).sort());
  });
});
