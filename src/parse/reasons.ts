// Reason tags read from a decision's rationale: which of the phrases in
// data/reasons.ts it holds, for its outcome. Pure and cheap: a few dozen
// regular expressions over a paragraph, run once per decision when a letter
// is read, and again on the page only to mark the phrases of one open row.
import { REASON_TAGS, type Category, type Outcome, type ReasonTag } from '../domain/letter';
import { PHRASE_TAILS, REASON_PHRASES } from './data/reasons';
import { matchesIn } from './text/regex';

/** One phrase a reason was read from: [start, end) in the rationale. */
export interface ReasonSpan {
  tag: ReasonTag;
  start: number;
  end: number;
}

// A space in a phrase matches any run of whitespace: rationales wrap where the letter's lines did.
const loose = (phrase: RegExp, flags: string) => new RegExp(phrase.source.replace(/ /g, String.raw`\s+`), flags);
const RULES = REASON_PHRASES.map((rule) => ({
  ...rule,
  phrases: rule.phrases.map((phrase) => {
    const tail = PHRASE_TAILS.get(phrase);
    return { pattern: loose(phrase, `${phrase.flags.replace('g', '')}g`), tail: tail === undefined ? null : loose(tail, tail.flags) };
  }),
}));

const WORD = /[\p{L}\p{N}]/u;

const applies = (rule: (typeof RULES)[number], outcome: Outcome, category: Category) =>
  rule.outcome === outcome && (rule.only === undefined || rule.only.includes(category)) && !(rule.except ?? []).includes(category);

const QUOTE = /"[^"]*"|“[^”]*”/g;

/** [start, end) of each stretch in quotation marks: the guideline's own words, never a reason. */
function quoted(rationale: string): [number, number][] {
  return matchesIn(QUOTE, rationale).map((m) => [m.index, m.index + m[0].length]);
}

/**
 * The phrases of every reason the rationale gives for the decision's outcome,
 * in order of position: all of them, or (`firstOnly`) the first of each reason.
 */
function spansOf(rationale: string, outcome: Outcome, category: Category, firstOnly: boolean): ReasonSpan[] {
  let quotes: [number, number][] | null = null;
  const inQuote = (at: number) => (quotes ??= quoted(rationale)).some(([start, end]) => at >= start && at < end);
  const spans: ReasonSpan[] = [];
  for (const rule of RULES) {
    if (!applies(rule, outcome, category) || (rule.gate !== undefined && !rule.gate.test(rationale))) continue;
    phrases: for (const { pattern, tail } of rule.phrases) {
      if (tail !== null && !tail.test(rationale)) continue;
      // matchesIn, not matchAll, which copies the pattern on every call: once per
      // phrase per decision of every letter read (readReasons over 3,551
      // rationales, alternated in one process: 348 -> 292 ms).
      for (const m of matchesIn(pattern, rationale)) {
        if (m[0].length === 0 || inQuote(m.index)) continue;
        // A phrase ends at a word's end: "wean" marks "weaning" whole, never half a word.
        let end = m.index + m[0].length;
        while (end < rationale.length && WORD.test(rationale[end] as string)) end++;
        spans.push({ tag: rule.tag, start: m.index, end });
        if (firstOnly) break phrases;
      }
    }
  }
  return spans.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Every phrase of every reason the rationale gives for the decision's outcome, in order of position. */
export function reasonSpans(rationale: string, outcome: Outcome, category: Category): ReasonSpan[] {
  return spansOf(rationale, outcome, category, false);
}

/** The reasons the rationale gives for the decision's outcome, in REASON_TAGS order. */
export function readReasons(rationale: string, outcome: Outcome, category: Category): ReasonTag[] {
  const found = new Set(spansOf(rationale, outcome, category, true).map((span) => span.tag));
  return REASON_TAGS.filter((tag) => found.has(tag));
}
