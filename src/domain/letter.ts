// The letter record: the one shape every layer speaks (see shared/letter-formats.md).
// Field names are the contract for JSON export, CSV export and the command line.
// This module imports nothing.

export const LAYOUTS = ['final-determination', 'notice-2013', 'professional-review'] as const;
export type Layout = (typeof LAYOUTS)[number];

export const OUTCOMES = ['Upheld', 'Overturned'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const CATEGORIES = [
  'pharmaceutical',
  'physical_medicine',
  'diagnostic',
  'injection',
  'surgery',
  'dme',
  'evaluation',
  'psych',
  'home_health',
  'program',
  'other',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const DRUG_CLASSES = [
  'opioid',
  'muscle relaxant',
  'nsaid',
  'anticonvulsant',
  'antidepressant',
  'benzodiazepine',
  'sedative-hypnotic',
  'topical analgesic',
  'compound',
  'ppi',
  'antiemetic',
  'other',
] as const;
export type DrugClass = (typeof DRUG_CLASSES)[number];

export const GUIDELINE_SOURCES = ['MTUS', 'ACOEM', 'ODG', 'Other'] as const;
export type GuidelineSource = (typeof GUIDELINE_SOURCES)[number];

export type Sex = 'F' | 'M';
export type Release = 'ER' | 'IR';

export interface Guideline {
  source: GuidelineSource | null;
  sections: string[];
  pages: string | null;
}

export interface Decision {
  item: string;
  outcome: Outcome;
  category: Category;
  medication: string | null;
  brand: string | null;
  strength: string | null;
  release: Release | null;
  quantity: number | null;
  days_supply: number | null;
  drug_class: DrugClass | null;
  guideline: Guideline;
  claims_admin_guideline: { source: GuidelineSource | null };
  rationale: string;
  med_mg_per_day: number | null;
}

export interface Reviewer {
  specialties: string[];
  subspecialties: string[];
  license_states: string[];
}

export interface LetterRecord {
  file: string;
  letter_id: string;
  layout: Layout;
  case_number: string | null;
  decision_date: string | null;
  reviewer: Reviewer;
  patient: { age: number | null; sex: Sex | null };
  date_of_injury: string | null;
  decisions: Decision[];
}

/** Why a file produced no record. `code` is for programs, `message` is for the user. */
export type LetterErrorCode =
  | 'not-a-letter'
  | 'no-decisions'
  | 'empty'
  | 'unsupported-type'
  | 'too-large'
  | 'encrypted'
  | 'no-text-layer'
  | 'corrupt'
  | 'zip-limit'
  | 'timeout'
  | 'worker-crash'
  | 'duplicate';

export interface LetterError {
  code: LetterErrorCode;
  message: string;
}

export type ParseResult = { ok: true; record: LetterRecord } | { ok: false; error: LetterError };
