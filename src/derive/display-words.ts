// How the dashboard words things for people, in one place: the names of the
// facets, how a facet value reads (categories by their DWC names, F/M as
// words, yes/no facets as what they mean), and how lists are joined in table
// cells, details and the CSV. The table, the filter panel, the chips, the
// charts and the exports all read these, so a value is never worded two ways.
// (The facets' order is FACET_KEYS's, filter-state.ts; the columns' names and
// order are COLUMNS's, columns.ts.)
import { CATEGORY_DWC_NAMES, type Category, type Sex } from '../domain/letter';
import type { FacetKey } from './filter-state';
import { CITES_MTUS, NONE, YES } from './filter-state';

/** Lists of names (specialties, sections, citations) in a cell: "Pain Medicine; Anesthesiology". */
export const LIST_SEPARATOR = '; ';
/** Short codes read as a series: license states "CA, TX", a citation's sections. */
export const SERIES_SEPARATOR = ', ';

/** A list as one text, or null when it is empty. */
export function listText(values: readonly string[], separator = LIST_SEPARATOR): string | null {
  return values.length === 0 ? null : values.join(separator);
}

export const FACET_LABELS: Record<FacetKey, string> = {
  outcome: 'Outcome',
  category: 'Category',
  subcategory: 'Subcategory',
  medication: 'Medication',
  drug_class: 'Drug class',
  reasons: 'Reasons given',
  specialty: 'Reviewer specialty',
  state: 'License state',
  guideline_source: 'Guideline source',
  guideline_mtus: 'Guideline document cited',
  priority: 'Priority',
  turnaround: 'Decided within the limit',
  modified: 'Modified by UR',
  retrospective: 'Retrospective',
  layout: 'Letter layout',
  sex: 'Patient sex',
  decision_year: 'Decision year',
  decision_month: 'Decision month',
};

/** A category code as the DWC names it ("physical_medicine" -> "Rehabilitation"). */
export function categoryName(category: string): string {
  return category in CATEGORY_DWC_NAMES ? CATEGORY_DWC_NAMES[category as Category] : category.replace(/_/g, ' ');
}

export function sexWord(sex: Sex | null): string | null {
  return sex === 'F' ? 'female' : sex === 'M' ? 'male' : null;
}

export function yesNo(value: boolean): string {
  return value ? 'yes' : 'no';
}

/** How a facet value reads to a person ("physical_medicine" -> "Rehabilitation", "yes" -> "Modified"). */
export function facetValueLabel(facet: FacetKey, value: string): string {
  if (value === NONE) return NONE;
  switch (facet) {
    case 'category':
      return categoryName(value);
    case 'sex':
      return sexWord(value === 'F' || value === 'M' ? value : null) ?? value;
    case 'modified':
      return value === YES ? 'Modified' : 'Not modified';
    case 'retrospective':
      return value === YES ? 'Retrospective' : 'Prospective';
    case 'guideline_mtus':
      return value === CITES_MTUS ? 'Cites the MTUS' : 'Cites only non-MTUS documents';
    default:
      return value;
  }
}
