// Finds known phrases (drug names, service keywords) in tokenised text in one
// pass: phrases are grouped by their first word, so each token costs one map
// lookup, and the longest phrase starting at a token wins ("MS Contin" over
// "MS", "home health aide" over "home health").

import { phraseWords } from './tokens';
import type { Token } from './tokens';

export interface PhraseMatch<T> {
  value: T;
  /** Index of the first and one past the last matched token. */
  from: number;
  to: number;
}

interface Entry<T> {
  words: readonly string[];
  value: T;
}

export class PhraseIndex<T> {
  private readonly byFirstWord = new Map<string, Entry<T>[]>();

  constructor(phrases: Iterable<readonly [phrase: string, value: T]>) {
    for (const [phrase, value] of phrases) {
      const words = phraseWords(phrase);
      const first = words[0];
      if (first === undefined) continue;
      const list = this.byFirstWord.get(first) ?? [];
      list.push({ words, value });
      this.byFirstWord.set(first, list);
    }
    // Longest first, so the first full match at a position is the one to keep.
    for (const list of this.byFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length);
  }

  /** Non-overlapping matches, left to right. */
  findAll(tokens: readonly Token[]): PhraseMatch<T>[] {
    const matches: PhraseMatch<T>[] = [];
    let i = 0;
    while (i < tokens.length) {
      const match = this.matchAt(tokens, i);
      if (match === null) {
        i += 1;
      } else {
        matches.push(match);
        i = match.to;
      }
    }
    return matches;
  }

  private matchAt(tokens: readonly Token[], at: number): PhraseMatch<T> | null {
    const candidates = this.byFirstWord.get(tokens[at]?.word ?? '');
    if (candidates === undefined) return null;
    for (const { words, value } of candidates) {
      if (at + words.length > tokens.length) continue;
      let k = 1;
      while (k < words.length && tokens[at + k]?.word === words[k]) k += 1;
      if (k === words.length) return { value, from: at, to: at + words.length };
    }
    return null;
  }
}
