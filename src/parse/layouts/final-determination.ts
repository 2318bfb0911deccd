// Final determination letters (2014 on, the seeds' layout):
//   HOW THE IMR FINAL DETERMINATION WAS MADE   (reviewer credentials)
//   CLINICAL CASE SUMMARY                      (patient, date of injury)
//   IMR ISSUES, DECISIONS AND RATIONALES
//     <item>: Upheld|Overturned
//     Claims Administrator guideline: Decision based on ...
//     MAXIMUS guideline: Decision based on ...
//     Decision rationale: ...
// An item starts right after the previous rationale, so where one ends and
// the next item begins is decided by line breaks (see splitTail).

import type { Outcome } from '../../domain/letter';
import { parseCleanedClaimsGuideline, parseCleanedGuideline } from '../fields/guideline';
import { joinLines, looseSource, matchesIn } from '../text/regex';
import { TextSearch } from '../text/spans';
import { cleanItem } from './item-text';
import { ORIGINAL_REQUESTS, readModifiedRequest } from './modified-request';
import type { LayoutDecision, LayoutParse } from './types';

// Fixed wording is matched loosely (any white space or none between words):
// extraction runs words together in real files.
const loose = (phrase: string, flags = 'gi') => new RegExp(looseSource(phrase), flags);
const HOW_MADE = loose('HOW THE IMR FINAL DETERMINATION WAS MADE');
const CASE_SUMMARY = loose('CLINICAL CASE SUMMARY');
const ISSUES = new RegExp(String.raw`IMR\s*ISSUES\s*,?\s*DECISIONS\s*AND\s*RATIONALES`, 'gi');
const INTRO = new RegExp(
  String.raw`${looseSource('The Final Determination was based on decision')}s?\s*${looseSource('for the disputed item')}s?\s*(?:\/\s*services?\s*)?${looseSource('set forth below')}\s*:?`,
  'gi',
);
const CLAIMS_LABEL = looseSource('Claims Administrator guideline');
const MAXIMUS_LABEL = looseSource('MAXIMUS guideline');
const RATIONALE_LABEL = looseSource('Decision rationale');
// The outcome is recognised only where a decision block follows it, so an
// "upheld" in a rationale is never taken for one. It may stand alone on the
// line after a long item.
const OUTCOME = new RegExp(
  String.raw`:\s*(Upheld|Overturned)(?![a-z])[\s.]*(?=(?:${CLAIMS_LABEL}|${MAXIMUS_LABEL}|${RATIONALE_LABEL})\s*:)`,
  'gi',
);
const CLAIMS_GUIDELINE = new RegExp(String.raw`${CLAIMS_LABEL}\s*:\s*`, 'gi');
const MAXIMUS_GUIDELINE = new RegExp(String.raw`${MAXIMUS_LABEL}\s*:\s*`, 'gi');
const RATIONALE = new RegExp(String.raw`${RATIONALE_LABEL}\s*:\s*`, 'gi');
const BLOCK_LABELS = [CLAIMS_GUIDELINE, MAXIMUS_GUIDELINE, RATIONALE];
const REVIEWER_STOPS = [CASE_SUMMARY, ISSUES, INTRO];

// The spec says an item wraps over at most two lines; one more for safety.
const MAX_ITEM_LINES = 3;
// X of a modified request can itself wrap: "X was the original request" may start this far up.
const MAX_MODIFIED_LINES = 6;
const ENDS_SENTENCE = /[.!?]["')\]]*$/;
// Rationales end on their conclusion; a line ending like this is not an item.
const ENDS_CONCLUSION = /\b(?:necessary|appropriate|indicated|recommended|supported|warranted|certified|reasonable)$/i;
const LINE_END = 40;
const LAST_SENTENCE_END = /[.!?]["')\]]*\s+(?=\S)/g;

function toOutcome(word: string): Outcome {
  return word.toLowerCase() === 'upheld' ? 'Upheld' : 'Overturned';
}

/**
 * Splits the text between "Decision rationale:" and the next outcome into
 * the rationale and the next item. The item is the last line, plus the lines
 * before it while they do not end a sentence (a wrapped item line). Without
 * line breaks (some PDF text layers), the item is what follows the last
 * sentence end.
 */
export function splitTail(tail: string): { rationale: string; item: string } {
  const { rationaleLines, item } = splitTailLines(tail);
  return { rationale: rationaleLines.join('\n'), item };
}

/** splitTail with the rationale's lines not yet joined: the record joins them with spaces. */
function splitTailLines(tail: string): { rationaleLines: string[]; item: string } {
  const lines = tail.split('\n').map((l) => l.trim()).filter((l) => l !== '');
  if (lines.length === 0) return { rationaleLines: [], item: '' };
  // Most tails hold no modified request: one look for its key word spares the per-line search.
  const modified = mayHoldModifiedRequest(tail) ? modifiedItemStart(lines) : null;
  if (modified !== null) {
    const { line, column } = modified;
    const head = (lines[line] ?? '').slice(0, column).trim();
    const rationaleLines = [...lines.slice(0, line), ...(head === '' ? [] : [head])];
    const item = [(lines[line] ?? '').slice(column), ...lines.slice(line + 1)].join(' ').trim();
    return { rationaleLines, item };
  }
  if (lines.length === 1) {
    const line = lines[0] ?? '';
    const cut = lastSentenceEnd(line);
    if (cut < 0) return { rationaleLines: [line], item: '' };
    return { rationaleLines: [line.slice(0, cut)], item: line.slice(cut) };
  }
  const first = itemStart(lines, lines.length - 1, MAX_ITEM_LINES);
  return { rationaleLines: lines.slice(0, first), item: lines.slice(first).join(' ') };
}

/** Just after the last sentence end of `line` that is followed by more text, or -1. */
function lastSentenceEnd(line: string): number {
  let cut = -1;
  LAST_SENTENCE_END.lastIndex = 0;
  for (const m of matchesIn(LAST_SENTENCE_END, line)) cut = m.index + m[0].length;
  return cut;
}

/**
 * The first line of the item whose last line is `last`: the lines before it
 * belong to the item while they do not end a sentence (a wrapped item line).
 */
function itemStart(lines: readonly string[], last: number, maxLines: number): number {
  let first = last;
  while (first > 1 && last - first + 1 < maxLines) {
    // Only a line's end matters; long lines are not rescanned.
    const before = (lines[first - 1] ?? '').slice(-LINE_END);
    if (ENDS_SENTENCE.test(before) || ENDS_CONCLUSION.test(before)) break;
    first -= 1;
  }
  return first;
}

function mayHoldModifiedRequest(text: string): boolean {
  return text.includes('riginal') || text.includes('RIGINAL');
}

/**
 * Where a modified request ("X was the original request. Y was authorized
 * ...") starts, when the tail ends with one: it runs over several sentences
 * and lines, and its wrapped lines can end like a sentence, so the usual
 * item rule would cut it. The rationale may repeat the same sentences; only a
 * start from which the rest reads as one modified request counts.
 */
function modifiedItemStart(lines: readonly string[]): { line: number; column: number } | null {
  // The phrase itself can wrap ("was the original" / "request."): find it in the joined lines.
  const joined = lines.join('\n');
  const lineStarts: number[] = [];
  for (let i = 0, at = 0; i < lines.length; at += (lines[i] ?? '').length + 1, i++) lineStarts.push(at);
  const found: number[] = [];
  ORIGINAL_REQUESTS.lastIndex = 0;
  for (let m = ORIGINAL_REQUESTS.exec(joined); m !== null; m = ORIGINAL_REQUESTS.exec(joined)) found.push(m.index);
  for (let f = found.length - 1; f >= 0; f--) {
    const at = found[f] as number;
    let k = lineStarts.length - 1;
    while (k > 0 && (lineStarts[k] as number) > at) k--;
    const first = itemStart(lines, k, MAX_MODIFIED_LINES);
    // On the first line, X starts after the last sentence end before "was the original request".
    const firstLine = lines[first] ?? '';
    const phraseAt = first === k ? at - (lineStarts[k] as number) : firstLine.length;
    const column = Math.max(0, lastSentenceEnd(firstLine.slice(0, phraseAt)));
    const text = [firstLine.slice(column), ...lines.slice(first + 1)].join(' ');
    if (readModifiedRequest(text) !== null) return { line: first, column };
  }
  return null;
}

interface Marker {
  start: number;
  end: number;
  outcome: Outcome;
}

// The guideline readers collapse white space themselves.
function blockField(block: TextSearch, label: RegExp): string | null {
  return block.textAfter(label, BLOCK_LABELS);
}

export function parseFinalDetermination(text: string): LayoutParse {
  const search = new TextSearch(text);
  const issues = search.find(ISSUES);
  const intro = search.find(INTRO, issues?.end ?? 0) ?? (issues === null ? null : search.find(INTRO));
  const decisionsStart = intro?.end ?? issues?.end ?? 0;
  const howMade = search.find(HOW_MADE);
  const summary = search.find(CASE_SUMMARY);
  const issuesStart = issues?.start ?? intro?.start ?? text.length;

  const reviewerEnd = search.earliestStart(REVIEWER_STOPS, howMade?.end ?? 0, text.length);
  const reviewerText = text.slice(howMade?.end ?? 0, reviewerEnd);
  const summaryText =
    summary !== null && summary.end <= issuesStart ? text.slice(summary.end, issuesStart) : text.slice(0, issuesStart);

  const markers: Marker[] = [];
  OUTCOME.lastIndex = decisionsStart;
  for (let m = OUTCOME.exec(text); m !== null; m = OUTCOME.exec(text)) {
    markers.push({ start: m.index, end: m.index + m[0].length, outcome: toOutcome(m[1] ?? '') });
  }

  const decisions: LayoutDecision[] = [];
  const firstChunk = markers[0] === undefined ? '' : text.slice(decisionsStart, markers[0].start);
  // Without the section heading the chunk may carry text from before the
  // decisions; keep only its trailing item lines.
  let item = intro !== null || issues !== null ? firstChunk : splitTail(firstChunk).item;
  markers.forEach((marker, i) => {
    const next = markers[i + 1];
    // Every search below stays inside this block, so a letter with many
    // decisions costs linear time.
    const block = text.slice(marker.end, next?.start ?? text.length);
    const blockSearch = new TextSearch(block);
    const label = blockSearch.find(RATIONALE);
    const rationaleStart = label?.end ?? null;
    let rationale = '';
    let nextItem = '';
    if (next === undefined) {
      rationale = rationaleStart === null ? '' : joinLines(block.slice(rationaleStart));
    } else {
      const split = splitTailLines(block.slice(rationaleStart ?? 0));
      // The lines are trimmed: joined with spaces, they are joinLines of splitTail's rationale.
      rationale = rationaleStart === null ? '' : split.rationaleLines.join(' ').trim();
      nextItem = split.item;
    }
    const claims = blockField(blockSearch, CLAIMS_GUIDELINE);
    const maximus = blockField(blockSearch, MAXIMUS_GUIDELINE);
    const written = cleanItem(item);
    const modified = readModifiedRequest(written);
    decisions.push({
      item: modified?.item ?? written,
      modified: modified === null ? null : { original_request: modified.original_request, authorized: modified.authorized },
      outcome: marker.outcome,
      guideline: parseCleanedGuideline(maximus),
      claims_admin_guideline: parseCleanedClaimsGuideline(claims),
      rationale,
    });
    item = nextItem;
  });

  return {
    reviewerText,
    summaryText,
    decisions,
    noDecisionsReason:
      issues === null
        ? "This IMR letter has no 'IMR ISSUES, DECISIONS AND RATIONALES' section, so no decisions could be read. The file may be incomplete."
        : "This IMR letter's 'IMR ISSUES, DECISIONS AND RATIONALES' section has no '<item>: Upheld' or '<item>: Overturned' lines. The file may be incomplete.",
  };
}
