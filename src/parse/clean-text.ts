// Text clean-up: whatever the source (a .txt file, a PDF's text layer), the
// layout parsers see one shape: one trimmed line per text line, single
// spaces, no blank lines, no page headers or footers, and words hyphenated
// across a line break joined again. Line breaks are kept because a few
// boundaries (where a wrapped item line starts) are only visible there; every
// parser still accepts any white space between words.

import { CASE_NUMBER_UNCAPTURED } from './data/case-number';
import { HYPHEN_PREFIXES, HYPHEN_SECOND_WORDS, SHORT_PREFIX_COMPOUNDS, SHORT_PREFIXES } from './data/hyphen-words';
import { INLINE_PAGE_OF, PAGE_FURNITURE_LINES } from './data/page-furniture';

const LINE_BREAKS = /\r\n?|[\f\v\u0085\u2028\u2029]/g;
const SPACES = /[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
const INVISIBLES = /[\u200B-\u200D\u2060\uFEFF]/g;
const CONTROLS = /[\u0000-\u0008\u000E-\u001F\u007F]/g;
const HYPHENS = /[\u2010-\u2013\u2212]/g;
const DASHES = /[\u2014\u2015]/g;
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032]/g;
const DOUBLE_QUOTES = /[\u201C-\u201F\u2033]/g;
// A soft hyphen marks where a word was broken: at a line end it joins the
// halves, anywhere else it is invisible.
const SOFT_HYPHEN_BREAK = /\u00AD[ \t]*\n\s*/g;
const SOFT_HYPHEN = /\u00AD/g;
const LIGATURES: Readonly<Record<string, string>> = {
  '\uFB00': 'ff',
  '\uFB01': 'fi',
  '\uFB02': 'fl',
  '\uFB03': 'ffi',
  '\uFB04': 'ffl',
};
const LIGATURE = /[\uFB00-\uFB04]/g;
const RUNS_OF_SPACE = / {2,}/g;
const SPACE = 0x20;
const HYPHEN = 0x2d;
const CASE_NUMBER = new RegExp(String.raw`\b${CASE_NUMBER_UNCAPTURED}`);

// Most letters are plain ASCII with "\n" line ends: nothing to replace.
const NEEDS_NORMALISING = /[^\n\x20-\x7E]/;

/** Unicode look-alikes to ASCII, every line break to "\n". Keeps the line structure. */
export function normaliseCharacters(raw: string): string {
  if (!NEEDS_NORMALISING.test(raw)) return raw;
  return raw
    .replace(LINE_BREAKS, '\n')
    .replace(SOFT_HYPHEN_BREAK, '')
    .replace(SOFT_HYPHEN, '')
    .replace(SPACES, ' ')
    .replace(INVISIBLES, '')
    .replace(CONTROLS, ' ')
    .replace(HYPHENS, '-')
    .replace(DASHES, ' - ')
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(LIGATURE, (l) => LIGATURES[l] ?? l);
}

// One regex for all furniture shapes. Every shape starts with "-", a digit,
// "Page" or a case label / number ("IMR", "MAXIMUS", "Case", "CM") and ends
// with a digit or "-": two character tests rule out nearly every line of
// prose before the regex runs.
const PAGE_FURNITURE = new RegExp(PAGE_FURNITURE_LINES.map((re) => `(?:${re.source})`).join('|'), 'i');
const MAX_FURNITURE_LENGTH = 200;

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function mayBeFurniture(line: string): boolean {
  const last = line.charCodeAt(line.length - 1);
  if (!isDigit(last) && last !== 45) return false;
  // Lower-cased: "-" (45) and digits are unchanged by the bit.
  const first = line.charCodeAt(0) | 0x20;
  return first === 45 || isDigit(first) || first === 0x70 || first === 0x69 || first === 0x6d || first === 0x63;
}

function isPageFurniture(line: string): boolean {
  return line.length <= MAX_FURNITURE_LENGTH && mayBeFurniture(line) && PAGE_FURNITURE.test(line);
}

const PREFIXES = new Set(HYPHEN_PREFIXES);
const SECOND_WORDS = new Set(HYPHEN_SECOND_WORDS);
const SHORT = new Set(SHORT_PREFIXES);
const SHORT_COMPOUNDS = new Set(SHORT_PREFIX_COMPOUNDS);

/** Whether "left-" + "right..." reads as a hyphenated compound. */
function isCompound(left: string, right: string): boolean {
  const prefix = left.toLowerCase();
  if (PREFIXES.has(prefix) || SECOND_WORDS.has(right)) return true;
  if (!SHORT.has(prefix)) return false;
  return prefix.charAt(prefix.length - 1) === right.charAt(0) || SHORT_COMPOUNDS.has(right);
}
// Only the end of a line is looked at: lines grow as broken words are joined,
// and scanning whole lines again would make clean-up quadratic.
const TAIL = 64;
// The letters just before a line-end hyphen, when they form a whole word
// fragment (not "4-24-" or "non-opioid-", which keep their hyphen).
const WORD_BEFORE_HYPHEN = /(?:^|[^A-Za-z0-9-])([A-Za-z]+)-$/;
const FIRST_WORD = /^[a-z]+/;

/** "word-" or "24-", not "pain -" or "--". */
function endsWithHyphen(line: string): boolean {
  if (line.charCodeAt(line.length - 1) !== HYPHEN) return false;
  const before = line.charCodeAt(line.length - 2);
  return isDigit(before) || (before >= 0x41 && before <= 0x5a) || (before >= 0x61 && before <= 0x7a);
}

/**
 * Whether a line ending in a hyphen joins the next one without it. The hyphen
 * is dropped only for a word broken by the line ("medi-" + "cation"): letters
 * on both sides, the continuation in lower case, and neither side a part that
 * is usually hyphenated ("non-", "x-", "-related"). Everything else keeps the
 * hyphen and loses the line break ("4-24-" + "15)" -> "4-24-15)").
 */
function dropsHyphen(line: string, next: string): boolean {
  const left = WORD_BEFORE_HYPHEN.exec(line.slice(-TAIL))?.[1];
  const right = FIRST_WORD.exec(next)?.[0];
  return (
    left !== undefined &&
    right !== undefined &&
    left.length >= 2 &&
    // An acronym ("MRI-guided") keeps its hyphen.
    !/[A-Z]/.test(left.slice(1)) &&
    !isCompound(left, right)
  );
}

// "non- certified" inside a line: a line-end hyphen the extraction already
// joined with a space. Only mended for known prefixes; "pre- and post-" stays.
const SPACED_PREFIX_HYPHEN = /\b([A-Za-z]+)- ([a-z]+)/g;
const CONJUNCTIONS = new Set(['and', 'or', 'nor', 'to', 'through']);

function mendSpacedHyphens(line: string): string {
  if (!line.includes('- ')) return line;
  return line.replace(SPACED_PREFIX_HYPHEN, (whole, left: string, right: string) =>
    !CONJUNCTIONS.has(right) && isCompound(left, right) ? `${left}-${right}` : whole,
  );
}

/**
 * Where `needle` next occurs in `text` at or after a position, for positions
 * that only move forward: one search per occurrence over the whole text, not
 * one per line.
 */
class NextOccurrence {
  private at = -1;

  constructor(
    private readonly text: string,
    private readonly needle: string,
  ) {}

  /** Whether the needle lies wholly inside text[start, end). */
  within(start: number, end: number): boolean {
    if (this.at < start) {
      const at = this.text.indexOf(this.needle, start);
      this.at = at < 0 ? Number.POSITIVE_INFINITY : at;
    }
    return this.at + this.needle.length <= end;
  }
}

/** The cleaned letter text (lines joined by "\n", see the file comment) of text passed through normaliseCharacters. */
export function cleanNormalisedText(normalised: string): string {
  const text = normalised;
  const runs = new NextOccurrence(text, '  ');
  const pages = new NextOccurrence(text, 'Page ');
  const cases = new NextOccurrence(text, 'CM');
  const spacedHyphens = new NextOccurrence(text, '- ');
  const out: string[] = [];
  // The line being built: a line ending in a hyphen is joined with the next
  // one. A chain of joins is kept as pieces (joined once) so that it stays
  // linear; `pieces` is null while the line is a single piece.
  let current: string | null = null;
  let pieces: string[] | null = null;
  // Whether `current` may need mendSpacedHyphens.
  let mayMend = false;
  const seenCaseLines = new Set<string>();
  // Lines are cut out already trimmed, without splitting the text first, and
  // what a line contains is looked up in the whole text (NextOccurrence):
  // per-line arrays, copies and searches cost more than the rest of clean-up.
  // After normaliseCharacters the only white space left is " " and "\n", so
  // trimming spaces is trimming.
  for (let from = 0; from <= text.length; ) {
    let end = text.indexOf('\n', from);
    if (end < 0) end = text.length;
    let start = from;
    from = end + 1;
    while (start < end && text.charCodeAt(start) === SPACE) start++;
    while (end > start && text.charCodeAt(end - 1) === SPACE) end--;
    if (start === end) continue;
    let trimmed = text.slice(start, end);
    // Runs of spaces never cross a line break: collapsing them in each line
    // gives what collapsing them in the whole text would.
    if (runs.within(start, end)) trimmed = trimmed.replace(RUNS_OF_SPACE, ' ');
    if (isPageFurniture(trimmed)) continue;
    let line = trimmed;
    let lineMayMend = spacedHyphens.within(start, end);
    if (pages.within(start, end)) {
      // Two page numbers in a row leave two spaces where they were.
      line = trimmed.replace(INLINE_PAGE_OF, ' ').replace(RUNS_OF_SPACE, ' ').trim();
      if (line === '' || (line !== trimmed && isPageFurniture(line))) continue;
      // Removing an inline page number can bring "- " together.
      if (line !== trimmed) lineMayMend = true;
    }
    // A header line with the case number that repeats on every page.
    if (cases.within(start, end) && CASE_NUMBER.test(line)) {
      if (seenCaseLines.has(line)) continue;
      seenCaseLines.add(line);
    }
    if (current !== null && endsWithHyphen(current)) {
      const piece = dropsHyphen(current, line) ? current.slice(0, -1) : current;
      if (pieces === null) pieces = [piece];
      else pieces[pieces.length - 1] = piece;
      pieces.push(line);
      mayMend ||= lineMayMend;
    } else {
      if (current !== null) out.push(finished(current, pieces, mayMend));
      pieces = null;
      mayMend = lineMayMend;
    }
    current = line;
  }
  if (current !== null) out.push(finished(current, pieces, mayMend));
  return out.join('\n');
}

function finished(current: string, pieces: string[] | null, mayMend: boolean): string {
  const line = pieces === null ? current : pieces.join('');
  return mayMend ? mendSpacedHyphens(line) : line;
}
