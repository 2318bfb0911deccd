// What value(s) a decision row has for each facet of the filter panel.
import type { FacetKey } from './filter-state';
import { CITES_MTUS, CITES_NON_MTUS_ONLY, NO, NONE, YES } from './filter-state';
import type { DecisionRow } from './rows';
import { limitValue } from './turnaround';

const NONE_LIST: readonly string[] = [NONE];

/** Facets whose value is a list (a letter's specialties, its reviewer's states). */
export const LIST_FACETS: ReadonlySet<FacetKey> = new Set<FacetKey>(['specialty', 'state', 'reasons']);

/** Facets whose value comes from the letter alone, the same for each of its decisions. */
export const LETTER_FACETS: ReadonlySet<FacetKey> = new Set<FacetKey>([
  'specialty',
  'state',
  'priority',
  'turnaround',
  'layout',
  'sex',
  'decision_year',
  'decision_month',
]);

/** YYYY-MM of an ISO date, or null when the date is missing or not ISO. */
export function monthOf(date: string | null): string | null {
  if (date === null || !/^\d{4}-\d{2}/.test(date)) return null;
  return date.slice(0, 7);
}

/**
 * The facet value(s) of a row. Specialty, state and reasons are lists: a row
 * matches when ANY of its values is selected; a row without any counts as NONE.
 */
export function facetValueOf(row: DecisionRow, facet: FacetKey): string | readonly string[] {
  const { letter, decision } = row;
  switch (facet) {
    case 'outcome':
      return decision.outcome;
    case 'category':
      return decision.category;
    case 'subcategory':
      return decision.subcategory ?? NONE;
    case 'guideline_mtus': {
      const { citations } = decision.guideline;
      if (citations.length === 0) return NONE;
      return citations.some((c) => c.mtus) ? CITES_MTUS : CITES_NON_MTUS_ONLY;
    }
    case 'priority':
      return letter.priority ?? NONE;
    case 'turnaround':
      return limitValue(letter) ?? NONE;
    case 'modified':
      return decision.original_request === null ? NO : YES;
    case 'retrospective':
      return decision.retrospective ? YES : NO;
    case 'medication':
      return decision.medication ?? NONE;
    case 'drug_class':
      return decision.drug_class ?? NONE;
    case 'reasons':
      return decision.reasons.length > 0 ? decision.reasons : NONE_LIST;
    case 'specialty':
      return letter.reviewer.specialties.length > 0 ? letter.reviewer.specialties : NONE_LIST;
    case 'state':
      return letter.reviewer.license_states.length > 0 ? letter.reviewer.license_states : NONE_LIST;
    case 'guideline_source':
      return decision.guideline.source ?? NONE;
    case 'layout':
      return letter.layout;
    case 'sex':
      return letter.patient.sex ?? NONE;
    case 'decision_year':
      return monthOf(letter.decision_date)?.slice(0, 4) ?? NONE;
    case 'decision_month':
      return monthOf(letter.decision_date) ?? NONE;
  }
}
