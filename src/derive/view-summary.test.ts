import { describe, expect, it } from 'vitest';
import { ROWS } from '../../test/builders/view-rows';
import { countLetters, sortRows } from '../../test/reference/decisions';
import { LetterIndex, lettersOfRows, maskCount, viewSummary } from './view-summary';

describe('viewSummary', () => {
  it.each([
    [9, 9, 6, 'Showing 9 of 9 decisions from 6 letters'],
    [1, 1, 1, 'Showing 1 of 1 decision from 1 letter'],
    [0, 330000, 0, 'Showing 0 of 330,000 decisions from 0 letters'],
    [12345, 330000, 6789, 'Showing 12,345 of 330,000 decisions from 6,789 letters'],
  ])('%i of %i from %i', (shown, total, letters, text) => {
    expect(viewSummary(shown, total, letters)).toBe(text);
  });
});

describe('lettersOfRows', () => {
  it('lists each letter once, in order of first appearance', () => {
    const sorted = sortRows(ROWS, [{ id: 'outcome', desc: false }, { id: 'medication', desc: false }]);
    expect(lettersOfRows(sorted).map((l) => l.letter_id)).toEqual(['a3', 'a5', 'a1', 'a2', 'a4', 'a6']);
    expect(countLetters(sorted)).toBe(6);
  });

  it.each([
    [[], 0],
    [ROWS.slice(0, 2), 1],
    [ROWS.slice(1, 4), 2],
  ])('counts distinct letters (%#)', (rows, n) => {
    expect(countLetters(rows)).toBe(n);
    expect(lettersOfRows(rows)).toHaveLength(n);
  });
});

describe('LetterIndex and maskCount', () => {
  // Every subset of the fixture's rows, in table order and in a sorted order
  // that interleaves letters: the counts must match a count of the subset itself.
  const sorted = sortRows(ROWS, [{ id: 'outcome', desc: false }, { id: 'medication', desc: false }]);
  it.each([
    ['table order', ROWS],
    ['sorted', sorted],
  ])('agree with countLetters on every subset (%s)', (_, rows) => {
    expect(rows.length).toBeLessThan(16);
    const index = new LetterIndex(rows);
    for (let bits = 0; bits < 1 << rows.length; bits++) {
      const mask = new Uint8Array(rows.length);
      for (let i = 0; i < rows.length; i++) mask[i] = (bits >> i) & 1;
      const subset = rows.filter((_, i) => mask[i] === 1);
      expect(index.countMasked(mask)).toBe(countLetters(subset));
      expect(maskCount(mask)).toBe(subset.length);
    }
  });

  it('numbers the letters of rows made by toRows, one run each, without looking them up, to the same counts', () => {
    const byRuns = new LetterIndex(ROWS, true);
    const looked = new LetterIndex(ROWS);
    for (let bits = 0; bits < 1 << ROWS.length; bits += 7) {
      const mask = new Uint8Array(ROWS.length);
      for (let i = 0; i < ROWS.length; i++) mask[i] = (bits >> i) & 1;
      expect(byRuns.countMasked(mask)).toBe(looked.countMasked(mask));
    }
  });

  it('counts a letter once however many of its rows are in view', () => {
    const letters = new Set(ROWS.map((r) => r.letter)).size;
    const index = new LetterIndex(ROWS);
    expect(index.countMasked(new Uint8Array(ROWS.length).fill(1))).toBe(letters);
    expect(index.countMasked(new Uint8Array(ROWS.length))).toBe(0);
  });
});
