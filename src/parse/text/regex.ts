// Small helpers for building regexes from data tables once, at module load.

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** Regex source for `phrase` that accepts any run of white space between its words. */
export function phraseSource(phrase: string): string {
  return phrase.trim().split(/\s+/).map(escapeRegExp).join('\\s+');
}

/** Alternation of phrases, longest first so a longer name wins over its prefix. */
export function alternationSource(phrases: readonly string[]): string {
  return [...phrases]
    .sort((a, b) => b.length - a.length)
    .map(phraseSource)
    .join('|');
}

// White space other than a lone space: replacing only these runs leaves the
// (many) single spaces alone, which is much faster on cleaned text.
const COLLAPSIBLE = /[^\S ]\s*| \s+/g;

export function collapseSpace(text: string): string {
  return text.replace(COLLAPSIBLE, ' ').trim();
}

/** Lookup key for a phrase: lower case, single spaces. */
export function phraseKey(text: string): string {
  return collapseSpace(text).toLowerCase();
}

/**
 * `text` without the trailing characters in `chars`. A loop, not /[...]+$/:
 * that regex restarts at every character of a long run that is not at the
 * end, which is quadratic (a megabyte of ":" mid-letter took minutes).
 */
export function trimEndChars(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text.charAt(end - 1))) end -= 1;
  return end === text.length ? text : text.slice(0, end);
}
