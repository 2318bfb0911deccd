// Where each decision's item line and rationale stand in the letter's kept
// text, so the letter view can mark them. The record holds them as the parser
// cleaned them (page headers and numbers dropped, words broken across lines
// joined, white space collapsed), so they are looked for in a folded copy of
// the text: letters and digits only, lower-cased, each character remembering
// where it stood. A rationale that a page break interrupts is found by its
// opening and its close.
import type { Decision } from '../domain/letter';

export interface Span {
  start: number;
  end: number;
}

export interface DecisionPassages {
  item: Span | null;
  rationale: Span | null;
}

/** Letters and digits, lower-cased and with compatibility forms unfolded ("ﬁ" -> "fi"). */
const WORD_CHAR = /[\p{L}\p{N}]/u;

interface Folded {
  text: string;
  /** For each character of `text`, where it starts in the original, and one past the end of the last. */
  at: number[];
}

function fold(raw: string): Folded {
  let text = '';
  const at: number[] = [];
  for (let i = 0; i < raw.length; ) {
    const code = raw.codePointAt(i) ?? 0;
    const char = String.fromCodePoint(code);
    const width = char.length;
    if (WORD_CHAR.test(char)) {
      const plain = (code < 0x80 ? char : char.normalize('NFKC')).toLowerCase();
      for (const part of plain) {
        if (!WORD_CHAR.test(part)) continue;
        text += part;
        at.push(i);
      }
    }
    i += width;
  }
  at.push(raw.length);
  return { text, at };
}

const foldedOnly = (raw: string): string => fold(raw).text;

// How much of a rationale's opening and close is matched: enough to be unique
// in a letter, short enough that a page header rarely falls inside.
const EDGE = 60;
const SHORTER_EDGES = [EDGE, 30, 15];

/** Where `needle` (folded) first stands in `hay` at or after `from`, as a span of the original text. */
function findFolded(hay: Folded, needle: string, from: number): { foldedStart: number; foldedEnd: number } | null {
  if (needle === '') return null;
  const at = hay.text.indexOf(needle, from);
  return at < 0 ? null : { foldedStart: at, foldedEnd: at + needle.length };
}

function toSpan(hay: Folded, foldedStart: number, foldedEnd: number, raw: string): Span {
  const start = hay.at[foldedStart] ?? 0;
  // The end is just past the last matched character (a surrogate pair counts whole).
  const lastAt = hay.at[foldedEnd - 1] ?? start;
  const last = raw.codePointAt(lastAt) ?? 0;
  return { start, end: lastAt + (last > 0xffff ? 2 : 1) };
}

interface Found {
  span: Span;
  foldedStart: number;
  foldedEnd: number;
}

function found(hay: Folded, raw: string, foldedStart: number, foldedEnd: number): Found {
  return { span: toSpan(hay, foldedStart, foldedEnd, raw), foldedStart, foldedEnd };
}

/** The rationale's span: its opening after `from`, then its close after the opening. */
function findRationale(hay: Folded, raw: string, rationale: string, from: number): Found | null {
  const needle = foldedOnly(rationale);
  if (needle === '') return null;
  const whole = findFolded(hay, needle, from);
  if (whole !== null) return found(hay, raw, whole.foldedStart, whole.foldedEnd);
  for (const edge of SHORTER_EDGES) {
    if (needle.length <= edge) continue;
    const opening = findFolded(hay, needle.slice(0, edge), from);
    if (opening === null) continue;
    const close = findFolded(hay, needle.slice(-edge), opening.foldedEnd);
    // A close further away than the rationale is long, plus room for page furniture, belongs to something else.
    if (close === null || close.foldedEnd - opening.foldedStart > needle.length * 1.5 + 400) continue;
    return found(hay, raw, opening.foldedStart, close.foldedEnd);
  }
  return null;
}

/** The item's line: its last occurrence before its rationale (letters list items at the top too), else its first after `from`. */
function findItem(hay: Folded, raw: string, item: string, from: number, before: number | null): Found | null {
  const needle = foldedOnly(item);
  if (needle === '') return null;
  if (before !== null) {
    const at = hay.text.lastIndexOf(needle, before - needle.length);
    if (at >= from) return found(hay, raw, at, at + needle.length);
  }
  const after = findFolded(hay, needle, from);
  return after === null ? null : found(hay, raw, after.foldedStart, after.foldedEnd);
}

// Closing punctuation a passage ends with in the record ("... is advised.") is marked with it.
const CLOSING = /^[.,;:!?)\]"'\u201d\u2019]+/;

function withClosing(raw: string, span: Span | null, source: string): Span | null {
  if (span === null || !CLOSING.test(source.slice(-1))) return span;
  const tail = CLOSING.exec(raw.slice(span.end, span.end + 4))?.[0] ?? '';
  return { start: span.start, end: span.end + tail.length };
}

/**
 * Each decision's item line and rationale in `raw`, in the letter's order:
 * each decision is looked for after the one before it. A passage that cannot
 * be found is null (the view then shows the letter without that mark).
 */
export function findPassages(raw: string, decisions: readonly Pick<Decision, 'item' | 'rationale'>[]): DecisionPassages[] {
  const hay = fold(raw);
  let from = 0;
  return decisions.map(({ item, rationale }) => {
    const why = findRationale(hay, raw, rationale, from);
    const what = findItem(hay, raw, item, from, why?.foldedStart ?? null);
    from = Math.max(from, why?.foldedEnd ?? what?.foldedEnd ?? from);
    return { item: withClosing(raw, what?.span ?? null, item), rationale: withClosing(raw, why?.span ?? null, rationale) };
  });
}
