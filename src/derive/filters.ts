// Which decision rows pass the view's filters. Pure, and built to run on every
// keystroke over ~330,000 rows: the search is a SearchIndex's positions, facets
// compare interned integer codes (facet-index.ts), and the results are masks
// and orders of row positions, not copies of rows.
// Within a facet the chosen values are OR'ed; facets, ranges and search are AND'ed
// (see filter-state.ts).
import type { FacetColumn, FacetIndex } from './facet-index';
import { rowMatches, selectionMask } from './facet-index';
import type { DateRange, FacetKey, FilterState, NumberRange } from './filter-state';
import { FACET_KEYS } from './filter-state';
import type { DecisionRow } from './rows';

// A YYYY-MM date counts as its first day (filter-state.ts); a YYYY date as Jan 1.
function dayOf(date: string): string {
  if (date.length === 7) return `${date}-01`;
  if (date.length === 4) return `${date}-01-01`;
  return date;
}

export function isRangeActive(range: NumberRange): boolean {
  return range.min !== null || range.max !== null;
}

export function isDateRangeActive(range: DateRange): boolean {
  return range.from !== null || range.to !== null;
}

// A row without the value is outside any active range: someone asking for
// "ages 55-70" does not expect letters that state no age.
function inNumberRange(value: number | null, range: NumberRange): boolean {
  if (value === null) return false;
  if (range.min !== null && value < range.min) return false;
  if (range.max !== null && value > range.max) return false;
  return true;
}

function inDateRange(value: string | null, range: DateRange): boolean {
  if (value === null) return false;
  const day = dayOf(value);
  if (range.from !== null && day < range.from) return false;
  if (range.to !== null && day > range.to) return false;
  return true;
}

/** The ranges (age, dates) as one predicate, or null when none is set. */
export function rangePredicate(filters: FilterState): ((row: DecisionRow) => boolean) | null {
  const checks: Array<(row: DecisionRow) => boolean> = [];
  if (isRangeActive(filters.age)) checks.push((r) => inNumberRange(r.letter.patient.age, filters.age));
  if (isDateRangeActive(filters.decisionDate))
    checks.push((r) => inDateRange(r.letter.decision_date, filters.decisionDate));
  if (isDateRangeActive(filters.injuryDate))
    checks.push((r) => inDateRange(r.letter.date_of_injury, filters.injuryDate));
  if (checks.length === 0) return null;
  return (row) => checks.every((check) => check(row));
}

export interface ActiveFacet {
  facet: FacetKey;
  column: FacetColumn;
  mask: Uint8Array;
}

/** The facets with at least one chosen value, ready for lookups by row position. */
export function activeFacets(index: FacetIndex, filters: FilterState): ActiveFacet[] {
  const out: ActiveFacet[] = [];
  for (const facet of FACET_KEYS) {
    const values = filters.facets[facet];
    if (values === undefined || values.length === 0) continue;
    const column = index.column(facet);
    out.push({ facet, column, mask: selectionMask(column, values) });
  }
  return out;
}

/** Whether `filters` choose no facet value and set no range: every row the search finds passes (see filterMask). */
export function choosesNothing(index: FacetIndex, filters: FilterState): boolean {
  return activeFacets(index, filters).length === 0 && rangePredicate(filters) === null;
}

/** 1 at the position of each row among `searchHits` (the search's positions) passing every facet and range. */
export function filterMask(
  rows: readonly DecisionRow[],
  index: FacetIndex,
  filters: FilterState,
  searchHits: Int32Array,
): Uint8Array {
  const mask = new Uint8Array(rows.length);
  const n = searchHits.length;
  // No facet and no range (the usual state, and every untick back to it): the search decides alone.
  if (choosesNothing(index, filters)) {
    for (let k = 0; k < n; k++) mask[searchHits[k] as number] = 1;
    return mask;
  }
  const facets = activeFacets(index, filters);
  const ranges = rangePredicate(filters);
  // Index loops with no closure per row: at 330,000 rows the `every` callback was most of the pass.
  rowsLoop: for (let k = 0; k < n; k++) {
    const i = searchHits[k] as number;
    const row = rows[i];
    if (row === undefined || (ranges !== null && !ranges(row))) continue;
    for (let f = 0; f < facets.length; f++) {
      const facet = facets[f] as ActiveFacet;
      if (!rowMatches(facet.column, facet.mask, i)) continue rowsLoop;
    }
    mask[i] = 1;
  }
  return mask;
}
