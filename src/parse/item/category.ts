// The item's category and DWC subcategory (spec, "Request categories"),
// classified by what the service is:
// - Drugs are pharmaceutical unless the item is an injection (a cortisone or
//   Toradol injection is an injection, and its drug fields stay empty: the
//   spec keeps drug fields for drugs dispensed). When an item names both a
//   drug and a service, whichever it names first is what is requested ("Norco
//   after arthroscopy" is a drug, "physical therapy and Norco" is therapy).
// - "Associated surgical service: X", an assistant surgeon, a clearance and a
//   pre-operative test are adjunct surgical services, whatever X is.
// - An item that starts with a consult, referral, visit or exam is an
//   evaluation of whoever is to be seen: a surgeon's is a surgical consult, a
//   chiropractor's chiropractic ("Referral to chiropractor for evaluation"),
//   anyone else's an evaluation by a medical specialty.
// - Otherwise the first category of CATEGORY_PRIORITY named wins, and within
//   it the first subcategory named (see `subcategoryWithin` for the rest).
// The pharmaceutical subcategory follows the drug (./pharma-subcategory.ts).

import type { Category, Subcategory } from '../../domain/letter';
import { CATEGORY_PRIORITY } from './data/item-categories';
import type { Modality, ServiceCategory, ServiceWords } from './data/item-categories';
import type { FoundWord } from './item-keywords';
import type { MedicationMention } from './medication-index';
import type { Token } from './tokens';

export interface Classification {
  category: Category;
  /** Null for pharmaceutical items (read from the drug afterwards) and for `other`. */
  subcategory: Subcategory | null;
}

/** A service the item names, with the token it starts at. */
interface Named {
  category: ServiceCategory;
  subcategory: Subcategory | null;
  at: number;
  /** The words name the operation or test itself, not who does it ("surgeon"). */
  specific: boolean;
}

const ADJUNCT: Subcategory = 'Adjunct Surgical Services';
const MEDICAL_SPECIALTIES: Subcategory = 'Medical Specialties';
// "2x6", "3 x 4", "2 times a week": counted sessions.
const COUNTED = /^\d+x\d*$/;

function isCounted(tokens: readonly Token[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i]?.word ?? '';
    if (COUNTED.test(word)) return true;
    const next = tokens[i + 1]?.word;
    if (/^\d+$/.test(word) && (next === 'x' || next === 'times')) return true;
  }
  return false;
}

/** What a modality ("ultrasound", "e-stim", "traction") is in this item. */
function modalityAs(modality: Modality, words: readonly FoundWord[], tokens: readonly Token[]): Omit<Named, 'at'> {
  if (words.some((w) => w.word.kind === 'device')) {
    return { category: 'dme', subcategory: modality.device, specific: true };
  }
  if (words.some((w) => w.word.kind === 'session') || isCounted(tokens)) {
    return { category: 'physical_medicine', subcategory: 'Other Therapies', specific: true };
  }
  const { category, subcategory } = modality.alone;
  return { category, subcategory: subcategory as Subcategory, specific: true };
}

function namedServices(words: readonly FoundWord[], tokens: readonly Token[]): Named[] {
  const named: Named[] = [];
  for (const { word, at } of words) {
    if (word.kind === 'service') {
      const s: ServiceWords = word.service;
      named.push({ category: s.category, subcategory: s.subcategory, at, specific: s.subcategory !== null });
    } else if (word.kind === 'modality') {
      named.push({ ...modalityAs(word.modality, words, tokens), at });
    }
  }
  return named;
}

function firstAt(words: readonly FoundWord[], kind: FoundWord['word']['kind']): number {
  let first = Number.POSITIVE_INFINITY;
  for (const w of words) if (w.word.kind === kind && w.at < first) first = w.at;
  return first;
}

/**
 * An item that starts with an evaluation, classed by who is to be seen; null
 * when the item does not start with one.
 */
function evaluationTarget(named: readonly Named[]): Classification | null {
  const isEvaluation = (n: Named) => n.category === 'evaluation' && n.subcategory === MEDICAL_SPECIALTIES;
  const evaluation = named.find(isEvaluation);
  if (evaluation === undefined) return null;
  const surgical = named.filter((n) => n.category === 'surgery' && n.subcategory !== ADJUNCT);
  // "Surgical consultation with a spine surgeon": only the surgeon is named, not an operation.
  const operation = surgical.find((n) => n.specific);
  if (surgical.length > 0 && (operation === undefined || evaluation.at < operation.at)) {
    return { category: 'surgery', subcategory: 'Surgical Consult' };
  }
  const first = named.reduce<Named | null>((a, b) => (a === null || b.at < a.at ? b : a), null);
  if (first === null || first.category !== 'evaluation') return null;
  // Who is to be seen: the first service named that is not itself a consult or visit.
  for (const target of named) {
    if (isEvaluation(target)) continue;
    switch (target.category) {
      case 'physical_medicine':
        return { category: 'physical_medicine', subcategory: target.subcategory ?? DEFAULT_SUBCATEGORY.physical_medicine };
      case 'psych':
        return { category: 'psych', subcategory: 'Evaluation & Management' };
      case 'program':
      case 'home_health':
        return { category: target.category, subcategory: DEFAULT_SUBCATEGORY[target.category] };
      case 'evaluation':
        return { category: 'evaluation', subcategory: 'Dental Services' };
      default:
        break;
    }
  }
  return { category: 'evaluation', subcategory: MEDICAL_SPECIALTIES };
}

const DEFAULT_SUBCATEGORY: Readonly<Record<ServiceCategory, Subcategory>> = {
  psych: 'Therapies',
  program: 'Programs',
  home_health: 'Home Health',
  transportation: 'Transportation',
  surgery: 'Non-arthroscopic Surgery',
  injection: 'Injection',
  diagnostic: 'Other Diagnostic Tests',
  dme: 'DME',
  physical_medicine: 'Physical Therapy/Occupational Therapy (PT/OT)',
  evaluation: MEDICAL_SPECIALTIES,
};

/** The subcategory of an item whose category is `category`. */
function subcategoryWithin(category: ServiceCategory, named: readonly Named[], words: readonly FoundWord[]): Subcategory {
  const mine = named.filter((n) => n.category === category && n.subcategory !== null).sort((a, b) => a.at - b.at);
  switch (category) {
    case 'surgery': {
      // An arthroscopy anywhere makes the operation arthroscopic; a spine
      // operation, or any operation on the spine, is Spine.
      if (mine.some((n) => n.subcategory === 'Arthroscopic Surgery')) return 'Arthroscopic Surgery';
      if (mine.some((n) => n.subcategory === 'Spine')) return 'Spine';
      if (words.some((w) => w.word.kind === 'spine-site')) return 'Spine';
      return 'Non-arthroscopic Surgery';
    }
    case 'injection':
      return mine.some((n) => n.subcategory === 'Facet Injection') ? 'Facet Injection' : 'Injection';
    case 'psych': {
      if (mine[0] !== undefined) return mine[0].subcategory as Subcategory;
      // "Psychiatric follow-up visits": the field, and an evaluation.
      const evaluates = named.some((n) => n.category === 'evaluation');
      return evaluates ? 'Evaluation & Management' : 'Therapies';
    }
    case 'evaluation':
      return mine.some((n) => n.subcategory === 'Dental Services') ? 'Dental Services' : MEDICAL_SPECIALTIES;
    default:
      return (mine[0]?.subcategory as Subcategory | undefined) ?? DEFAULT_SUBCATEGORY[category];
  }
}

/** Pre-op labs, EKG, x-ray, urinalysis or clearance: an adjunct to the operation (spec). */
function isPreOperative(named: readonly Named[], words: readonly FoundWord[]): boolean {
  const preOp = firstAt(words, 'pre-op');
  if (!Number.isFinite(preOp)) return false;
  const operationBefore = named.some(
    (n) => n.category === 'surgery' && n.specific && n.subcategory !== ADJUNCT && n.at < preOp,
  );
  if (operationBefore) return false;
  return named.some(
    (n) => n.category === 'diagnostic' || n.category === 'evaluation' || n.subcategory === ADJUNCT,
  );
}

export function classify(
  words: readonly FoundWord[],
  medications: readonly MedicationMention[],
  tokens: readonly Token[],
  looksLikeDrug: boolean,
): Classification {
  const named = namedServices(words, tokens);
  const present = new Set(named.map((n) => n.category));
  const top = CATEGORY_PRIORITY.find((c) => present.has(c));
  const firstService = named.reduce((min, n) => Math.min(min, n.at), Number.POSITIVE_INFINITY);
  const alwaysInjected = medications.some((m) => m.medication.administered === 'injection');
  const drugFirst = medications.length > 0 && (medications[0]?.at ?? Number.POSITIVE_INFINITY) < firstService;
  // "Associated surgical service: X" is an adjunct whatever X is, unless X is
  // a drug ("A drug is always pharmaceutical").
  const dispensedDrugFirst = drugFirst && !alwaysInjected && top !== 'injection';
  if (words.some((w) => w.word.kind === 'associated') && !dispensedDrugFirst) {
    return { category: 'surgery', subcategory: ADJUNCT };
  }
  if (dispensedDrugFirst) return { category: 'pharmaceutical', subcategory: null };
  if (top === undefined) {
    if (alwaysInjected) return { category: 'injection', subcategory: 'Injection' };
    if (medications.length > 0 || looksLikeDrug || words.some((w) => w.word.kind === 'pharmaceutical' || w.word.kind === 'compound')) {
      return { category: 'pharmaceutical', subcategory: null };
    }
    return { category: 'other', subcategory: null };
  }
  if (isPreOperative(named, words)) return { category: 'surgery', subcategory: ADJUNCT };
  const operation = named.some((n) => n.category === 'surgery' && n.specific && n.subcategory !== ADJUNCT);
  if (!operation && named.some((n) => n.subcategory === ADJUNCT)) return { category: 'surgery', subcategory: ADJUNCT };
  const evaluation = evaluationTarget(named);
  if (evaluation !== null) return evaluation;
  return { category: top, subcategory: subcategoryWithin(top, named, words) };
}
