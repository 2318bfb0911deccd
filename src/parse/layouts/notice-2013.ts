// 2013 "Notice of Independent Medical Review Determination" letters:
//   cover letter with "Final Determination: UPHOLD" (a summary, never an
//   item's outcome), then numbered determinations
//     1) MAXIMUS Federal Services, Inc. has determined the request for <item>
//        is (not) medically necessary and appropriate.
//   "Medical Qualifications of the Expert Reviewer:", "Expert Reviewer Case
//   Summary:", "Documents Reviewed for Determination:", and per item
//     1) Regarding the request for <item>:
//        Medical Treatment Guideline(s) Relied Upon by the Claims Administrator:
//        Medical Treatment Guideline(s) Relied Upon by the Expert Reviewer:
//        Rationale Used by the Expert Reviewer:

import type { Guideline } from '../../domain/letter';
import { parseCleanedClaimsGuideline, parseCleanedGuideline } from '../fields/guideline';
import { outcomeFromText } from '../fields/outcome';
import { joinLines, loosen, matchesIn } from '../text/regex';
import { TextSearch } from '../text/spans';
import { cleanItem } from './item-text';
import type { LayoutDecision, LayoutParse } from './types';

// The item number ("1)") is read from just before the match (NUMBER_BEFORE):
// a regex starting with an optional group cannot skip ahead to "MAXIMUS".
const DETERMINATION =
  loosen(/MAXIMUS\s+Federal\s+Services\s*,?\s*(?:Inc\s*\.?\s*,?\s*)?has\s+determined\s+(?:that\s+)?the\s+requests?\s+for\s+([^]{1,500}?)\s+(?:is|are|was|were)\s+(not\s+)?medically\s+necessary/gi);
const NUMBER_BEFORE = /\b(\d{1,2})\s*[).]\s*$/;
// An item section starts at "Regarding the request for" that begins a line or
// follows an item number ("1) "), as /(?:\b(\d{1,2})\s*[).]\s*|^)Regarding.../gim
// would find it; that regex tries its optional start at every position, so
// the phrase is found first and what precedes it read backwards.
const REGARDING_PHRASE = loosen(/Regarding\s+the\s+requests?\s+for\s+/gi);
const LINE_TERMINATOR = /[\n\r\u2028\u2029]/;
const SPACE = /\s/;
const WORD_CHAR = /\w/;
const REGARDING_ITEM_END =
  loosen(/:\s*(?=Medical\s+Treatment\s+Guideline|Rationale\s+Used)|\n(?=Medical\s+Treatment\s+Guideline|Rationale\s+Used)/i);
const CLAIMS_GUIDELINE =
  loosen(/Medical\s+Treatment\s+Guidelines?\s*(?:\(\s*s\s*\))?\s+Relied\s+Upon\s+by\s+the\s+Claims\s+Administrator\s*:\s*/gi);
const EXPERT_GUIDELINE =
  loosen(/Medical\s+Treatment\s+Guidelines?\s*(?:\(\s*s\s*\))?\s+Relied\s+Upon\s+by\s+the\s+Expert\s+Reviewer\s*:\s*/gi);
const RATIONALE = loosen(/Rationale\s+Used\s+by\s+the\s+Expert\s+Reviewer\s*:\s*/gi);
const ITEM_LABELS = [CLAIMS_GUIDELINE, EXPERT_GUIDELINE, RATIONALE];

const QUALIFICATIONS = loosen(/Medical\s+Qualifications\s+of\s+the\s+Expert\s+Reviewer\s*:?/gi);
const CASE_SUMMARY = loosen(/Expert\s+Reviewer\s+Case\s+Summary\s*:?/gi);
const DOCUMENTS = loosen(/Documents\s+Reviewed(?:\s+for\s+Determination)?\s*:?/gi);
const DECISION_HEADING =
  loosen(/INDEPENDENT\s+MEDICAL\s+REVIEW\s+DECISION\s+AND\s+RATIONALE|IMR\s+DECISION\s*(?:\(\s*S\s*\)|S)?\s+AND\s+RATIONALE\s*(?:\(\s*S\s*\)|S)?/g);
const REGARDING_START = loosen(/Regarding\s+the\s+requests?\s+for\s+/gi);
const SECTION_STOPS = [CASE_SUMMARY, DOCUMENTS, REGARDING_START, DECISION_HEADING];
const LEADING_ARTICLE = /^(?:a|an|the)\s+/i;

// "The Expert Reviewer found the guideline used by the Claims Administrator
// relevant and appropriate": the reviewer relied on the same guideline.
const DEFERS_TO_CLAIMS = /\bguidelines?\s+(?:used|cited|relied\s+upon)\s+by\s+the\s+Claims\s+Administrator\b/i;
const DEFERRAL_REJECTED = /\bnot\s+(?:\w+\s+)?(?:relevant|appropriate|applicable)|\b(?:inappropriate|irrelevant|inapplicable)\b/i;
const OWN_CITATION = /\bbased\s+(?:(?:its|his|her|their|his\/her|the)\s+)?(?:decision|determination)s?\s+on\b|\bDecision\s+based\s+on\b/i;

// Every heading, label and determination sentence is loosened (see
// loosen): a real 2013 notice met as text had "is notmedically necessary".

interface Determination {
  number: number | null;
  item: string;
  notNecessary: boolean;
}

interface ItemSection {
  number: number | null;
  item: string;
  claims: string | null;
  expert: string | null;
  rationale: string;
}

function determinations(text: string): Determination[] {
  const found: Determination[] = [];
  const seen = new Set<string>();
  DETERMINATION.lastIndex = 0;
  for (const m of matchesIn(DETERMINATION, text)) {
    const numbered = NUMBER_BEFORE.exec(text.slice(Math.max(0, m.index - 8), m.index));
    const number = numbered?.[1] === undefined ? null : Number(numbered[1]);
    const item = cleanItem((m[1] ?? '').replace(LEADING_ARTICLE, ''));
    // The same list can be printed twice (cover letter and decision section).
    const key = number === null ? `item:${item.toLowerCase()}` : `n:${number}`;
    if (seen.has(key)) continue;
    seen.add(key);
    found.push({ number, item, notNecessary: m[2] !== undefined });
  }
  return found;
}

interface SectionStart {
  /** Where the section starts: its number, else the phrase. */
  start: number;
  /** Just after "Regarding the request for ". */
  end: number;
  number: number | null;
}

function skipSpaceBack(text: string, at: number): number {
  let i = at;
  while (i > 0 && SPACE.test(text.charAt(i - 1))) i -= 1;
  return i;
}

/** Start of "1) " or "12. " (a whole number of one or two digits) ending at `at`, with its number. */
function numberBefore(text: string, at: number): { start: number; number: number } | null {
  const mark = skipSpaceBack(text, at) - 1;
  if (mark < 0 || (text.charAt(mark) !== ')' && text.charAt(mark) !== '.')) return null;
  const digitsEnd = skipSpaceBack(text, mark);
  let start = digitsEnd;
  while (start > 0 && digitsEnd - start < 2 && isDigit(text.charCodeAt(start - 1))) start -= 1;
  if (start === digitsEnd || (start > 0 && WORD_CHAR.test(text.charAt(start - 1)))) return null;
  return { start, number: Number(text.slice(start, digitsEnd)) };
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function sectionStarts(text: string): SectionStart[] {
  const starts: SectionStart[] = [];
  REGARDING_PHRASE.lastIndex = 0;
  for (let m = REGARDING_PHRASE.exec(text); m !== null; m = REGARDING_PHRASE.exec(text)) {
    const end = m.index + m[0].length;
    const numbered = numberBefore(text, m.index);
    if (numbered !== null) starts.push({ start: numbered.start, end, number: numbered.number });
    else if (m.index === 0 || LINE_TERMINATOR.test(text.charAt(m.index - 1))) {
      starts.push({ start: m.index, end, number: null });
    }
  }
  return starts;
}

function itemSections(text: string): ItemSection[] {
  const starts = sectionStarts(text);
  return starts.map((s, i) => {
    const to = starts[i + 1]?.start ?? text.length;
    const body = text.slice(s.end, to);
    const itemEnd = REGARDING_ITEM_END.exec(body);
    const search = new TextSearch(body);
    // The guideline readers collapse white space themselves.
    const field = (label: RegExp): string | null => search.textAfter(label, ITEM_LABELS);
    const claims = field(CLAIMS_GUIDELINE);
    const expert = field(EXPERT_GUIDELINE);
    const rationale = field(RATIONALE);
    return {
      number: s.number,
      item: cleanItem((itemEnd === null ? '' : body.slice(0, itemEnd.index)).replace(LEADING_ARTICLE, '')),
      claims,
      expert,
      rationale: rationale === null ? '' : joinLines(rationale),
    };
  });
}

function expertGuideline(section: ItemSection | undefined): Guideline {
  if (section === undefined) return parseCleanedGuideline(null);
  const expert = section.expert;
  if (
    expert !== null &&
    DEFERS_TO_CLAIMS.test(expert) &&
    !DEFERRAL_REJECTED.test(expert) &&
    !OWN_CITATION.test(expert)
  ) {
    return parseCleanedGuideline(section.claims);
  }
  return parseCleanedGuideline(expert);
}

function sectionFor(sections: ItemSection[], d: Determination, index: number): ItemSection | undefined {
  if (d.number !== null) {
    const byNumber = sections.find((s) => s.number === d.number);
    if (byNumber !== undefined) return byNumber;
  }
  return sections[index];
}

function region(search: TextSearch, label: RegExp): string | null {
  const found = search.find(label);
  if (found === null) return null;
  return search.text.slice(found.end, search.earliestStart(SECTION_STOPS, found.end, search.text.length));
}

export function parseNotice2013(text: string): LayoutParse {
  const sections = itemSections(text);
  const determined = determinations(text);
  let decisions: LayoutDecision[];
  if (determined.length > 0) {
    decisions = determined.map((d, i) => {
      const section = sectionFor(sections, d, i);
      return {
        item: d.item,
        outcome: d.notNecessary ? 'Upheld' : 'Overturned',
        guideline: expertGuideline(section),
        claims_admin_guideline: parseCleanedClaimsGuideline(section?.claims ?? null),
        modified: null,
        rationale: section?.rationale ?? '',
      };
    });
  } else {
    // No numbered determinations (a letter cut short before them, or reworded):
    // fall back to the per-item sections and the verdict their rationale states.
    decisions = [];
    for (const section of sections) {
      const outcome = outcomeFromText(section.rationale);
      if (outcome === null || section.item === '') continue;
      decisions.push({
        item: section.item,
        outcome,
        guideline: expertGuideline(section),
        claims_admin_guideline: parseCleanedClaimsGuideline(section.claims),
        modified: null,
        rationale: section.rationale,
      });
    }
  }
  const search = new TextSearch(text);
  // Only needed when a region is missing, which is rare: not searched before.
  const beforeItemSections = (): string => text.slice(0, search.find(REGARDING_START)?.start ?? text.length);
  return {
    reviewerText: region(search, QUALIFICATIONS) ?? beforeItemSections(),
    summaryText: region(search, CASE_SUMMARY) ?? beforeItemSections(),
    decisions,
    noDecisionsReason:
      'This 2013 IMR notice has no numbered determinations ("MAXIMUS Federal Services, Inc. has determined the request for ...") that could be read. The file may be incomplete.',
  };
}
