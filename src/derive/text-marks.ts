// Where the search box's words occur in a text, to mark them: in the table's
// Item cells, in a row's rationale, and in the letter view (which also marks
// the open decision's item line and rationale). Pure: text in, pieces out;
// the components render each marked piece as a <mark>.
import type { DecisionPassages, Span } from './letter-passages';
import { searchTerms } from './search-index';

export interface MarkedRun {
  text: string;
  /** A search word (or several overlapping ones). */
  term: boolean;
}

function escape(term: string): string {
  return term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Where the words of `search` occur in `text`, any case, overlapping ones merged. */
export function termSpans(text: string, search: string): Span[] {
  const terms = searchTerms(search);
  if (terms.length === 0 || text === '') return [];
  // Each word on its own: one word's occurrence may overlap another's.
  const found: Span[] = [];
  for (const term of terms) {
    for (const m of text.matchAll(new RegExp(escape(term), 'giu'))) found.push({ start: m.index, end: m.index + m[0].length });
  }
  found.sort((a, b) => a.start - b.start);
  const spans: Span[] = [];
  for (const span of found) {
    const last = spans[spans.length - 1];
    if (last !== undefined && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else spans.push({ ...span });
  }
  return spans;
}

/** `text[from, to)` cut at the search words. */
function runs(text: string, spans: readonly Span[], from: number, to: number): MarkedRun[] {
  const out: MarkedRun[] = [];
  let at = from;
  for (const span of spans) {
    if (span.end <= from || span.start >= to) continue;
    const start = Math.max(span.start, from);
    const end = Math.min(span.end, to);
    if (start > at) out.push({ text: text.slice(at, start), term: false });
    out.push({ text: text.slice(start, end), term: true });
    at = end;
  }
  if (at < to) out.push({ text: text.slice(at, to), term: false });
  return out;
}

/** The text cut into plain runs and runs that are search words. */
export function markTerms(text: string, search: string): MarkedRun[] {
  return runs(text, termSpans(text, search), 0, text.length);
}

export interface LetterPiece {
  /** The open decision's item line or rationale, or neither. */
  passage: 'item' | 'rationale' | null;
  runs: MarkedRun[];
}

/** The whole letter in pieces: the open decision's passages apart, search words marked throughout. */
export function markLetter(text: string, passages: DecisionPassages, search: string): LetterPiece[] {
  const spans = termSpans(text, search);
  const cuts = (
    [
      ['item', passages.item],
      ['rationale', passages.rationale],
    ] as const
  )
    .flatMap(([passage, span]) => (span === null ? [] : [{ passage, ...span }]))
    .sort((a, b) => a.start - b.start);
  const pieces: LetterPiece[] = [];
  let at = 0;
  for (const cut of cuts) {
    // Passages do not overlap; should one start inside the other, it starts where that one ends.
    const start = Math.max(cut.start, at);
    if (start >= cut.end) continue;
    if (start > at) pieces.push({ passage: null, runs: runs(text, spans, at, start) });
    pieces.push({ passage: cut.passage, runs: runs(text, spans, start, cut.end) });
    at = cut.end;
  }
  if (at < text.length) pieces.push({ passage: null, runs: runs(text, spans, at, text.length) });
  return pieces;
}
