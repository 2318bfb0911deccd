// The letter record: the one shape every layer speaks (see docs/letter-formats.md).
// Field names are the contract for JSON export, CSV export and the command line.
// This module imports nothing.

export const LAYOUTS = ['final-determination', 'notice-2013', 'professional-review'] as const;
export type Layout = (typeof LAYOUTS)[number];

export const OUTCOMES = ['Upheld', 'Overturned'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/**
 * Why a reviewer decided as they did, read from the rationale (src/parse/data/reasons.ts
 * holds the phrases). The last is the one reason an Overturned decision gives.
 */
export const REASON_TAGS = [
  'no functional improvement',
  'pain relief not documented',
  'monitoring missing',
  'dose above morphine limit',
  'not recommended by guideline',
  'duration beyond guideline',
  'first-line treatment not tried',
  'criteria not met',
  'quantity beyond guideline',
  'weaning recommended',
  'no GI risk factors',
  'surgery not certified',
  'guideline criteria met',
] as const;
export type ReasonTag = (typeof REASON_TAGS)[number];

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
  'transportation',
  'other',
] as const;
export type Category = (typeof CATEGORIES)[number];

/**
 * The DWC's request subcategories (its IMR decision search), exactly as the
 * DWC names them, under the category code they belong to. `other` has none.
 */
export const SUBCATEGORIES = {
  pharmaceutical: [
    'Opioids',
    'NSAID',
    'Muscle Relaxant',
    'Anti-epilepsy drugs',
    'Antidepressant',
    'Benzodiazepine',
    'Sedative-hypnotics',
    'Proton Pump Inhibitors',
    'H2 Blocker',
    'Antiemetic',
    'Topical Analgesics',
    'Topical Compounds',
    'GI Agents',
    'Impotence Agents',
    'Misc Analgesics',
    'Antihistamine',
    'Hormones',
    'Nutritional Products',
    'Stimulants',
    'Other',
  ],
  dme: ['DME', 'Electrical Stimulation', 'Prosthetics/Orthotics', 'Supplies'],
  diagnostic: ['EMG/NCV/NCS', 'Lab & Pathology', 'Imaging/Radiology', 'Other Diagnostic Tests'],
  evaluation: ['Medical Specialties', 'Dental Services'],
  home_health: ['Home Health'],
  injection: ['Facet Injection', 'Injection'],
  program: ['Programs'],
  psych: ['Evaluation & Management', 'Therapies'],
  physical_medicine: ['Physical Therapy/Occupational Therapy (PT/OT)', 'Chiropractic', 'Acupuncture', 'Other Therapies'],
  surgery: ['Arthroscopic Surgery', 'Non-arthroscopic Surgery', 'Spine', 'Surgical Consult', 'Adjunct Surgical Services'],
  transportation: ['Transportation'],
  other: [],
} as const satisfies Record<Category, readonly string[]>;
export type SubcategoryOf<C extends Category> = (typeof SUBCATEGORIES)[C][number];
export type Subcategory = SubcategoryOf<Category>;

/** The DWC's own name of each category, for display beside the DWC's and CWCI's figures. */
export const CATEGORY_DWC_NAMES: Readonly<Record<Category, string>> = {
  pharmaceutical: 'Pharmaceuticals',
  dme: 'DMEPOS',
  diagnostic: 'Diagnostic Testing',
  evaluation: 'Evaluation & Management',
  home_health: 'Home Health',
  injection: 'Injection',
  program: 'Programs',
  psych: 'Psych Services',
  physical_medicine: 'Rehabilitation',
  surgery: 'Surgery',
  transportation: 'Transportation',
  other: 'Other',
};

/** Every subcategory, each once, in the table's order ("Evaluation & Management" is psych's). */
export const ALL_SUBCATEGORIES: readonly Subcategory[] = CATEGORIES.flatMap((c) => SUBCATEGORIES[c]);

export const PRIORITIES = ['Standard', 'Expedited'] as const;
export type Priority = (typeof PRIORITIES)[number];

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
  'h2 blocker',
  'antiemetic',
  'other',
] as const;
export type DrugClass = (typeof DRUG_CLASSES)[number];

export const GUIDELINE_SOURCES = ['MTUS', 'ACOEM', 'ODG', 'Other'] as const;
export type GuidelineSource = (typeof GUIDELINE_SOURCES)[number];

export type Sex = 'F' | 'M';
export type Release = 'ER' | 'IR';

/** One cited document of a guideline paragraph (record version 2). */
export interface Citation {
  source: GuidelineSource | null;
  /** The document's title as written, without the source's name ("Low Back Complaints 2004"). */
  document: string;
  sections: string[];
  pages: string | null;
  /** False for a "Non-MTUS Citation" and for any document that is not part of the MTUS. */
  mtus: boolean;
}

export interface Guideline {
  source: GuidelineSource | null;
  /** The sections of every citation, in order. */
  sections: string[];
  /** The first citation's page text. */
  pages: string | null;
  citations: Citation[];
}

export interface ClaimsAdminGuideline {
  source: GuidelineSource | null;
  citations: Citation[];
}

export interface Decision {
  /** The decided item; for a modified request, the part left for IMR. */
  item: string;
  outcome: Outcome;
  category: Category;
  subcategory: Subcategory | null;
  medication: string | null;
  brand: string | null;
  strength: string | null;
  release: Release | null;
  quantity: number | null;
  days_supply: number | null;
  drug_class: DrugClass | null;
  /** A request for care already given ("Retrospective", "Retro", a past date of service). */
  retrospective: boolean;
  /** For a modified request: the original request as written, else null. */
  original_request: string | null;
  /** For a modified request: what the claims administrator authorized, else null. */
  authorized: string | null;
  guideline: Guideline;
  claims_admin_guideline: ClaimsAdminGuideline;
  rationale: string;
  med_mg_per_day: number | null;
  /** Reasons the rationale gives for the outcome, in REASON_TAGS order (empty when it gives none the vocabulary knows). */
  reasons: ReasonTag[];
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
  priority: Priority | null;
  date_assigned: string | null;
  application_received: string | null;
  ur_denial_date: string | null;
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

/**
 * What reading one file gave, under the file's name: a record with the version
 * of the parser that read it (older for a record from an old JSON export), or
 * the reason there is none. `text` is the letter's text as read from the file
 * (before the parser cleans it), when the reader was asked to keep it.
 */
export type FileOutcome =
  | { file: string; ok: true; record: LetterRecord; parserVersion: number; text?: string }
  | { file: string; ok: false; error: LetterError };
