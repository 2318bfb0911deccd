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
import { cleanedGuidelineSource, parseCleanedGuideline } from '../fields/guideline';
import { joinLines, matchesIn } from '../text/regex';
import { TextSearch } from '../text/spans';
import { cleanItem } from './item-text';
import type { LayoutDecision, LayoutParse } from './types';

const HOW_MADE = /HOW\s+THE\s+IMR\s+FINAL\s+DETERMINATION\s+WAS\s+MADE/gi;
const CASE_SUMMARY = /CLINICAL\s+CASE\s+SUMMARY/gi;
const ISSUES = /IMR\s+ISSUES\s*,?\s+DECISIONS\s+AND\s+RATIONALES/gi;
const INTRO =
  /The\s+Final\s+Determination\s+was\s+based\s+on\s+decisions?\s+for\s+the\s+disputed\s+items?\s*(?:\/\s*services?\s+)?set\s+forth\s+below\s*:?/gi;
// The outcome is recognised only where a decision block follows it, so an
// "upheld" in a rationale is never taken for one.
const OUTCOME =
  /:\s*(Upheld|Overturned)\b[\s.]*(?=(?:Claims\s+Administrator\s+guideline|MAXIMUS\s+guideline|Decision\s+rationale)\s*:)/gi;
const CLAIMS_GUIDELINE = /Claims\s+Administrator\s+guideline\s*:\s*/gi;
const MAXIMUS_GUIDELINE = /MAXIMUS\s+guideline\s*:\s*/gi;
const RATIONALE = /Decision\s+rationale\s*:\s*/gi;
const BLOCK_LABELS = [CLAIMS_GUIDELINE, MAXIMUS_GUIDELINE, RATIONALE];
const REVIEWER_STOPS = [CASE_SUMMARY, ISSUES, INTRO];

// The spec says an item wraps over at most two lines; one more for safety.
const MAX_ITEM_LINES = 3;
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
  if (lines.length === 1) {
    const line = lines[0] ?? '';
    let cut = -1;
    LAST_SENTENCE_END.lastIndex = 0;
    for (const m of matchesIn(LAST_SENTENCE_END, line)) cut = m.index + m[0].length;
    if (cut < 0) return { rationaleLines: [line], item: '' };
    return { rationaleLines: [line.slice(0, cut)], item: line.slice(cut) };
  }
  let first = lines.length - 1;
  while (first > 1 && lines.length - first < MAX_ITEM_LINES) {
    // Only a line's end matters; long lines are not rescanned.
    const before = (lines[first - 1] ?? '').slice(-LINE_END);
    if (ENDS_SENTENCE.test(before) || ENDS_CONCLUSION.test(before)) break;
    first -= 1;
  }
  return { rationaleLines: lines.slice(0, first), item: lines.slice(first).join(' ') };
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
    decisions.push({
      item: cleanItem(item),
      outcome: marker.outcome,
      guideline: parseCleanedGuideline(maximus),
      claims_admin_guideline: { source: cleanedGuidelineSource(claims) },
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
