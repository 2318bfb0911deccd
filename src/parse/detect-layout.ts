// Which of the three layouts a cleaned text is, or why it is none of them.

import type { Layout, LetterError } from '../domain/letter';
import { LAYOUT_MARKERS, LAYOUT_THRESHOLD } from './data/layout-markers';
import { NON_LETTER_KINDS, NOT_A_LETTER_MESSAGE } from './data/non-letters';
import { phraseKey, trieSource } from './text/regex';

const WHITE_SPACE = /\s+/g;

function markerKey(text: string): string {
  return text.toLowerCase().replace(WHITE_SPACE, '');
}

// Fixed order for ties: the more specific layouts first.
const ORDER: readonly Layout[] = ['notice-2013', 'professional-review', 'final-determination'];

// All markers in one case-insensitive regex, written as a trie: a single pass
// over the text finds every marker present (they never overlap, see the data
// file), and each position costs one branch per letter, not one per marker.
// A marker's words may be run together, as extraction does in real files, so
// markers are keyed without white space.
const MARKER_BY_KEY = new Map<string, { layout: Layout; weight: number }>();
for (const layout of ORDER) {
  for (const { phrase, weight } of LAYOUT_MARKERS[layout]) MARKER_BY_KEY.set(markerKey(phrase), { layout, weight });
}
const MARKERS_SOURCE = trieSource(
  ORDER.flatMap((layout) => LAYOUT_MARKERS[layout].map((m) => phraseKey(m.phrase))),
  true,
  'any',
);
const ANY_MARKER = new RegExp(MARKERS_SOURCE, 'gi');
// The same search in lower-cased text, which spares the regex its case-blind
// comparisons. Lower-casing keeps every position and every match when no
// character turns into two ("\u0130") or into a Latin letter (the Kelvin sign);
// other non-ASCII characters match no marker either way.
const ANY_MARKER_LOWER = new RegExp(MARKERS_SOURCE, 'g');
const KELVIN = '\u212A';

const NON_LETTERS = NON_LETTER_KINDS.map(({ title, message }) => ({ re: new RegExp(title, 'i'), message }));

export type LayoutDetection = { ok: true; layout: Layout } | { ok: false; error: LetterError };

export function layoutScores(text: string): Record<Layout, number> {
  const scores: Record<Layout, number> = { 'final-determination': 0, 'notice-2013': 0, 'professional-review': 0 };
  const seen = new Set<object>();
  const lower = text.toLowerCase();
  const exact = lower.length === text.length && !text.includes(KELVIN);
  const haystack = exact ? lower : text;
  const re = exact ? ANY_MARKER_LOWER : ANY_MARKER;
  re.lastIndex = 0;
  for (let m = re.exec(haystack); m !== null; m = re.exec(haystack)) {
    const marker = MARKER_BY_KEY.get(markerKey(m[0]));
    if (marker === undefined || seen.has(marker)) continue;
    seen.add(marker);
    scores[marker.layout] += marker.weight;
  }
  return scores;
}

function notALetter(text: string): LetterError {
  let best: { at: number; message: string } | null = null;
  for (const { re, message } of NON_LETTERS) {
    const m = re.exec(text);
    if (m !== null && (best === null || m.index < best.at)) best = { at: m.index, message };
  }
  return { code: 'not-a-letter', message: best?.message ?? NOT_A_LETTER_MESSAGE };
}

export function detectLayout(text: string): LayoutDetection {
  const scores = layoutScores(text);
  let best: Layout | null = null;
  for (const layout of ORDER) {
    if (scores[layout] >= LAYOUT_THRESHOLD && (best === null || scores[layout] > scores[best])) best = layout;
  }
  return best === null ? { ok: false, error: notALetter(text) } : { ok: true, layout: best };
}
