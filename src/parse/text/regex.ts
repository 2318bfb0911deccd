// Small helpers for building regexes from data tables once, at module load.

/**
 * The matches of global `re` in `text`, as [...text.matchAll(re)] gives them
 * when `re` starts at 0. matchAll copies the regex on every call, which costs
 * more than searching an item or a short field.
 */
export function matchesIn(re: RegExp, text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    found.push(m);
    if (m[0] === '') re.lastIndex += 1;
  }
  return found;
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** Regex source for `phrase` that accepts any run of white space between its words. */
export function phraseSource(phrase: string): string {
  return phrase.trim().split(/\s+/).map(escapeRegExp).join('\\s+');
}

/**
 * Regex source for `phrase` that accepts any white space between its words,
 * or none: text extraction runs words together where a PDF places them
 * without a space ("is notmedically necessary"), and fixed wording must
 * still be found.
 */
export function looseSource(phrase: string): string {
  return phrase.trim().split(/\s+/).map(escapeRegExp).join('\\s*');
}

/**
 * `re` with every `\s+` made `\s*`: a layout's fixed wording still matches
 * where extraction ran its words together. Only for regexes whose `\s+`
 * all stand between fixed words.
 */
export function loosen(re: RegExp): RegExp {
  return new RegExp(re.source.replaceAll('\\s+', '\\s*'), re.flags);
}

/** Alternation of phrases, longest first so a longer name wins over its prefix. */
export function alternationSource(phrases: readonly string[]): string {
  return [...phrases]
    .sort((a, b) => b.length - a.length)
    .map(phraseSource)
    .join('|');
}

interface TrieNode {
  next: Map<string, TrieNode>;
  end: boolean;
}

function trieNodeSource(node: TrieNode, space: string): string {
  const branches: string[] = [];
  for (const [ch, child] of node.next) branches.push((ch === ' ' ? space : escapeRegExp(ch)) + trieNodeSource(child, space));
  // Ending here is tried last: the longer phrase first, as in alternationSource.
  if (node.end) branches.push('');
  return branches.length === 1 ? (branches[0] ?? '') : `(?:${branches.join('|')})`;
}

/**
 * The same matches as alternationSource(phrases), written as a trie: phrases
 * that begin alike share one test of that beginning. A regex of many phrases
 * then costs one branch per character at each position instead of one try per
 * phrase. Two phrases can match at one position only when one is a prefix of
 * the other, and then the longer is tried first, as in the alternation. For a
 * case-blind regex (`caseBlind`), "ODG" and "odg" are one branch, so letters
 * are compared in lower case; phrases with non-ASCII text keep the plain
 * alternation, whose case rules are not worth copying here. With `spaces`
 * 'any', the words of a phrase may also be run together (see looseSource).
 */
export function trieSource(phrases: readonly string[], caseBlind = false, spaces: 'some' | 'any' = 'some'): string {
  if (caseBlind && phrases.some((p) => NON_ASCII.test(p))) return alternationSource(phrases);
  const root: TrieNode = { next: new Map(), end: false };
  for (const phrase of phrases) {
    const words = phrase.trim().split(/\s+/).join(' ');
    let node = root;
    for (const ch of caseBlind ? words.toLowerCase() : words) {
      let child = node.next.get(ch);
      if (child === undefined) {
        child = { next: new Map(), end: false };
        node.next.set(ch, child);
      }
      node = child;
    }
    node.end = true;
  }
  return trieNodeSource(root, spaces === 'any' ? String.raw`\s*` : String.raw`\s+`);
}

const NON_ASCII = /[^\x00-\x7F]/;

// White space other than a lone space: replacing only these runs leaves the
// (many) single spaces alone, which is much faster on cleaned text.
const COLLAPSIBLE = /[^\S ]\s*| \s+/g;

export function collapseSpace(text: string): string {
  return text.replace(COLLAPSIBLE, ' ').trim();
}

/**
 * collapseSpace for text cut from the cleaned letter, whose only white space
 * is single spaces and line breaks (see clean-text.ts): a plain replaceAll
 * instead of a regex replace, several times faster on long rationales (and
 * faster than a split and join on short items).
 */
export function joinLines(cleaned: string): string {
  return cleaned.replaceAll('\n', ' ').trim();
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
