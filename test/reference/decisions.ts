// Plain, obviously right versions of what the decisions view computes fast
// (src/derive/decision-set.ts and the passes it composes): one row at a time,
// strings compared as strings, no caches, no typed arrays. Tests check the
// fast paths against these on fixed and on random inputs.
import type { Aggregate, AggregateOptions, AggregateSet, GroupKey, GroupStats, Grouping, OutcomeCounts } from '../../src/derive/aggregate';
import { DEFAULT_TOP, otherLabel, outcomeCounts } from '../../src/derive/aggregate';
import type { ChartSet, ChartSpec } from '../../src/derive/chart-data';
import { CHART_SPECS, chartNote } from '../../src/derive/chart-data';
import type { SortKey } from '../../src/derive/columns';
import { columnSpec } from '../../src/derive/columns';
import { facetValueOf } from '../../src/derive/facet-value';
import type { FacetCount } from '../../src/derive/facets';
import type { FacetKey, FilterState } from '../../src/derive/filter-state';
import { FACET_KEYS } from '../../src/derive/filter-state';
import type { DecisionRow } from '../../src/derive/rows';
import type { SortSpec } from '../../src/derive/sort-rows';

const words = (search: string): string[] => search.toLowerCase().split(/\s+/).filter(Boolean);

function matchesSearch(row: DecisionRow, search: string): boolean {
  const text = `${row.decision.item}\n${row.decision.rationale}`.toLowerCase();
  return words(search).every((w) => text.includes(w));
}

/** Rows whose item or rationale holds every word of `search`, any case. */
export function applySearch(rows: readonly DecisionRow[], search: string): DecisionRow[] {
  return rows.filter((row) => matchesSearch(row, search));
}

function asList(value: string | readonly string[]): readonly string[] {
  return typeof value === 'string' ? [value] : value;
}

function matchesFacet(row: DecisionRow, facet: FacetKey, chosen: readonly string[] | undefined): boolean {
  if (chosen === undefined || chosen.length === 0) return true;
  return asList(facetValueOf(row, facet)).some((v) => chosen.includes(v));
}

// A partial date counts as its first day; a row without the value is outside any set range.
const firstDay = (date: string): string => (date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date);

function inDates(value: string | null, from: string | null, to: string | null): boolean {
  if (from === null && to === null) return true;
  if (value === null) return false;
  const day = firstDay(value);
  return (from === null || day >= from) && (to === null || day <= to);
}

function matchesRanges(row: DecisionRow, filters: FilterState): boolean {
  const { min, max } = filters.age;
  const age = row.letter.patient.age;
  if ((min !== null || max !== null) && (age === null || (min !== null && age < min) || (max !== null && age > max))) return false;
  return (
    inDates(row.letter.decision_date, filters.decisionDate.from, filters.decisionDate.to) &&
    inDates(row.letter.date_of_injury, filters.injuryDate.from, filters.injuryDate.to)
  );
}

function passesAllBut(row: DecisionRow, filters: FilterState, skipped: FacetKey | null): boolean {
  return (
    matchesSearch(row, filters.search) &&
    matchesRanges(row, filters) &&
    FACET_KEYS.every((facet) => facet === skipped || matchesFacet(row, facet, filters.facets[facet]))
  );
}

/** The rows passing every facet, range and the search, in input order. */
export function applyFilters(rows: readonly DecisionRow[], filters: FilterState): DecisionRow[] {
  return rows.filter((row) => passesAllBut(row, filters, null));
}

/**
 * One facet's values counted over the rows passing every other filter; most
 * frequent first (months in calendar order), ties by value; a chosen value
 * is listed even at zero.
 */
export function facetCounts(rows: readonly DecisionRow[], filters: FilterState, facet: FacetKey): FacetCount[] {
  const counts = new Map<string, number>();
  for (const row of rows) {
    if (!passesAllBut(row, filters, facet)) continue;
    for (const value of new Set(asList(facetValueOf(row, facet)))) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  const chosen = filters.facets[facet] ?? [];
  for (const value of chosen) if (!counts.has(value)) counts.set(value, 0);
  const byValue = (a: FacetCount, b: FacetCount) => (a.value < b.value ? -1 : a.value > b.value ? 1 : 0);
  return [...counts]
    .map(([value, count]) => ({ value, count, selected: chosen.includes(value) }))
    .sort(facet === 'decision_month' ? byValue : (a, b) => b.count - a.count || byValue(a, b));
}

/** A stable sort by the columns' sort keys; empty values last in either direction; unknown columns ignored. */
export function sortRows(rows: readonly DecisionRow[], sorting: readonly SortSpec[]): DecisionRow[] {
  const levels = sorting.flatMap((s) => {
    const spec = columnSpec(s.id);
    return spec === undefined ? [] : [{ key: spec.sortKey, desc: s.desc }];
  });
  const compare = (a: SortKey, b: SortKey, desc: boolean) => {
    if (a === b) return 0;
    if (a === null) return 1;
    if (b === null) return -1;
    return (a < b ? -1 : 1) * (desc ? -1 : 1);
  };
  return rows
    .map((row, i) => ({ row, i }))
    .sort((x, y) => {
      for (const { key, desc } of levels) {
        const c = compare(key(x.row), key(y.row), desc);
        if (c !== 0) return c;
      }
      return x.i - y.i;
    })
    .map(({ row }) => row);
}

export function countLetters(rows: readonly DecisionRow[]): number {
  return new Set(rows.map((row) => row.letter)).size;
}

function groupsOf(row: DecisionRow, grouping: Grouping): string[] {
  const value = grouping.key(row);
  return value === null ? [] : [...new Set(asList(value))];
}

function aggregateOne(rows: readonly DecisionRow[], grouping: Grouping): Aggregate {
  const tallies = new Map<string, { upheld: number; overturned: number }>();
  let excluded = 0;
  for (const row of rows) {
    const groups = groupsOf(row, grouping);
    if (groups.length === 0) excluded++;
    for (const group of groups) {
      const t = tallies.get(group) ?? { upheld: 0, overturned: 0 };
      if (row.decision.outcome === 'Overturned') t.overturned++;
      else t.upheld++;
      tallies.set(group, t);
    }
  }
  const entries = [...tallies].map(([group, t]) => ({ group, ...t, total: t.upheld + t.overturned }));
  const byName = (a: { group: string }, b: { group: string }) => (a.group < b.group ? -1 : a.group > b.group ? 1 : 0);
  entries.sort(grouping.order === 'group' ? byName : (a, b) => b.total - a.total || byName(a, b));
  const top = grouping.top === undefined ? DEFAULT_TOP : grouping.top;
  const kept = top === null ? entries : entries.slice(0, top);
  const rest = entries.slice(kept.length);
  const groups: GroupStats[] = kept.map((e) => ({ group: e.group, folded: 0, ...outcomeCounts(e.upheld, e.overturned) }));
  if (rest.length > 0) {
    const upheld = rest.reduce((n, e) => n + e.upheld, 0);
    const overturned = rest.reduce((n, e) => n + e.overturned, 0);
    groups.push({ group: otherLabel(rest.length), folded: rest.length, ...outcomeCounts(upheld, overturned) });
  }
  return { groups, excluded };
}

/** Every grouping's upheld / overturned counts over the rows, each grouping on its own. */
export function aggregateAll(rows: readonly DecisionRow[], groupings: readonly Grouping[]): AggregateSet {
  const overturned = rows.filter((row) => row.decision.outcome === 'Overturned').length;
  return { aggregates: groupings.map((g) => aggregateOne(rows, g)), totals: outcomeCounts(rows.length - overturned, overturned) };
}

export function aggregateBy(rows: readonly DecisionRow[], key: GroupKey, options: AggregateOptions = {}): Aggregate {
  return aggregateOne(rows, { ...options, key });
}

export function headline(rows: readonly DecisionRow[]): OutcomeCounts {
  return aggregateAll(rows, []).totals;
}

export function buildChartSet(rows: readonly DecisionRow[], specs: readonly ChartSpec[] = CHART_SPECS): ChartSet {
  const { aggregates, totals } = aggregateAll(rows, specs);
  return {
    headline: totals,
    charts: specs.map((spec, i) => {
      const aggregate = aggregates[i] as Aggregate;
      return { ...aggregate, spec, note: chartNote(spec, aggregate.excluded) };
    }),
  };
}
