// A guideline paragraph ("Decision based on MTUS Chronic Pain Treatment
// Guidelines Opioids, criteria for use Page(s): 75-79.") to {source, sections,
// pages, citations}. Each "Decision based on" starts a citation; a citation of
// the MTUS may list several of its documents ("MTUS Low Back Complaints 2004,
// Section(s): Summary, and Chronic Pain Medical Treatment 2016, Section(s):
// Facet blocks"), each a citation of its own in the record (spec, "Guideline
// citations"). Titles come from data/guideline-titles.ts; what is left after
// the title, or after "Section(s):", is the list of sections.

import type { Citation, ClaimsAdminGuideline, Guideline, GuidelineSource } from '../../domain/letter';
import { ACOEM_CHAPTERS, GUIDELINE_SOURCE_NAMES, GUIDELINE_TITLES, ODG_CHAPTERS } from '../data/guideline-titles';
import { joinLines, matchesIn, trieSource, trimEndChars } from '../text/regex';

const noGuideline = (): Guideline => ({ source: null, sections: [], pages: null, citations: [] });

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
    String.raw`\s*,?\s*\d(?:st|nd|rd|th)\s+ed\b\.?`,
    String.raw`\s*,?\s*Treatment\s+in\s+Workers'\s*Comp(?:ensation)?\b`,
    String.raw`\s*Guidelines?\b`,
  ].join('|'),
  'iy',
);
// What may follow an ODG chapter's name before its sections: "Chapter",
// "(updated 11/23/16)", "(Online Version)", "Web Version".
const CHAPTER_TAIL = String.raw`(?:\s+(?:Chapter|section|Procedure\s+Summary)\b|\s*\((?:updated|online|web)[^()]{0,30}\)|\s*,?\s*(?:Online|Web)\s+Version\b)*`;
// A chapter ends where a section starts: after a separator, or before a capital.
const CHAPTER_END = String.raw`(?=\s*[,:;/-]\s*[A-Za-z]|\s+[A-Z]|\s*\.?$)`;
const ODG_CHAPTER = new RegExp(String.raw`(?:${trieSource(ODG_CHAPTERS, true)})${CHAPTER_TAIL}${CHAPTER_END}`, 'iy');
// A chapter not in the list, named as one: "Hernia Chapter", "Forearm, Wrist, and Hand Chapter (Online Version)".
const NAMED_CHAPTER = new RegExp(String.raw`[A-Z][A-Za-z&,()' -]{0,60}?\s+Chapter\b${CHAPTER_TAIL}${CHAPTER_END}`, 'y');
// The letters add a citation of their own this way: "... and Other Medical Treatment Guidelines www.mdguidelines.com".
const OTHER_GUIDELINES = /\s+and\s+Other\s+Medical\s+Treatment\s+Guidelines\s+/i;
// An MTUS document named with its year and nothing after it ("Elbow Complaints 2007").
const YEAR_DOCUMENT = /^[A-Z][^:]{0,80}\s(?:19|20)\d{2}\s*\.?$/;
// ACOEM's third edition is a set of chapter guidelines; the chapter is part of the document.
const ACOEM_TITLE = /\b(?:ACOEM|American\s+College\s+of\s+Occupational)/i;
const ACOEM_CHAPTER = new RegExp(String.raw`(?:${trieSource(ACOEM_CHAPTERS, true)})(?![A-Za-z])`, 'iy');
const LEADING_SEPARATORS = /^[\s,:;/-]+/;
const SECTION_SUFFIX = /\s+Sections?$/i;
const STARTS_LOWER = /^[a-z]/;
const STARTS_CONJUNCTION = /^(?:&|and\s)/;
const WHITE_SPACE = /\s/;

// The MTUS's documents are titled with their year ("Low Back Complaints 2004");
// a list of them joins each to the next with ", and" before the next title.
const YEAR = /\b(?:19|20)\d{2}\b/g;
const NEXT_DOCUMENT = /,\s*and\s+(?=[A-Z][A-Za-z,&'()/ -]{1,80}?\s(?:19|20)\d{2}\b(?!\s*[-/]\d))/g;
const NON_MTUS = /^\s*Non-?MTUS\b/i;
const NAMES_MTUS = /(?<!non-?)\bMTUS\b/i;
const NOT_PART_OF_MTUS = /\bnot\s+(?:a\s+)?part\s+of\s+the\b/i;
// A document's title as the record keeps it: without the source's name.
const SOURCE_NAME_PREFIX =
  /^(?:(?:Non-?MTUS\s+Citations?|California|MTUS|ACOEM|ODG|Official\s+Disability\s+Guidelines|American\s+College\s+of\s+Occupational\s+and\s+Environmental\s+Medicine|the)\b\s*(?:\(\s*(?:MTUS|ODG|ACOEM)\s*\))?[\s,:;/-]*)+/i;
// "The Expert Reviewer based their decision on recommendation(s) outside of
// the MTUS Guidelines." says where the citations come from, cites nothing
// itself (it still counts toward the source, as the spec's precedence reads it).
const OUTSIDE_THE_MTUS = /^recommendations?\s*(?:\(\s*s\s*\))?\s+outside\s+(?:of\s+)?the\s+MTUS/i;

const SOURCE_PATTERNS = GUIDELINE_SOURCE_NAMES.map(({ source, names }) => ({
  source,
  // "Non-MTUS Citation" names what the citation is not.
  re: new RegExp(`(?<!non-?)\\b(?:${trieSource(names, true)})\\b`, 'i'),
}));
const NO_CITATION =
  /^\W*$|\b(?:none|n\/a|not\s+applicable|no\s+(?:guidelines?|citations?|criteria|medical\s+evidence)|did\s+not\s+(?:cite|provide|reference|identify|list|specify))\b/i;

/** The citations in a guideline text whose white space is collapsed: what follows each intro, up to its sentence end. */
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

// The layouts pass text cut from the cleaned letter, whose only white space
// is single spaces and line breaks (clean-text.ts): joining its lines
// collapses it, several times faster than collapseSpace's regex replace.

/** The full guideline record of the IMR reviewer's citation text, cut from the cleaned letter. */
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
  const chapters = ODG_TITLE.test(title[0]) ? [ODG_CHAPTER, NAMED_CHAPTER] : ACOEM_TITLE.test(title[0]) ? [ACOEM_CHAPTER] : [];
  for (const chapter of chapters) {
    chapter.lastIndex = 0;
    if (chapter.exec(rest) !== null) {
      rest = rest.slice(chapter.lastIndex).replace(LEADING_SEPARATORS, '');
      break;
    }
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
    else if (previous !== undefined && STARTS_CONJUNCTION.test(piece)) {
      // "Forearm, Wrist, & Hand" is one name: the single words before "&" join it.
      let first = last;
      while (first > 0 && !(sections[first - 1] ?? ' ').includes(' ')) first -= 1;
      sections.splice(first, sections.length - first, `${sections.slice(first).join(', ')}, ${piece}`);
    } else sections.push(piece);
  }
  return sections;
}

interface DocumentText {
  document: string;
  sections: string[];
}

/** A cited document's title (as written) and its sections. */
function readDocument(fullCitation: string): DocumentText {
  const citation = fullCitation.replace(TRAILING_CLAUSE, '');
  const label = SECTIONS_LABEL.exec(citation);
  if (label !== null) {
    return {
      document: citation.slice(0, label.index),
      sections: splitSections(citation.slice(label.index + label[0].length)),
    };
  }
  if (YEAR_DOCUMENT.test(citation)) return { document: citation, sections: [] };
  const rest = afterTitle(citation);
  if (rest !== null) return { document: citation.slice(0, citation.length - rest.length), sections: splitSections(rest) };
  // A title we do not know ("Non-MTUS Citation American Pain Society, Opioid
  // Treatment Guidelines"): its first piece is the title, the rest sections.
  const [title = '', ...sections] = splitSections(citation.replace(NON_MTUS_CITATION, ''));
  return { document: title, sections };
}

/** The title without the source's name; the name itself when nothing else is left. */
function documentTitle(title: string): string {
  // trimEndChars, not /[...]+$/: that regex rescans a long run from every position.
  const bare = trimEndChars(title.replace(NON_MTUS_CITATION, ''), ' ,:;./-').trim();
  const withoutName = bare.replace(SOURCE_NAME_PREFIX, '').trim();
  return withoutName === '' ? bare : withoutName;
}

/** "A 2004, Section(s): x, and B 2016" -> ["A 2004, Section(s): x", "B 2016"]. */
function splitDocuments(citation: string): string[] {
  const pieces: string[] = [];
  let start = 0;
  for (;;) {
    YEAR.lastIndex = start;
    const year = YEAR.exec(citation);
    if (year === null) break;
    NEXT_DOCUMENT.lastIndex = year.index + year[0].length;
    const next = NEXT_DOCUMENT.exec(citation);
    if (next === null) break;
    pieces.push(citation.slice(start, next.index));
    start = next.index + next[0].length;
  }
  pieces.push(citation.slice(start));
  return pieces;
}

/** The documents one "Decision based on ..." cites. */
function citationsOf(text: string): Citation[] {
  const other = OTHER_GUIDELINES.exec(text);
  if (other === null) return documentsOf(text);
  const added = text.slice(other.index + other[0].length).trim();
  return [
    ...documentsOf(text.slice(0, other.index)),
    { source: 'Other', document: trimEndChars(added, ' ,:;.'), sections: [], pages: null, mtus: false },
  ];
}

function documentsOf(citation: string): Citation[] {
  const source = sourceOf([citation]);
  // The MTUS's own documents, and the ACOEM guidelines where the letter calls
  // them part of the MTUS ("MTUS ACOEM Practice Guidelines"); never the ODG
  // or anything else ("..., which is not part of the MTUS").
  const mtus =
    !NON_MTUS.test(citation) &&
    (source === 'MTUS' || (source === 'ACOEM' && NAMES_MTUS.test(citation) && !NOT_PART_OF_MTUS.test(citation)));
  return splitDocuments(citation).map((piece) => {
    const found = pagesIn(piece);
    // Citations are cut from collapsed text and trimmed, and the page
    // reference takes the white space before it: only the space after it can
    // double up where it is cut out.
    const body = found === null ? piece : `${piece.slice(0, found.start)} ${piece.slice(found.end).trimStart()}`.trim();
    const { document, sections } = readDocument(body);
    return {
      source,
      document: documentTitle(document),
      sections,
      pages: found === null ? null : normalisePages(found.pages),
      mtus,
    };
  });
}

function guidelineOf(texts: readonly string[]): Guideline {
  const source = sourceOf(texts);
  if (source === null) return noGuideline();
  const citations = texts.filter((t) => !OUTSIDE_THE_MTUS.test(t)).flatMap(citationsOf);
  const sections: string[] = [];
  for (const citation of citations) for (const section of citation.sections) if (!sections.includes(section)) sections.push(section);
  const pages = citations.find((c) => c.pages !== null)?.pages ?? null;
  return { source, sections, pages, citations };
}

/** The claims administrator's guideline: its source and citations. */
export function parseCleanedClaimsGuideline(text: string | null): ClaimsAdminGuideline {
  if (text === null) return { source: null, citations: [] };
  const { source, citations } = parseCleanedGuideline(text);
  return { source, citations };
}
