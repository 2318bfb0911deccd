// Splitting "Physical Medicine and Rehabilitation, Pain Medicine" into
// canonical specialty names. Known names (with their variants) are matched
// whole first, so an "and" inside a name does not split it; anything else is
// cut at commas / "and" and kept as written, in title case. A profession
// listed as a specialty ("Certification(s)/Specialty: Chiropractor") is the
// specialty it stands for, and a name one or two letters from a known one
// ("Sports Medicinea") is that one (spec).

import { PROFESSION_SPECIALTIES, SPECIALTY_VARIANTS } from '../data/specialties';
import { collapseSpace, phraseKey, trieSource, trimEndChars } from '../text/regex';

const CANONICAL_BY_KEY = new Map<string, string>();
for (const [canonical, variants] of Object.entries(SPECIALTY_VARIANTS)) {
  CANONICAL_BY_KEY.set(phraseKey(canonical), canonical);
  for (const variant of variants) CANONICAL_BY_KEY.set(phraseKey(variant), canonical);
}
for (const [profession, specialty] of Object.entries(PROFESSION_SPECIALTIES)) {
  CANONICAL_BY_KEY.set(phraseKey(profession), specialty);
}
const KNOWN_KEYS = [...CANONICAL_BY_KEY.keys()];
// Shorter names are too close to each other for a near match to be safe
// ("Urology" / "Neurology" are two letters apart).
const NEAR_MATCH_MIN_LENGTH = 10;
const NEAR_MATCH_MAX_EDITS = 2;

const KNOWN = new RegExp(`(?:${trieSource([...CANONICAL_BY_KEY.keys()], true)})(?![A-Za-z])`, 'iy');
const SEPARATOR = /(?:[\s,;/&]|\band\b|\bas well as\b)+/y;
// An unknown name keeps an "&" inside it ("Undersea & Hyperbaric Medicine"):
// the letters join names with commas, and "&" within them.
const UNKNOWN = /[A-Za-z][A-Za-z'()-]*(?: (?!and\b)(?:&|[A-Za-z'()-]+))*/y;
const AMPERSAND_THEN_KNOWN = / & /g;
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
  const key = phraseKey(name);
  return CANONICAL_BY_KEY.get(key) ?? nearestKnown(key) ?? titleCase(name);
}

/** The known name at most two letters away from `key`, if exactly one is. */
function nearestKnown(key: string): string | undefined {
  if (key.length < NEAR_MATCH_MIN_LENGTH) return undefined;
  let found: string | undefined;
  for (const known of KNOWN_KEYS) {
    if (Math.abs(known.length - key.length) > NEAR_MATCH_MAX_EDITS) continue;
    if (editDistance(key, known, NEAR_MATCH_MAX_EDITS) > NEAR_MATCH_MAX_EDITS) continue;
    const canonical = CANONICAL_BY_KEY.get(known);
    if (found !== undefined && found !== canonical) return undefined;
    found = canonical;
  }
  return found;
}

/** Levenshtein distance, or `limit + 1` once it is sure to exceed `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      current.push(value);
      if (value < best) best = value;
    }
    if (best > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length] ?? limit + 1;
}

/** "Public Health & Pain Medicine": an unknown name does not swallow a known one after its "&". */
function beforeKnownAfterAmpersand(piece: string): string {
  AMPERSAND_THEN_KNOWN.lastIndex = 0;
  for (let m = AMPERSAND_THEN_KNOWN.exec(piece); m !== null; m = AMPERSAND_THEN_KNOWN.exec(piece)) {
    KNOWN.lastIndex = 0;
    const rest = piece.slice(m.index + m[0].length);
    const known = KNOWN.exec(rest);
    if (known !== null && known[0].length === rest.length) return piece.slice(0, m.index);
  }
  return piece;
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
    const whole = trimEndChars(unknown[0], '()');
    const piece = beforeKnownAfterAmpersand(whole);
    if (piece.split(' ').length > MAX_UNKNOWN_WORDS) break;
    names.push(canonicalSpecialty(piece));
    pos = piece === whole ? UNKNOWN.lastIndex : pos + piece.length;
  }
  return names;
}
