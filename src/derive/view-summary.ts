// The "Showing X of Y decisions from Z letters" line and the letters behind a
// set of rows (what Export JSON writes).
import type { LetterRecord } from '../domain/letter';
import type { DecisionRow } from './rows';

/** Each row's letter once, in the order the rows first mention it. */
export function lettersOfRows(rows: readonly DecisionRow[]): LetterRecord[] {
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

export function countLetters(rows: readonly DecisionRow[]): number {
  const seen = new Set<LetterRecord>();
  for (const row of rows) seen.add(row.letter);
  return seen.size;
}

const number = new Intl.NumberFormat('en-US');
const plural = (n: number, one: string, many: string): string => `${number.format(n)} ${n === 1 ? one : many}`;

/** e.g. "Showing 1,204 of 330,000 decisions from 871 letters". */
export function viewSummary(shown: number, total: number, letters: number): string {
  return `Showing ${number.format(shown)} of ${plural(total, 'decision', 'decisions')} from ${plural(letters, 'letter', 'letters')}`;
}
