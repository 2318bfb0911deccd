// One disputed item's text -> its category, DWC subcategory and drug fields
// (spec, "Each decision", "Normalisation details" and "Request categories").
// Drug fields are filled only for pharmaceutical items.

import type { Decision, Release, Subcategory } from '../../domain/letter';
import { CLASS_SUBCATEGORY } from './data/pharma-subcategories';
import { classify } from './category';
import type { Classification } from './category';
import { findItemWords, hasWord } from './item-keywords';
import { findMedications } from './medication-index';
import { findDaysSupply, findQuantity } from './quantity';
import { resolveDrug } from './resolve-medication';
import type { ResolvedDrug } from './resolve-medication';
import { findStrength } from './strength';
import { tokenize } from './tokens';

export type ItemFacts = Pick<
  Decision,
  'category' | 'subcategory' | 'medication' | 'brand' | 'strength' | 'release' | 'quantity' | 'days_supply' | 'drug_class'
>;

// Written out, not spread from a constant: this runs for every decision.
function notADrug({ category, subcategory }: Classification): ItemFacts {
  return {
    category,
    subcategory,
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

/** The DWC subcategory of a drug: its class, or for class 'other' its DWC group. Null when the drug is unknown. */
function drugSubcategory(drug: ResolvedDrug): Subcategory | null {
  if (drug.drug_class === null) return null;
  if (drug.drug_class === 'other') return drug.group ?? 'Other';
  return CLASS_SUBCATEGORY[drug.drug_class];
}

export function analyzeItem(item: string): ItemFacts {
  const tokens = tokenize(item);
  const words = findItemWords(tokens);
  const mentions = findMedications(item, tokens);
  const strength = findStrength(item);

  const classified = classify(words, mentions, tokens, strength !== null || HASH_COUNT.test(item));
  if (classified.category !== 'pharmaceutical') return notADrug(classified);

  const drug = resolveDrug(mentions, {
    compound: hasWord(words, 'compound'),
    // A percentage strength ("Ketoprofen 10%") is how skin products are written.
    topical: hasWord(words, 'topical') || PERCENT.test(item),
    patch: hasWord(words, 'patch'),
    partnerMg: strength?.partnerMg ?? null,
  });

  let release: Release | null = null;
  if (!hasWord(words, 'patch') && drug.brandForm !== 'patch') {
    if (hasWord(words, 'er')) release = 'ER';
    else if (hasWord(words, 'ir')) release = 'IR';
    else release = drug.brandRelease;
  }

  const brandSpans: (readonly [number, number])[] = [];
  for (const m of mentions) if (m.brand !== null) brandSpans.push(spanOf(m.at, m.written, tokens));
  const byWeight = hasWord(words, 'semi-solid') || drug.brandForm === 'topical';
  return {
    category: 'pharmaceutical',
    subcategory: drugSubcategory(drug),
    medication: drug.medication,
    brand: drug.brand,
    strength: strength?.text ?? null,
    release,
    quantity: findQuantity(item, brandSpans, { byWeight }),
    days_supply: findDaysSupply(item),
    drug_class: drug.drug_class,
  };
}

function spanOf(at: number, written: string, tokens: ReturnType<typeof tokenize>): readonly [number, number] {
  const start = tokens[at]?.start ?? 0;
  return [start, start + written.length];
}
