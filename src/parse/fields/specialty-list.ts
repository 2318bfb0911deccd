// Splitting "Physical Medicine and Rehabilitation, Pain Medicine" into
// canonical specialty names. Known names (with their variants) are matched
// whole first, so an "and" inside a name does not split it; anything else is
// cut at commas / "and" and kept as written, in title case.

import { SPECIALTY_VARIANTS } from '../data/specialties';
import { collapseSpace, phraseKey, trieSource, trimEndChars } from '../text/regex';

const CANONICAL_BY_KEY = new Map<string, string>();
for (const [canonical, variants] of Object.entries(SPECIALTY_VARIANTS)) {
  CANONICAL_BY_KEY.set(phraseKey(canonical), canonical);
  for (const variant of variants) CANONICAL_BY_KEY.set(phraseKey(variant), canonical);
}

const KNOWN = new RegExp(`(?:${trieSource([...CANONICAL_BY_KEY.keys()], true)})(?![A-Za-z])`, 'iy');
const SEPARATOR = /(?:[\s,;/&]|\band\b|\bas well as\b)+/y;
const UNKNOWN = /[A-Za-z][A-Za-z'()-]*(?: (?!and\b)[A-Za-z'()-]+)*/y;
const MAX_UNKNOWN_WORDS = 5;
const SMALL_WORDS = new Set(['and', 'of', 'the', 'in', 'for', 'or', 'to']);

/** Title case as the spec asks for names it does not list; acronyms stay. */
export function titleCase(name: string): string {
  return collapseSpace(name)
    .split(' ')
    .map((word, i) => {
      if (i > 0 && SMALL_WORDS.has(word.toLowerCase())) return word.toLowerCase();
      // Short capitals are acronyms ("ENT"); longer ones are a shouted name.
      if (word.length > 1 && (word.length <= 3 || /[^A-Za-z]/.test(word)) && word === word.toUpperCase()) return word;
      return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
    })
    .join(' ');
}

export function canonicalSpecialty(name: string): string {
  return CANONICAL_BY_KEY.get(phraseKey(name)) ?? titleCase(name);
}

/**
 * Specialty names in `text`, in order. Stops at the first piece that does not
 * look like a name (too long, or not starting with a letter), so trailing
 * prose is not taken for a specialty.
 */
export function splitSpecialties(text: string): string[] {
  text = collapseSpace(text);
  const names: string[] = [];
  let pos = 0;
  while (pos < text.length) {
    SEPARATOR.lastIndex = pos;
    if (SEPARATOR.exec(text) !== null) pos = SEPARATOR.lastIndex;
    if (pos >= text.length) break;
    KNOWN.lastIndex = pos;
    const known = KNOWN.exec(text);
    if (known !== null) {
      names.push(canonicalSpecialty(known[0]));
      pos = KNOWN.lastIndex;
      continue;
    }
    UNKNOWN.lastIndex = pos;
    const unknown = UNKNOWN.exec(text);
    if (unknown === null) break;
    const piece = trimEndChars(unknown[0], '()');
    if (piece.split(' ').length > MAX_UNKNOWN_WORDS) break;
    names.push(canonicalSpecialty(piece));
    pos = UNKNOWN.lastIndex;
  }
  return names;
}
