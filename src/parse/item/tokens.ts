import { matchesIn } from '../text/regex';
// Item text as words: lower-case runs of letters and digits with their place in
// the text. Matching names word by word (not by substring) keeps "Soma" out of
// "somatic" and lets "MS-Contin", "MS Contin" and "ms  contin" read alike.

export interface Token {
  /** Lower case. */
  word: string;
  start: number;
  end: number;
}

const WORD = /[A-Za-z0-9]+/g;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of matchesIn(WORD, text)) {
    tokens.push({ word: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length });
  }
  return tokens;
}

/** A phrase from a data table as the words `tokenize` would give. */
export function phraseWords(phrase: string): string[] {
  return tokenize(phrase).map((t) => t.word);
}
