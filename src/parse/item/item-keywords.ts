// Every non-drug word list of data/ in one phrase index, so an item is scanned
// once and overlapping phrases resolve by length: "extended release" is a
// release word, not a surgical "release"; "cold therapy" is equipment, not
// therapy.

import { CATEGORY_KEYWORDS, OTHER_SERVICE_WORDS, PHARMACEUTICAL_WORDS } from './data/item-categories';
import type { ServiceCategory } from './data/item-categories';
import {
  COMPOUND_WORDS,
  EXTENDED_RELEASE_WORDS,
  IMMEDIATE_RELEASE_WORDS,
  PATCH_WORDS,
  TOPICAL_FORM_WORDS,
} from './data/item-words';
import { PhraseIndex } from './phrase-index';
import type { Token } from './tokens';

export type ItemWord =
  | { kind: 'category'; category: ServiceCategory }
  | { kind: 'pharmaceutical' | 'other-service' | 'er' | 'ir' | 'topical' | 'patch' | 'compound' };

function tagged(words: readonly string[], tag: ItemWord): [string, ItemWord][] {
  return words.map((w) => [w, tag]);
}

function allWords(): Map<string, ItemWord[]> {
  const byPhrase = new Map<string, ItemWord[]>();
  const add = (pairs: [string, ItemWord][]) => {
    for (const [phrase, tag] of pairs) {
      const tags = byPhrase.get(phrase) ?? [];
      tags.push(tag);
      byPhrase.set(phrase, tags);
    }
  };
  for (const [category, words] of Object.entries(CATEGORY_KEYWORDS) as [ServiceCategory, readonly string[]][]) {
    add(tagged(words, { kind: 'category', category }));
  }
  add(tagged(PHARMACEUTICAL_WORDS, { kind: 'pharmaceutical' }));
  add(tagged(OTHER_SERVICE_WORDS, { kind: 'other-service' }));
  add(tagged(EXTENDED_RELEASE_WORDS, { kind: 'er' }));
  add(tagged(IMMEDIATE_RELEASE_WORDS, { kind: 'ir' }));
  add(tagged(TOPICAL_FORM_WORDS, { kind: 'topical' }));
  add(tagged(PATCH_WORDS, { kind: 'patch' }));
  add(tagged(COMPOUND_WORDS, { kind: 'compound' }));
  return byPhrase;
}

const INDEX = new PhraseIndex<ItemWord[]>(allWords());

export interface FoundWord {
  word: ItemWord;
  /** Token index, for comparing with where a medication is named. */
  at: number;
}

export function findItemWords(tokens: readonly Token[]): FoundWord[] {
  const found: FoundWord[] = [];
  for (const { value, from } of INDEX.findAll(tokens)) for (const word of value) found.push({ word, at: from });
  return found;
}
