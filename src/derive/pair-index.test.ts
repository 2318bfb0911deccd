import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasRow, PairIndex } from './pair-index';

// Letters and digits from both ends of their ranges, and characters the index does not know.
const chars = fc.constantFrom('a', 'b', 'd', 'z', '0', '1', '9', ' ', '-', '’', 'é', '\n');
const text = fc.array(chars, { maxLength: 14 }).map((c) => c.join(''));
const term = fc.array(chars, { minLength: 1, maxLength: 4 }).map((c) => c.join(''));
const known = (s: string) => /^[a-z0-9]+$/.test(s);

function rowsOf(bits: Uint32Array, count: number): number[] {
  return Array.from({ length: count }, (_, i) => i).filter((i) => hasRow(bits, i));
}

describe('PairIndex', () => {
  it('never leaves out a row holding the term, and is the answer itself for one or two letters or digits', () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 70 }), term, (texts, t) => {
        const index = new PairIndex(texts.length);
        texts.forEach((x, i) => index.add(i, x));
        const holding = texts.flatMap((x, i) => (x.includes(t) ? [i] : []));
        const found = index.candidates(t);
        if (!/[a-z0-9]/.test(t)) {
          expect(found).toBeNull();
          return;
        }
        expect(found).not.toBeNull();
        const rows = rowsOf(found!.bits, texts.length);
        expect(rows).toEqual(expect.arrayContaining(holding));
        expect(found!.exact).toBe(t.length <= 2 && known(t));
        if (found!.exact) expect(rows).toEqual(holding);
      }),
      { numRuns: 2_000 },
    );
  });

  it('gives a row holding a word\'s pairs apart as a candidate, not as an answer', () => {
    const index = new PairIndex(3);
    ['ab bc', 'abc', 'a-bc'].forEach((x, i) => index.add(i, x));
    const abc = index.candidates('abc');
    expect(abc?.exact).toBe(false);
    expect(rowsOf(abc!.bits, 3)).toEqual([0, 1]);
    expect(rowsOf(index.candidates('ab')!.bits, 3)).toEqual([0, 1]);
    expect(rowsOf(index.candidates('b-')!.bits, 3)).toEqual([0, 1, 2]);
  });
});
