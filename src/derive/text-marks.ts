// Where the search box's words occur in a text, to mark them: in the table's
// Item cells, in a row's rationale, and in the letter view (which also marks
// the open decision's item line and rationale), with the phrases its reasons
// were read from. Pure: text in, pieces out; the components render each
// marked piece as a <mark>.
import type { DecisionPassages, Span } from './letter-passages';
import { searchTerms } from './search-index';

export interface MarkedRun {
  text: string;
  /** A search word (or several overlapping ones). */
  term: boolean;
  /** Part of the phrase a reason was read from: the reason. */
  reason: string | null;
}

/** A stretch of text a reason was read from. */
export interface ReasonSpan extends Span {
  tag: string;
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

/** `text[from, to)` cut wherever a search word or a reason's phrase starts or ends. */
function runs(text: string, spans: readonly Span[], from: number, to: number, reasons: readonly ReasonSpan[] = []): MarkedRun[] {
  const cuts = new Set([from, to]);
  for (const span of [...spans, ...reasons]) {
    if (span.start > from && span.start < to) cuts.add(span.start);
    if (span.end > from && span.end < to) cuts.add(span.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: MarkedRun[] = [];
  for (let k = 0; k + 1 < points.length; k++) {
    const start = points[k] as number;
    const end = points[k + 1] as number;
    const term = spans.some((span) => span.start <= start && span.end >= end);
    const reason = reasons.find((span) => span.start <= start && span.end >= end)?.tag ?? null;
    const last = out[out.length - 1];
    // Neighbouring runs marked alike are one run: one <mark> per phrase, not one per cut.
    if (last !== undefined && last.term === term && last.reason === reason) last.text += text.slice(start, end);
    else out.push({ text: text.slice(start, end), term, reason });
  }
  return out;
}

/** The text cut into plain runs, runs that are search words, and runs a reason was read from. */
export function markTerms(text: string, search: string, reasons: readonly ReasonSpan[] = []): MarkedRun[] {
  return runs(text, termSpans(text, search), 0, text.length, reasons);
}

/**
 * Where each reason phrase (read from a decision's rationale) stands in a
 * text holding that rationale, looked for inside `within` only; spaces in a
 * phrase match any whitespace, since a letter wraps where the record does not.
 */
export function locatePhrases(text: string, within: Span | null, phrases: readonly { tag: string; phrase: string }[]): ReasonSpan[] {
  if (within === null) return [];
  const region = text.slice(within.start, within.end);
  const found: ReasonSpan[] = [];
  for (const { tag, phrase } of phrases) {
    const words = phrase.trim().split(/\s+/).map(escape);
    if (words.length === 0 || words[0] === '') continue;
    const m = new RegExp(words.join('\\s+'), 'u').exec(region);
    if (m !== null) found.push({ tag, start: within.start + m.index, end: within.start + m.index + m[0].length });
  }
  return found.sort((a, b) => a.start - b.start);
}

export interface LetterPiece {
  /** The open decision's item line or rationale, or neither. */
  passage: 'item' | 'rationale' | null;
  runs: MarkedRun[];
}

/** The whole letter in pieces: the open decision's passages apart, search words marked throughout. */
export function markLetter(text: string, passages: DecisionPassages, search: string, reasons: readonly ReasonSpan[] = []): LetterPiece[] {
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
    if (start > at) pieces.push({ passage: null, runs: runs(text, spans, at, start, reasons) });
    pieces.push({ passage: cut.passage, runs: runs(text, spans, start, cut.end, reasons) });
    at = cut.end;
  }
  if (at < text.length) pieces.push({ passage: null, runs: runs(text, spans, at, text.length, reasons) });
  return pieces;
}
