// Which of the three layouts a cleaned text is, or why it is none of them.

import type { Layout, LetterError } from '../domain/letter';
import { LAYOUT_MARKERS, LAYOUT_THRESHOLD } from './data/layout-markers';
import { NON_LETTER_KINDS, NOT_A_LETTER_MESSAGE } from './data/non-letters';
import { alternationSource, phraseKey } from './text/regex';

// Fixed order for ties: the more specific layouts first.
const ORDER: readonly Layout[] = ['notice-2013', 'professional-review', 'final-determination'];

// All markers in one case-insensitive alternation: a single pass over the
// text finds every marker present (they never overlap, see the data file).
const MARKER_BY_KEY = new Map<string, { layout: Layout; weight: number }>();
for (const layout of ORDER) {
  for (const { phrase, weight } of LAYOUT_MARKERS[layout]) MARKER_BY_KEY.set(phraseKey(phrase), { layout, weight });
}
const ANY_MARKER = new RegExp(alternationSource([...MARKER_BY_KEY.keys()]), 'gi');

const NON_LETTERS = NON_LETTER_KINDS.map(({ title, message }) => ({ re: new RegExp(title, 'i'), message }));

export type LayoutDetection = { ok: true; layout: Layout } | { ok: false; error: LetterError };

export function layoutScores(text: string): Record<Layout, number> {
  const scores: Record<Layout, number> = { 'final-determination': 0, 'notice-2013': 0, 'professional-review': 0 };
  const seen = new Set<string>();
  ANY_MARKER.lastIndex = 0;
  for (const m of text.matchAll(ANY_MARKER)) {
    const key = phraseKey(m[0]);
    const marker = MARKER_BY_KEY.get(key);
    if (marker === undefined || seen.has(key)) continue;
    seen.add(key);
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
