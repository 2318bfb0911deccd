// The one way tests build LetterRecords by hand: every field has a plain
// default, and a test overrides only what it is about. A field added to the
// record is added here once.
import type { Citation, Decision, Guideline, LetterRecord } from '../../src/domain/letter';

export type DecisionOverrides = Partial<Omit<Decision, 'guideline' | 'claims_admin_guideline'>> & {
  guideline?: Partial<Guideline>;
  claims_admin_guideline?: Partial<Decision['claims_admin_guideline']>;
};

export type LetterOverrides = Partial<Omit<LetterRecord, 'decisions' | 'reviewer' | 'patient'>> & {
  reviewer?: Partial<LetterRecord['reviewer']>;
  patient?: Partial<LetterRecord['patient']>;
  decisions?: readonly DecisionOverrides[];
};

export function citation(overrides: Partial<Citation> = {}): Citation {
  return { source: 'MTUS', document: 'Chronic Pain Medical Treatment 2009', sections: [], pages: null, mtus: true, ...overrides };
}

// Keys in the order the parser writes them, so a record built here and one
// read back from storage or JSON compare equal as text too.
export function decision(overrides: DecisionOverrides = {}): Decision {
  const { guideline, claims_admin_guideline, ...rest } = overrides;
  const built: Decision = {
    item: 'Physical therapy x 6',
    outcome: 'Upheld',
    category: 'physical_medicine',
    subcategory: 'Physical Therapy/Occupational Therapy (PT/OT)',
    medication: null,
    brand: null,
    strength: null,
    release: null,
    quantity: null,
    days_supply: null,
    drug_class: null,
    retrospective: false,
    original_request: null,
    authorized: null,
    guideline: { source: 'MTUS', sections: [], pages: null, citations: [], ...guideline },
    claims_admin_guideline: { source: 'MTUS', citations: [], ...claims_admin_guideline },
    rationale: 'Not supported by the guidelines.',
    med_mg_per_day: null,
    reasons: [],
  };
  // A category given without a subcategory has none: the default belongs to the default category.
  if (rest.category !== undefined && !('subcategory' in rest)) built.subcategory = null;
  return Object.assign(built, rest);
}

/** A letter whose file is `${id}.txt`; `id` is also its letter_id unless overridden. */
export function letter(id: string, overrides: LetterOverrides = {}): LetterRecord {
  const { reviewer, patient, decisions, ...rest } = overrides;
  const built: LetterRecord = {
    file: `${id}.txt`,
    letter_id: id,
    layout: 'final-determination',
    case_number: null,
    decision_date: null,
    priority: null,
    date_assigned: null,
    application_received: null,
    ur_denial_date: null,
    reviewer: { specialties: ['Family Medicine'], subspecialties: [], license_states: ['CA'], ...reviewer },
    patient: { age: null, sex: null, ...patient },
    date_of_injury: null,
    decisions: (decisions ?? [{}]).map(decision),
  };
  return Object.assign(built, rest);
}

/** The same letter id written as the 16 hex digits real ids have. */
export function hexId(n: number): string {
  return n.toString(16).padStart(16, '0');
}

/** The record as a reader of record version 1 left it: the fields version 2 added, empty. */
export function withVersion1Fields(record: LetterRecord): LetterRecord {
  return {
    ...record,
    priority: null,
    date_assigned: null,
    application_received: null,
    ur_denial_date: null,
    decisions: record.decisions.map((d) => ({
      ...d,
      subcategory: null,
      retrospective: false,
      original_request: null,
      authorized: null,
      guideline: { ...d.guideline, citations: [] },
      claims_admin_guideline: { ...d.claims_admin_guideline, citations: [] },
    })),
  };
}
