// From the medications an item names to the record's medication, brand and
// drug class (spec, "Normalisation details").

import type { DrugClass, Release } from '../../domain/letter';
import { IMPLIED_COMBINATIONS } from './data/medications';
import type { Medication } from './data/medications';
import type { OtherDrugGroup } from './data/pharma-subcategories';
import { combinationOf, ingredientsOf, medicationByGeneric } from './medication-index';
import type { MedicationMention } from './medication-index';

export interface DrugForm {
  compound: boolean;
  topical: boolean;
  patch: boolean;
  /** The second number of an "N/M mg" strength, if any. */
  partnerMg: number | null;
}

export interface ResolvedDrug {
  medication: string | null;
  brand: string | null;
  drug_class: DrugClass | null;
  /** The DWC group of a drug of class 'other' (see data/pharma-subcategories.ts). */
  group: OtherDrugGroup | null;
  /** Release implied by the product (OxyContin is only made extended release). */
  brandRelease: Release | null;
  /** The brand only comes as a patch or a skin product. */
  brandForm: 'patch' | 'topical' | null;
}

const NOTHING: ResolvedDrug = {
  medication: null,
  brand: null,
  drug_class: null,
  group: null,
  brandRelease: null,
  brandForm: null,
};

function isSubset(small: readonly string[], big: readonly string[]): boolean {
  return small.length < big.length && small.every((g) => big.includes(g));
}

/**
 * One mention per product: a product named twice ("Oxycodone (OxyContin)")
 * counts once, keeping its brand; an ingredient named beside a product that
 * contains it ("Norco (hydrocodone/APAP)") is part of that product.
 */
function distinctProducts(mentions: readonly MedicationMention[]): MedicationMention[] {
  const byGeneric = new Map<string, MedicationMention>();
  for (const m of mentions) {
    const seen = byGeneric.get(m.medication.generic);
    if (seen === undefined) byGeneric.set(m.medication.generic, m);
    else if (seen.brand === null && m.brand !== null) byGeneric.set(m.medication.generic, { ...m, at: seen.at });
  }
  const products = [...byGeneric.values()];
  return products.filter(
    (m) => !products.some((other) => isSubset(ingredientsOf(m.medication), ingredientsOf(other.medication))),
  );
}

function brandText(m: MedicationMention): string | null {
  if (m.brand === null) return null;
  // An alias ("Oxycotin", "MS-Contin", "Tylenol #3") reads as the brand's own
  // spelling; the brand's name itself keeps the item's spelling.
  const written = m.written.replace(/\s+/g, ' ');
  return written.toLowerCase() === m.brand.name.toLowerCase() ? written : m.brand.name;
}

function classOf(medication: Medication, topical: boolean): DrugClass {
  return topical ? (medication.topical_class ?? medication.drug_class) : medication.drug_class;
}

/** "Hydrocodone 10/325mg" is hydrocodone with acetaminophen. */
function impliedCombination(medication: Medication, partnerMg: number | null): Medication {
  if (partnerMg === null) return medication;
  const implied = IMPLIED_COMBINATIONS.find(
    (c) => c.generic === medication.generic && c.partner_mg.includes(partnerMg),
  );
  return (implied && medicationByGeneric(implied.combination)) ?? medication;
}

function single(mention: MedicationMention, form: DrugForm): ResolvedDrug {
  const brandForm = mention.brand?.form ?? null;
  const product = mention.brand === null ? impliedCombination(mention.medication, form.partnerMg) : mention.medication;
  const topical = form.topical || brandForm !== null;
  return {
    medication: product.generic,
    brand: brandText(mention),
    // A compounded cream of one named drug is still a compound (spec: a
    // compounded cream "has drug class compound").
    drug_class: form.compound ? 'compound' : classOf(product, topical),
    group: product.dwc_group ?? null,
    brandRelease: mention.brand?.release ?? null,
    brandForm,
  };
}

export function resolveDrug(mentions: readonly MedicationMention[], form: DrugForm): ResolvedDrug {
  const products = distinctProducts(mentions);
  const [first] = products;
  if (first === undefined) return form.compound ? { ...NOTHING, drug_class: 'compound' } : NOTHING;
  if (products.length === 1) return single(first, form);

  const generics = [...new Set(products.flatMap((m) => ingredientsOf(m.medication)))];
  const known = form.compound ? undefined : combinationOf(generics);
  if (known !== undefined) {
    return { ...NOTHING, medication: known.generic, drug_class: classOf(known, form.topical), group: known.dwc_group ?? null };
  }
  // Several drugs that make no product the table knows: on the skin that is a
  // compounded cream, named by its ingredients in the order written (spec).
  // Taken by mouth it is rare (two drugs in one request line); the reading
  // chosen is the same joined name, classed by the first drug named.
  const joined = products.map((m) => m.medication.generic).join('/');
  const compound = form.compound || form.topical;
  return {
    ...NOTHING,
    medication: joined,
    drug_class: compound ? 'compound' : classOf(first.medication, false),
    group: first.medication.dwc_group ?? null,
  };
}
