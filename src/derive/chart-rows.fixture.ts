// Small hand-made letters for the aggregation and chart-data tests: only the
// fields the charts read vary; the rest are fixed, valid values.
import type { Decision, DrugClass, GuidelineSource, LetterRecord, Outcome, Category } from '../domain/letter';

export interface DecisionSpec {
  outcome: Outcome;
  medication?: string | null;
  drug_class?: DrugClass | null;
  category?: Category;
  guideline?: GuidelineSource | null;
}

export interface LetterSpec {
  id: string;
  specialties?: string[];
  decision_date?: string | null;
  decisions: DecisionSpec[];
}

export function makeDecision(spec: DecisionSpec): Decision {
  const medication = spec.medication ?? null;
  return {
    item: medication ?? 'Physical therapy x 6',
    outcome: spec.outcome,
    category: spec.category ?? (medication === null ? 'physical_medicine' : 'pharmaceutical'),
    medication,
    brand: null,
    strength: null,
    release: null,
    quantity: null,
    days_supply: null,
    drug_class: spec.drug_class !== undefined ? spec.drug_class : medication === null ? null : 'other',
    guideline: { source: spec.guideline !== undefined ? spec.guideline : 'MTUS', sections: [], pages: null },
    claims_admin_guideline: { source: null },
    rationale: '',
    med_mg_per_day: null,
  };
}

export function makeLetter(spec: LetterSpec): LetterRecord {
  return {
    file: `${spec.id}.txt`,
    letter_id: spec.id,
    layout: 'final-determination',
    case_number: null,
    decision_date: spec.decision_date ?? null,
    reviewer: { specialties: spec.specialties ?? ['Family Medicine'], subspecialties: [], license_states: ['CA'] },
    patient: { age: null, sex: null },
    date_of_injury: null,
    decisions: spec.decisions.map(makeDecision),
  };
}
