// One disputed item's text -> its category and drug fields (spec, "Each
// decision" and "Normalisation details"). Drug fields are filled only for
// pharmaceutical items.

import type { Category, Decision, Release } from '../../domain/letter';
import { categorise } from './category';
import { findItemWords } from './item-keywords';
import type { FoundWord } from './item-keywords';
import { findMedications } from './medication-index';
import { findDaysSupply, findQuantity } from './quantity';
import { resolveDrug } from './resolve-medication';
import { findStrength } from './strength';
import { tokenize } from './tokens';

export type ItemFacts = Pick<
  Decision,
  'category' | 'medication' | 'brand' | 'strength' | 'release' | 'quantity' | 'days_supply' | 'drug_class'
>;

// Written out, not spread from a constant: this runs for every decision.
function notADrug(category: Category): ItemFacts {
  return {
    category,
    medication: null,
    brand: null,
    strength: null,
    release: null,
    quantity: null,
    days_supply: null,
    drug_class: null,
  };
}

const PERCENT = /\d\s*%/;
const HASH_COUNT = /#\s*\d/;

function has(words: readonly FoundWord[], kind: FoundWord['word']['kind']): boolean {
  return words.some((w) => w.word.kind === kind);
}

export function analyzeItem(item: string): ItemFacts {
  const tokens = tokenize(item);
  const words = findItemWords(tokens);
  const mentions = findMedications(item, tokens);
  const strength = findStrength(item);

  const category = categorise(words, mentions, strength !== null || HASH_COUNT.test(item));
  if (category !== 'pharmaceutical') return notADrug(category);

  const drug = resolveDrug(mentions, {
    compound: has(words, 'compound'),
    // A percentage strength ("Ketoprofen 10%") is how skin products are written.
    topical: has(words, 'topical') || PERCENT.test(item),
    patch: has(words, 'patch'),
    partnerMg: strength?.partnerMg ?? null,
  });

  let release: Release | null = null;
  if (!has(words, 'patch') && drug.brandForm !== 'patch') {
    if (has(words, 'er')) release = 'ER';
    else if (has(words, 'ir')) release = 'IR';
    else release = drug.brandRelease;
  }

  const brandSpans: (readonly [number, number])[] = [];
  for (const m of mentions) if (m.brand !== null) brandSpans.push(spanOf(m.at, m.written, tokens));
  return {
    category,
    medication: drug.medication,
    brand: drug.brand,
    strength: strength?.text ?? null,
    release,
    quantity: findQuantity(item, brandSpans),
    days_supply: findDaysSupply(item),
    drug_class: drug.drug_class,
  };
}

function spanOf(at: number, written: string, tokens: ReturnType<typeof tokenize>): readonly [number, number] {
  const start = tokens[at]?.start ?? 0;
  return [start, start + written.length];
}
