// Finds the medications an item names, by generic name, extra spelling or
// brand, using the table in data/medications.ts.

import { MEDICATIONS } from './data/medications';
import type { BrandName, Medication } from './data/medications';
import { PhraseIndex } from './phrase-index';
import type { Token } from './tokens';

export interface MedicationMention {
  medication: Medication;
  /** Set when the item names the product by a brand. */
  brand: BrandName | null;
  /** The words as the item writes them (for `brand`, which keeps the item's spelling). */
  written: string;
  /** Token index of the mention, for ordering. */
  at: number;
}

interface Named {
  medication: Medication;
  brand: BrandName | null;
}

function namesOf(medication: Medication): [string, Named][] {
  const phrases: [string, Named][] = [];
  // A combination is found through its ingredients, each an entry of its own.
  if (medication.ingredients === undefined) {
    for (const name of [medication.generic, ...(medication.names ?? [])]) {
      phrases.push([name, { medication, brand: null }]);
    }
  }
  for (const brand of medication.brands ?? []) {
    for (const name of [brand.name, ...(brand.aliases ?? [])]) phrases.push([name, { medication, brand }]);
  }
  return phrases;
}

/** Ingredient lists to the combination product, keyed by the sorted generics. */
function ingredientKey(generics: readonly string[]): string {
  return [...generics].sort().join('/');
}

const INDEX = new PhraseIndex<Named>(MEDICATIONS.flatMap(namesOf));

const BY_GENERIC = new Map(MEDICATIONS.map((m) => [m.generic, m]));

const COMBINATIONS = new Map(
  MEDICATIONS.filter((m) => m.ingredients !== undefined).map((m) => [ingredientKey(m.ingredients ?? []), m]),
);

export function findMedications(text: string, tokens: readonly Token[]): MedicationMention[] {
  // Fields named one by one: spreading the table's entries, which have many
  // shapes, was the slowest step of reading an item.
  return INDEX.findAll(tokens).map(({ value, from, to }) => ({
    medication: value.medication,
    brand: value.brand,
    written: text.slice(tokens[from]?.start ?? 0, tokens[to - 1]?.end ?? 0),
    at: from,
  }));
}

export function medicationByGeneric(generic: string): Medication | undefined {
  return BY_GENERIC.get(generic);
}

/** The table's product made of exactly these ingredients, if there is one. */
export function combinationOf(generics: readonly string[]): Medication | undefined {
  return COMBINATIONS.get(ingredientKey(generics));
}

/** The single-ingredient generics a product is made of. */
export function ingredientsOf(medication: Medication): readonly string[] {
  return medication.ingredients ?? [medication.generic];
}
