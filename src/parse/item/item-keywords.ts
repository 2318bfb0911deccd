// Every non-drug word list of data/ in one phrase index, so an item is scanned
// once and overlapping phrases resolve by length: "extended release" is a
// release word, not a surgical "release"; "cold therapy unit" is equipment,
// not a therapy.

import {
  ASSOCIATED_SERVICE_WORDS,
  DEVICE_WORDS,
  MODALITIES,
  OTHER_SERVICE_WORDS,
  PHARMACEUTICAL_WORDS,
  PRE_OP_WORDS,
  SERVICE_WORDS,
  SESSION_WORDS,
  SPINE_SITE_WORDS,
} from './data/item-categories';
import type { Modality, ServiceWords } from './data/item-categories';
import {
  COMPOUND_WORDS,
  EXTENDED_RELEASE_WORDS,
  IMMEDIATE_RELEASE_WORDS,
  PATCH_WORDS,
  SEMI_SOLID_WORDS,
  TOPICAL_FORM_WORDS,
} from './data/item-words';
import { PhraseIndex } from './phrase-index';
import type { Token } from './tokens';

export type ItemWord =
  | { kind: 'service'; service: ServiceWords }
  | { kind: 'modality'; modality: Modality }
  | {
      kind:
        | 'pharmaceutical'
        | 'other-service'
        | 'er'
        | 'ir'
        | 'topical'
        | 'semi-solid'
        | 'patch'
        | 'compound'
        | 'device'
        | 'session'
        | 'pre-op'
        | 'associated'
        | 'spine-site';
    };

function allWords(): Map<string, ItemWord[]> {
  const byPhrase = new Map<string, ItemWord[]>();
  const add = (words: readonly string[], tag: ItemWord) => {
    for (const phrase of words) {
      const tags = byPhrase.get(phrase) ?? [];
      tags.push(tag);
      byPhrase.set(phrase, tags);
    }
  };
  for (const service of SERVICE_WORDS) add(service.words, { kind: 'service', service });
  for (const modality of MODALITIES) add(modality.words, { kind: 'modality', modality });
  add(PHARMACEUTICAL_WORDS, { kind: 'pharmaceutical' });
  add(OTHER_SERVICE_WORDS, { kind: 'other-service' });
  add(EXTENDED_RELEASE_WORDS, { kind: 'er' });
  add(IMMEDIATE_RELEASE_WORDS, { kind: 'ir' });
  add(TOPICAL_FORM_WORDS, { kind: 'topical' });
  add(SEMI_SOLID_WORDS, { kind: 'semi-solid' });
  add(PATCH_WORDS, { kind: 'patch' });
  add(COMPOUND_WORDS, { kind: 'compound' });
  add(DEVICE_WORDS, { kind: 'device' });
  add(SESSION_WORDS, { kind: 'session' });
  add(PRE_OP_WORDS, { kind: 'pre-op' });
  add(ASSOCIATED_SERVICE_WORDS, { kind: 'associated' });
  add(SPINE_SITE_WORDS, { kind: 'spine-site' });
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

export function hasWord(words: readonly FoundWord[], kind: ItemWord['kind']): boolean {
  return words.some((w) => w.word.kind === kind);
}
