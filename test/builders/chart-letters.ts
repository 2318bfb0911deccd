// Letters for the aggregation and chart-data tests (and for timing the charts):
// only the fields the charts read vary; the rest are fixed, valid values.
import { CATEGORIES, DRUG_CLASSES, GUIDELINE_SOURCES, REASON_TAGS } from '../../src/domain/letter';
import type { Decision, DrugClass, GuidelineSource, LetterRecord, Outcome, Category, ReasonTag } from '../../src/domain/letter';
import { decision, letter } from './records';

export interface DecisionSpec {
  outcome: Outcome;
  medication?: string | null;
  drug_class?: DrugClass | null;
  category?: Category;
  guideline?: GuidelineSource | null;
  reasons?: ReasonTag[];
}

export interface LetterSpec {
  id: string;
  specialties?: string[];
  decision_date?: string | null;
  decisions: DecisionSpec[];
}

export function makeDecision(spec: DecisionSpec): Decision {
  const medication = spec.medication ?? null;
  const category = spec.category ?? (medication === null ? 'physical_medicine' : 'pharmaceutical');
  return decision({
    item: medication ?? 'Physical therapy x 6',
    outcome: spec.outcome,
    category,
    subcategory: category === 'physical_medicine' ? 'Physical Therapy/Occupational Therapy (PT/OT)' : null,
    medication,
    drug_class: spec.drug_class !== undefined ? spec.drug_class : medication === null ? null : 'other',
    guideline: { source: spec.guideline !== undefined ? spec.guideline : 'MTUS' },
    claims_admin_guideline: { source: null },
    rationale: '',
    reasons: spec.reasons ?? [],
  });
}

export function makeLetter(spec: LetterSpec): LetterRecord {
  return {
    ...letter(spec.id, {
      decision_date: spec.decision_date ?? null,
      reviewer: { specialties: spec.specialties ?? ['Family Medicine'] },
    }),
    decisions: spec.decisions.map(makeDecision),
  };
}

const SPECIALTIES = ['Anesthesiology', 'Pain Medicine', 'Family Medicine', 'Internal Medicine', 'Orthopaedic Surgery', 'Psychiatry'];

/**
 * `decisions` decisions over letters of one to three items, the same on every
 * run (a fixed linear congruential sequence): a quarter of reviewers list two
 * specialties, one letter in twenty is undated, half the items are drugs
 * spread over 400 names, one decision in ten is overturned.
 */
export function syntheticLetters(decisions: number, seed = 12345): LetterRecord[] {
  const records: LetterRecord[] = [];
  let state = seed;
  const next = (n: number) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    // The high bits: the low bits of this generator repeat with short periods.
    return Math.floor((state / 2147483648) * n);
  };
  const pick = <T>(list: readonly T[]): T => list[next(list.length)] as T;
  // Reasons come from a generator of their own, so the other fields are what they were before reasons existed.
  let reasonState = seed ^ 0x5bd1e995;
  const reasonDraw = () => {
    reasonState = (reasonState * 1103515245 + 12345) % 2147483648;
    return reasonState / 2147483648;
  };
  const reasonsFor = (outcome: Outcome): ReasonTag[] =>
    outcome === 'Overturned'
      ? reasonDraw() < 0.8 ? ['guideline criteria met'] : []
      : REASON_TAGS.filter((tag) => tag !== 'guideline criteria met' && reasonDraw() < 0.15);
  let made = 0;
  for (let i = 0; made < decisions; i++) {
    const count = Math.min(1 + next(3), decisions - made);
    made += count;
    records.push(
      makeLetter({
        id: i.toString(16).padStart(16, '0'),
        specialties: next(4) === 0 ? [pick(SPECIALTIES), 'Pain Medicine'] : [pick(SPECIALTIES)],
        decision_date: next(20) === 0 ? null : `20${13 + next(10)}-${String(1 + next(12)).padStart(2, '0')}-${String(1 + next(28)).padStart(2, '0')}`,
        decisions: Array.from({ length: count }, (): DecisionSpec => {
          const drug = next(2) === 0;
          const outcome: Outcome = next(10) === 0 ? 'Overturned' : 'Upheld';
          return {
            outcome,
            reasons: reasonsFor(outcome),
            medication: drug ? `drug${next(400)}` : null,
            drug_class: drug ? pick(DRUG_CLASSES) : null,
            category: drug ? 'pharmaceutical' : pick(CATEGORIES),
            guideline: next(6) === 0 ? null : pick(GUIDELINE_SOURCES),
          };
        }),
      }),
    );
  }
  return records;
}
