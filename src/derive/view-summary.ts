// The "Showing X of Y decisions from Z letters" line and the letters behind a
// set of rows (what Export JSON writes).
import type { LetterRecord } from '../domain/letter';
import type { DecisionRow } from './rows';

/** Each row's letter once, in the order the rows first mention it. */
export function lettersOfRows(rows: Iterable<DecisionRow>): LetterRecord[] {
  const seen = new Set<LetterRecord>();
  const out: LetterRecord[] = [];
  for (const row of rows) {
    if (!seen.has(row.letter)) {
      seen.add(row.letter);
      out.push(row.letter);
    }
  }
  return out;
}

/** Rows numbered by letter (LetterIndex): each row's letter's number, 0 to count - 1. */
export interface LetterNumbers {
  readonly of: Int32Array;
  readonly count: number;
}

/**
 * Each row's letter as a small integer, built once per set of rows: counting
 * the letters behind a filter is then a pass over the mask, not a Set of letters.
 */
export class LetterIndex implements LetterNumbers {
  readonly of: Int32Array;
  readonly count: number;

  /**
   * With `oneRunEach` the caller promises each letter's rows are one run (as
   * toRows makes them): runs are then numbered as they come, without a map
   * of letters, which took 125-180 ms of a reload's first render at 185,414
   * letters (Node). Otherwise a letter's rows may be anywhere.
   */
  constructor(rows: readonly DecisionRow[], oneRunEach = false) {
    this.of = new Int32Array(rows.length);
    const ids = oneRunEach ? null : new Map<LetterRecord, number>();
    let last: LetterRecord | null = null;
    let lastId = -1;
    let count = 0;
    for (let i = 0; i < rows.length; i++) {
      const letter = (rows[i] as DecisionRow).letter;
      // A letter's rows sit together: look it up once per run.
      if (letter !== last) {
        let id = ids?.get(letter);
        if (id === undefined) {
          id = count++;
          ids?.set(letter, id);
        }
        last = letter;
        lastId = id;
      }
      this.of[i] = lastId;
    }
    this.count = count;
  }

  /** How many letters the rows at the 1s of `mask` come from, without building that subset. */
  countMasked(mask: Uint8Array): number {
    const { of } = this;
    const seen = new Uint8Array(this.count);
    let count = 0;
    const n = Math.min(of.length, mask.length);
    for (let i = 0; i < n; i++) {
      if (mask[i] !== 1) continue;
      const id = of[i] as number;
      if (seen[id] === 0) {
        seen[id] = 1;
        count++;
      }
    }
    return count;
  }
}

/** How many 1s the mask has: the rows in view. */
export function maskCount(mask: Uint8Array): number {
  let count = 0;
  for (let i = 0; i < mask.length; i++) count += mask[i] as number;
  return count;
}

const number = new Intl.NumberFormat('en-US');
const plural = (n: number, one: string, many: string): string => `${number.format(n)} ${n === 1 ? one : many}`;

/** e.g. "Showing 1,204 of 330,000 decisions from 871 letters". */
export function viewSummary(shown: number, total: number, letters: number): string {
  return `Showing ${number.format(shown)} of ${plural(total, 'decision', 'decisions')} from ${plural(letters, 'letter', 'letters')}`;
}
