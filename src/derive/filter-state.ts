// The table's filters: the contract between the filter bar, the table, the
// charts (which add facet values on click) and the chips that remove them.
// Within a facet the chosen values are OR'ed; facets, ranges and search are AND'ed.

/** Every facet, in the order the filter panel and the chips list them. */
export const FACET_KEYS = [
  'outcome',
  'category',
  'subcategory',
  'medication',
  'drug_class',
  'reasons',
  'specialty',
  'state',
  'guideline_source',
  'guideline_mtus',
  'priority',
  'turnaround',
  'modified',
  'retrospective',
  'decision_year',
  'decision_month',
  'sex',
  'layout',
] as const;
export type FacetKey = (typeof FACET_KEYS)[number];

/** The facet value standing for a null field ("no medication", "no guideline"...). */
export const NONE = '(none)';

/** Values of the yes/no facets (modified, retrospective); worded for people in display-words.ts. */
export const YES = 'yes';
export const NO = 'no';

/** Values of the guideline_mtus facet: does the reviewer's guideline cite an MTUS document? */
export const CITES_MTUS = 'MTUS';
export const CITES_NON_MTUS_ONLY = 'non-MTUS only';

export interface NumberRange {
  min: number | null;
  max: number | null;
}

/** Inclusive ISO date bounds (YYYY-MM-DD); a YYYY-MM date counts as its first day. */
export interface DateRange {
  from: string | null;
  to: string | null;
}

export interface FilterState {
  facets: Partial<Record<FacetKey, string[]>>;
  age: NumberRange;
  decisionDate: DateRange;
  injuryDate: DateRange;
  /** Case-insensitive words, all of which must occur in the item or the rationale... */
  search: string;
  /** ...or, with 'letters', anywhere in the decision's letter (its kept text: case summary, history, diagnoses). */
  searchScope: SearchScope;
}

export type SearchScope = 'decisions' | 'letters';

export const EMPTY_FILTERS: FilterState = {
  facets: {},
  age: { min: null, max: null },
  decisionDate: { from: null, to: null },
  injuryDate: { from: null, to: null },
  search: '',
  searchScope: 'decisions',
};
