// Changes to the filter state (tick a facet value, set a range, clear) and the
// chips that list what is active. Pure: each function returns a new state.
import { CATEGORY_DWC_NAMES, type Category } from '../domain/letter';
import { FACET_LABELS, facetValueLabel } from './display-words';
import type { DateRange, FacetKey, FilterState, NumberRange } from './filter-state';
import { EMPTY_FILTERS, FACET_KEYS } from './filter-state';
import { isDateRangeActive, isRangeActive } from './filters';
import { searchTerms } from './search-index';

export function withFacetValue(filters: FilterState, facet: FacetKey, value: string, on: boolean): FilterState {
  const current = filters.facets[facet] ?? [];
  const has = current.includes(value);
  if (has === on) return filters;
  const next = on ? [...current, value] : current.filter((v) => v !== value);
  return { ...filters, facets: { ...filters.facets, [facet]: next } };
}

/** The facet's chosen values replaced by `values` (none: the facet no longer filters). */
export function withFacetValues(filters: FilterState, facet: FacetKey, values: readonly string[]): FilterState {
  return { ...filters, facets: { ...filters.facets, [facet]: [...values] } };
}

/** The category, when exactly one is chosen. */
export function oneCategory(chosen: readonly string[] | undefined): Category | null {
  const [only, ...rest] = chosen ?? [];
  return only !== undefined && rest.length === 0 && only in CATEGORY_DWC_NAMES ? (only as Category) : null;
}

export function withAge(filters: FilterState, age: NumberRange): FilterState {
  return { ...filters, age };
}

export function withDecisionDate(filters: FilterState, decisionDate: DateRange): FilterState {
  return { ...filters, decisionDate };
}

export function withInjuryDate(filters: FilterState, injuryDate: DateRange): FilterState {
  return { ...filters, injuryDate };
}

export function withSearch(filters: FilterState, search: string, searchScope = filters.searchScope): FilterState {
  return { ...filters, search, searchScope };
}

export interface FilterChip {
  /** Stable React key. */
  key: string;
  /** Visible text, e.g. "Medication: oxycodone". */
  label: string;
  /** The chip's remove button's accessible name, e.g. "Remove filter: Medication oxycodone". */
  removeLabel: string;
  remove: (filters: FilterState) => FilterState;
}

function rangeText(min: string | null, max: string | null, joiner: string): string {
  if (min !== null && max !== null) return `${min}${joiner}${max}`;
  if (min !== null) return `from ${min}`;
  return `up to ${max ?? ''}`;
}

/** One chip per chosen facet value, per active range and for the search. */
export function activeFilterChips(filters: FilterState): FilterChip[] {
  const chips: FilterChip[] = [];
  for (const facet of FACET_KEYS) {
    for (const value of filters.facets[facet] ?? []) {
      const label = FACET_LABELS[facet];
      const valueLabel = facetValueLabel(facet, value);
      chips.push({
        key: `facet:${facet}:${value}`,
        label: `${label}: ${valueLabel}`,
        removeLabel: `Remove filter: ${label} ${valueLabel}`,
        remove: (f) => withFacetValue(f, facet, value, false),
      });
    }
  }
  const { age, decisionDate, injuryDate } = filters;
  const ranges = [
    {
      key: 'age',
      label: 'Patient age',
      active: isRangeActive(age),
      text: rangeText(age.min === null ? null : String(age.min), age.max === null ? null : String(age.max), '–'),
      remove: (f: FilterState) => withAge(f, EMPTY_FILTERS.age),
    },
    {
      key: 'decisionDate',
      label: 'Decision date',
      active: isDateRangeActive(decisionDate),
      text: rangeText(decisionDate.from, decisionDate.to, ' to '),
      remove: (f: FilterState) => withDecisionDate(f, EMPTY_FILTERS.decisionDate),
    },
    {
      key: 'injuryDate',
      label: 'Date of injury',
      active: isDateRangeActive(injuryDate),
      text: rangeText(injuryDate.from, injuryDate.to, ' to '),
      remove: (f: FilterState) => withInjuryDate(f, EMPTY_FILTERS.injuryDate),
    },
  ];
  for (const { key, label, active, text, remove } of ranges) {
    if (active) chips.push({ key, label: `${label}: ${text}`, removeLabel: `Remove filter: ${label} ${text}`, remove });
  }
  if (searchTerms(filters.search).length > 0) {
    const text = filters.search.trim();
    const letters = filters.searchScope === 'letters';
    chips.push({
      key: 'search',
      label: `${letters ? 'Search whole letters' : 'Search'}: “${text}”`,
      removeLabel: `Remove filter: search ${letters ? 'whole letters ' : ''}${text}`,
      remove: (f) => withSearch(f, ''),
    });
  }
  return chips;
}
