// A guideline citation ("Decision based on MTUS Chronic Pain Treatment
// Guidelines Opioids, criteria for use Page(s): 75-79.") to {source, sections,
// pages}. Titles come from data/guideline-titles.ts; what is left after the
// title is the list of sections.

import type { Guideline, GuidelineSource } from '../../domain/letter';
import { GUIDELINE_SOURCE_NAMES, GUIDELINE_TITLES, ODG_CHAPTERS } from '../data/guideline-titles';
import { collapseSpace, joinLines, matchesIn, trieSource, trimEndChars } from '../text/regex';

const noGuideline = (): Guideline => ({ source: null, sections: [], pages: null });

// What introduces a citation: FD letters say "Decision based on", 2013 notices
// "The Expert Reviewer based his/her decision on the".
const CITATION_INTRO =
  /\b(?:Decision\s+based\s+on|based\s+(?:(?:its|his|her|their|his\/her|the)\s+)?(?:decision|determination)s?\s+on|relied\s+(?:up)?on)\s+(?:the\s+)?/gi;
const NEGATED_BEFORE = /\b(?:not|never)\s+(?:\w+\s+){0,2}$|n't\s+(?:\w+\s+){0,2}$/i;
// A sentence ends at ". " + capital, except after abbreviations common in
// citations ("vs.", "Pg.", "p.", "No.").
const SENTENCE_END = /(?<!\b(?:vs|Pg|pg|Pgs|pp|p|No|no|e\.g|i\.e|etc|al|Vol|Ed|ed|Dr|St|Inc|Jr))\.\s+(?=[A-Z])/;
// ", which is part of the MTUS" says where the guideline belongs, not a section.
const TRAILING_CLAUSE = /,?\s+which\s+(?:is|are)\b[^]*$/i;
const NON_MTUS_CITATION = /^(?:Non-?MTUS\s+Citations?\s*:?\s*|Non-?MTUS\s*:?\s*|the\s+)+/i;

// "Page(s): 75-79". The separator before it (", ") goes with it, see pagesIn.
const PAGES =
  /\b(?:Page\s*\(\s*s\s*\)|Pages?|Pgs?\.?|pp\.?|p\.)\s*:?\s*(\d{1,4}(?:\s*-\s*\d{1,4})?(?:\s*,\s*\d{1,4}(?:\s*-\s*\d{1,4})?)*)/i;
const SECTIONS_LABEL = /\bSections?\s*(?:\(\s*s\s*\))?\s*:\s*/i;

const TITLE = new RegExp(`(?:${trieSource(GUIDELINE_TITLES, true)})(?![A-Za-z])`, 'iy');
const ODG_TITLE = /\b(?:ODG|Official\s+Disability\s+Guidelines)\b/i;
const MONTH = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?`;
// Year, edition and acronym decorations that follow a title.
const TITLE_DECORATION = new RegExp(
  [
    String.raw`\s*,?\s*\(?\s*(?:Effective\s+)?(?:${MONTH}\s+\d{1,2},?\s+)?(?:19|20)\d{2}\s*\)?`,
    String.raw`\s*\(\s*(?:MTUS|ODG|ACOEM|CPMTG)\s*\)`,
    String.raw`\s*,?\s*(?:\d(?:st|nd|rd|th)\s+)?Edition\b(?:\s*\(\s*\d{4}\s*\))?`,
    String.raw`\s*,?\s*Treatment\s+in\s+Workers'\s*Comp(?:ensation)?\b`,
    String.raw`\s*Guidelines?\b`,
  ].join('|'),
  'iy',
);
const ODG_CHAPTER = new RegExp(
  String.raw`(?:${trieSource(ODG_CHAPTERS, true)})(?:\s+Chapter)?(?=\s*[,:;-]\s*[A-Za-z])`,
  'iy',
);
const LEADING_SEPARATORS = /^[\s,:;-]+/;
const SECTION_SUFFIX = /\s+Sections?$/i;
const STARTS_LOWER = /^[a-z]/;
const WHITE_SPACE = /\s/;

const SOURCE_PATTERNS = GUIDELINE_SOURCE_NAMES.map(({ source, names }) => ({
  source,
  // "Non-MTUS Citation" names what the citation is not.
  re: new RegExp(`(?<!non-?)\\b(?:${trieSource(names, true)})\\b`, 'i'),
}));
const NO_CITATION =
  /^\W*$|\b(?:none|n\/a|not\s+applicable|no\s+(?:guidelines?|citations?|criteria|medical\s+evidence)|did\s+not\s+(?:cite|provide|reference|identify|list|specify))\b/i;

/** The citations in a guideline text: what follows each intro, up to its sentence end. */
export function citationsIn(text: string): string[] {
  return citationsInFlat(collapseSpace(text));
}

/** citationsIn for text whose white space is already collapsed. */
function citationsInFlat(flat: string): string[] {
  const intros = matchesIn(CITATION_INTRO, flat).filter(
    (m) => !NEGATED_BEFORE.test(flat.slice(Math.max(0, m.index - 30), m.index)),
  );
  if (intros.length === 0) return flat === '' ? [] : [firstSentence(flat)];
  return intros.map((m, i) => {
    const start = m.index + m[0].length;
    const next = intros[i + 1];
    return firstSentence(flat.slice(start, next === undefined ? flat.length : next.index));
  });
}

function firstSentence(text: string): string {
  const end = SENTENCE_END.exec(text);
  return (end === null ? text : text.slice(0, end.index)).trim();
}

/** MTUS / ACOEM / ODG / Other from a guideline text; null when it cites nothing. */
export function guidelineSource(text: string | null): GuidelineSource | null {
  return text === null ? null : sourceOf(citationsIn(text));
}

// The layouts pass text cut from the cleaned letter, whose only white space
// is single spaces and line breaks (clean-text.ts): joining its lines
// collapses it, several times faster than collapseSpace's regex replace.

/** guidelineSource for text cut from the cleaned letter. */
export function cleanedGuidelineSource(text: string | null): GuidelineSource | null {
  return text === null ? null : sourceOf(citationsInFlat(joinLines(text)));
}

/** parseGuideline for text cut from the cleaned letter. */
export function parseCleanedGuideline(text: string | null): Guideline {
  return text === null ? noGuideline() : guidelineOf(citationsInFlat(joinLines(text)));
}

function sourceOf(citations: readonly string[]): GuidelineSource | null {
  const cited = citations.join(' ');
  for (const { source, re } of SOURCE_PATTERNS) if (re.test(cited)) return source;
  if (cited === '' || NO_CITATION.test(cited)) return null;
  return 'Other';
}

const DASH = /\s*-\s*/g;
const COMMA = /\s*,\s*/g;

/** `pages` comes from a citation, whose white space is already collapsed. */
function normalisePages(pages: string): string {
  return pages.replace(DASH, '-').replace(COMMA, ', ');
}

function isSpaceOrComma(text: string, at: number, comma: boolean): boolean {
  const c = text.charAt(at);
  return comma ? c === ',' : WHITE_SPACE.test(c);
}

/**
 * The first page reference in `citation` with the ", " before it: what
 * /\s*,?\s*\b(?:Page...)/i finds, without that regex's attempt at every
 * white space character. Its leftmost match starts where the white space and
 * the one comma before the first page reference start (a page reference
 * begins with a letter, so no later one can reach further back).
 */
function pagesIn(citation: string): { start: number; end: number; pages: string } | null {
  const m = PAGES.exec(citation);
  if (m === null) return null;
  let start = m.index;
  while (start > 0 && isSpaceOrComma(citation, start - 1, false)) start -= 1;
  if (start > 0 && isSpaceOrComma(citation, start - 1, true)) {
    start -= 1;
    while (start > 0 && isSpaceOrComma(citation, start - 1, false)) start -= 1;
  }
  return { start, end: m.index + m[0].length, pages: m[1] ?? '' };
}

/** Strips a known title (and its decorations) from the front; null when none is known. */
function afterTitle(citation: string): string | null {
  const text = citation.replace(NON_MTUS_CITATION, '');
  TITLE.lastIndex = 0;
  const title = TITLE.exec(text);
  if (title === null) return null;
  let pos = TITLE.lastIndex;
  for (let i = 0; i < 6; i += 1) {
    TITLE_DECORATION.lastIndex = pos;
    if (TITLE_DECORATION.exec(text) === null || TITLE_DECORATION.lastIndex === pos) break;
    pos = TITLE_DECORATION.lastIndex;
  }
  let rest = text.slice(pos).replace(LEADING_SEPARATORS, '');
  if (ODG_TITLE.test(title[0])) {
    ODG_CHAPTER.lastIndex = 0;
    if (ODG_CHAPTER.exec(rest) !== null) rest = rest.slice(ODG_CHAPTER.lastIndex).replace(LEADING_SEPARATORS, '');
  }
  return rest;
}

/**
 * "Opioids, criteria for use, Opioids for chronic pain" -> two sections: split
 * on commas outside parentheses; a piece starting in lower case continues the
 * previous one ("Opioids, criteria for use" is one section name).
 */
export function splitSections(text: string): string[] {
  const pieces: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (c === '(') depth += 1;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if ((c === ',' || c === ';') && depth === 0) {
      pieces.push(text.slice(start, i));
      start = i + 1;
    }
  }
  pieces.push(text.slice(start));
  const sections: string[] = [];
  for (const raw of pieces) {
    const piece = trimEndChars(raw.trim(), ' ,;:.').replace(SECTION_SUFFIX, '');
    if (piece === '') continue;
    const last = sections.length - 1;
    const previous = sections[last];
    if (previous !== undefined && STARTS_LOWER.test(piece)) sections[last] = `${previous}, ${piece}`;
    else sections.push(piece);
  }
  return sections;
}

function sectionsOf(fullCitation: string): string[] {
  const citation = fullCitation.replace(TRAILING_CLAUSE, '');
  const label = SECTIONS_LABEL.exec(citation);
  const list = label !== null ? citation.slice(label.index + label[0].length) : afterTitle(citation);
  if (list !== null) return splitSections(list);
  // A title we do not know ("Non-MTUS Citation American Pain Society, Opioid
  // Treatment Guidelines"): its first piece is the title, the rest sections.
  return splitSections(citation.replace(NON_MTUS_CITATION, '')).slice(1);
}

/** The full guideline record for the IMR reviewer's citation text. */
export function parseGuideline(text: string | null): Guideline {
  return text === null ? noGuideline() : guidelineOf(citationsIn(text));
}

function guidelineOf(citations: readonly string[]): Guideline {
  const source = sourceOf(citations);
  if (source === null) return noGuideline();
  const sections: string[] = [];
  let pages: string | null = null;
  for (const citation of citations) {
    const found = pagesIn(citation);
    // Citations are cut from collapsed text and trimmed, and the page
    // reference takes the white space before it: only the space after it can
    // double up where it is cut out.
    let body = citation;
    if (found !== null) {
      pages ??= normalisePages(found.pages);
      body = `${citation.slice(0, found.start)} ${citation.slice(found.end).trimStart()}`.trim();
    }
    for (const section of sectionsOf(body)) if (!sections.includes(section)) sections.push(section);
  }
  return { source, sections, pages };
}
