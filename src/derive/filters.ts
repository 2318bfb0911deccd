// Which decision rows pass the view's filters. Pure, and built to run on every
// keystroke over ~330,000 rows: search scans cached lower-cased text once per
// query, facets compare interned integer codes (facet-index.ts), and the
// intermediate results are row positions, not copies of rows.
// Within a facet the chosen values are OR'ed; facets, ranges and search are AND'ed
// (see filter-state.ts).
import type { FacetColumn } from './facet-index';
import { facetColumn, rowMatches, selectionMask } from './facet-index';
import type { DateRange, FacetKey, FilterState, NumberRange } from './filter-state';
import { FACET_KEYS } from './filter-state';
import type { DecisionRow } from './rows';

export { facetValueOf } from './facet-value';

/** Lower-cased words of the search box; empty when there is nothing to search for. */
export function searchTerms(search: string): string[] {
  return search
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w.length > 0);
}

// One lower-cased "item \n rationale" string per row, built in idle slices by
// prepareSearch (or at once by the first search, if that comes sooner) and
// kept for as long as that rows array lives, so typing costs one scan, not a
// lower-casing of every rationale per keystroke. `preparing` holds a build
// still in progress.
const haystacks = new WeakMap<readonly DecisionRow[], string[]>();
// The last query's hits per rows array: the filter pass and the facet counts
// of one view update ask for the same search.
const lastSearch = new WeakMap<readonly DecisionRow[], { key: string; hits: Int32Array }>();
const everyRow = new WeakMap<readonly DecisionRow[], Int32Array>();
const preparing = new WeakMap<readonly DecisionRow[], string[]>();

function haystackOf(row: DecisionRow | undefined): string {
  return row === undefined ? '' : `${row.decision.item}\n${row.decision.rationale}`.toLowerCase();
}

function haystacksOf(rows: readonly DecisionRow[]): string[] {
  let cached = haystacks.get(rows);
  if (cached === undefined) {
    prepareSearch(rows, () => true);
    cached = haystacks.get(rows) ?? [];
  }
  return cached;
}

function allPositions(rows: readonly DecisionRow[]): Int32Array {
  let all = everyRow.get(rows);
  if (all === undefined) {
    all = new Int32Array(rows.length);
    for (let i = 0; i < all.length; i++) all[i] = i;
    everyRow.set(rows, all);
  }
  return all;
}

/** Positions of the rows whose item or rationale contains every search word. */
export function searchPositions(rows: readonly DecisionRow[], search: string): Int32Array {
  const terms = searchTerms(search);
  if (terms.length === 0) return allPositions(rows);
  const key = terms.join(' ');
  const last = lastSearch.get(rows);
  if (last !== undefined && last.key === key) return last.hits;
  const texts = haystacksOf(rows);
  // Typing on narrows the last query (every old word is inside a new one), so
  // only the last hits need a look: each keystroke scans less than the one before.
  const within = last !== undefined && narrows(last.key, terms) ? last.hits : allPositions(rows);
  const hits: number[] = [];
  for (const i of within) {
    const text = texts[i] ?? '';
    if (terms.every((t) => text.includes(t))) hits.push(i);
  }
  const result = Int32Array.from(hits);
  lastSearch.set(rows, { key, hits: result });
  return result;
}

/** Whether every row matching `terms` also matches the earlier query `lastKey`. */
function narrows(lastKey: string, terms: readonly string[]): boolean {
  return lastKey.split(' ').every((old) => terms.some((t) => t.includes(old)));
}

/**
 * Builds the search text of `rows` a slice at a time, so the first search of a
 * large library does not pay for lower-casing every rationale at once. Call it
 * in idle time with a deadline; returns true when the work is done.
 */
export function prepareSearch(rows: readonly DecisionRow[], hasTime: () => boolean): boolean {
  let partial = preparing.get(rows);
  if (haystacks.has(rows)) return true;
  if (partial === undefined) {
    partial = [];
    preparing.set(rows, partial);
  }
  while (partial.length < rows.length) {
    const end = Math.min(rows.length, partial.length + 2_000);
    for (let i = partial.length; i < end; i++) partial.push(haystackOf(rows[i]));
    if (!hasTime()) break;
  }
  if (partial.length < rows.length) return false;
  haystacks.set(rows, partial);
  preparing.delete(rows);
  return true;
}

/** Rows whose item or rationale contains every word of `search` (case-insensitive). */
export function applySearch(rows: readonly DecisionRow[], search: string): readonly DecisionRow[] {
  if (searchTerms(search).length === 0) return rows;
  return pick(rows, searchPositions(rows, search));
}

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
export function activeFacets(rows: readonly DecisionRow[], filters: FilterState): ActiveFacet[] {
  const out: ActiveFacet[] = [];
  for (const facet of FACET_KEYS) {
    const values = filters.facets[facet];
    if (values === undefined || values.length === 0) continue;
    const column = facetColumn(rows, facet);
    out.push({ facet, column, mask: selectionMask(column, values) });
  }
  return out;
}

function pick(rows: readonly DecisionRow[], positions: Int32Array | readonly number[]): DecisionRow[] {
  const out: DecisionRow[] = [];
  for (const i of positions) {
    const row = rows[i];
    if (row !== undefined) out.push(row);
  }
  return out;
}

/**
 * 1 at the position of each row passing every facet, range and the search.
 * `searchHits` lets a caller that already ran (and timed) the search pass it in.
 */
export function filterMask(
  rows: readonly DecisionRow[],
  filters: FilterState,
  searchHits: Int32Array = searchPositions(rows, filters.search),
): Uint8Array {
  const facets = activeFacets(rows, filters);
  const ranges = rangePredicate(filters);
  const mask = new Uint8Array(rows.length);
  const n = searchHits.length;
  // No facet and no range (the usual state, and every untick back to it): the search decides alone.
  if (facets.length === 0 && ranges === null) {
    for (let k = 0; k < n; k++) mask[searchHits[k] as number] = 1;
    return mask;
  }
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

/**
 * The rows of `mask`, in `order` (a permutation of row positions from
 * sortOrder) or in input order. Filtering a sorted order keeps it sorted, so
 * a new filter never needs a new sort.
 */
export function maskedRows(rows: readonly DecisionRow[], mask: Uint8Array, order: Int32Array | null = null): DecisionRow[] {
  const out: DecisionRow[] = [];
  const n = order === null ? rows.length : order.length;
  for (let k = 0; k < n; k++) {
    const i = order === null ? k : (order[k] ?? -1);
    const row = rows[i];
    if (row !== undefined && mask[i] === 1) out.push(row);
  }
  return out;
}

/** The rows that pass every facet, range and the search. Keeps the input order. */
export function applyFilters(rows: readonly DecisionRow[], filters: FilterState): DecisionRow[] {
  return maskedRows(rows, filterMask(rows, filters));
}
