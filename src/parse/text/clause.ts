// The clause a position sits in, read backwards: what a negation ("not
// medically necessary") or a ceiling word ("a maximum of 120 mg MED") must
// share a clause with to count. Each reader says what ends a clause for it.
import { matchesIn } from './regex';

// Clauses worth reading are short; looking further back only finds words of an earlier one.
const LOOK_BACK = 60;

/**
 * The text from the start of the clause containing `index` up to `index`:
 * after the last match of `boundaries` (a global regex) in the 60 characters
 * before it.
 */
export function clauseBefore(text: string, index: number, boundaries: RegExp): string {
  const window = text.slice(Math.max(0, index - LOOK_BACK), index);
  let start = 0;
  for (const m of matchesIn(boundaries, window)) start = m.index + m[0].length;
  return window.slice(start);
}
