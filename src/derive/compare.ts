// Two cohorts side by side: each a set of facet values within the page's
// filters (for example reviewer specialty Pain Medicine against Occupational
// Medicine), their overturn rates with Wilson intervals, and the difference
// with its 95% interval by Newcombe's hybrid score method (method 10 of
// Newcombe 1998, built from the two Wilson intervals), overall and per group
// of a few facets. A difference whose interval excludes zero is marked; small
// groups are kept and shown with their sizes, since an interval says how
// little they tell.
import { Z_95, wilsonInterval } from './wilson';
import type { FacetKey } from './filter-state';
import { FACET_KEYS } from './filter-state';
import type { FacetIndex } from './facet-index';
import { countRow, rowMatches, selectionMask } from './facet-index';
import { positionsOf } from './row-list';
import type { DecisionRow } from './rows';
import { csvText, type Cell } from './csv';

/** A cohort: values chosen per facet (OR within a facet, AND across facets), on top of the page's filters. */
export type Cohort = Partial<Record<FacetKey, string[]>>;

export interface Rate {
  n: number;
  overturned: number;
  rate: number | null;
  low: number | null;
  high: number | null;
}

export interface Difference {
  /** Rate of A minus rate of B, and its 95% interval; null when either side has no decisions. */
  value: number | null;
  low: number | null;
  high: number | null;
  /** The interval lies wholly above or below zero. */
  excludesZero: boolean;
}

export interface CompareRow {
  group: string;
  a: Rate;
  b: Rate;
  difference: Difference;
}

export interface Comparison {
  a: Rate;
  b: Rate;
  difference: Difference;
  /** Per facet of COMPARE_BY: a row per value present in either cohort, largest first. */
  by: { facet: FacetKey; rows: CompareRow[] }[];
}

/** The breakdowns a comparison shows. */
export const COMPARE_BY: readonly FacetKey[] = ['category', 'medication', 'drug_class', 'reasons'];

/** What cohorts are picked by until the user picks another facet: the question most bring (reviewer against reviewer). */
export const DEFAULT_COHORT_FACET: FacetKey = 'specialty';

export function rateOf(overturned: number, n: number): Rate {
  const { rate, low, high } = wilsonInterval(overturned, n, Z_95);
  return { n, overturned, rate, low, high };
}

/** Newcombe's hybrid score interval for the difference of two independent proportions. */
export function newcombeDifference(a: Rate, b: Rate): Difference {
  if (a.rate === null || b.rate === null || a.low === null || a.high === null || b.low === null || b.high === null) {
    return { value: null, low: null, high: null, excludesZero: false };
  }
  const value = a.rate - b.rate;
  const low = value - Math.sqrt((a.rate - a.low) ** 2 + (b.high - b.rate) ** 2);
  const high = value + Math.sqrt((a.high - a.rate) ** 2 + (b.rate - b.low) ** 2);
  return { value, low, high, excludesZero: low > 0 || high < 0 };
}

/** 1 at each row of `base` that is in the cohort. */
export function cohortMask(rows: readonly DecisionRow[], index: FacetIndex, base: Uint8Array, cohort: Cohort): Uint8Array {
  const tests = FACET_KEYS.flatMap((facet) => {
    const values = cohort[facet];
    if (values === undefined || values.length === 0) return [];
    const column = index.column(facet);
    return [{ column, mask: selectionMask(column, values) }];
  });
  const out = new Uint8Array(rows.length);
  rowsLoop: for (let i = 0; i < rows.length; i++) {
    if (base[i] !== 1) continue;
    for (let t = 0; t < tests.length; t++) {
      const test = tests[t] as (typeof tests)[number];
      if (!rowMatches(test.column, test.mask, i)) continue rowsLoop;
    }
    out[i] = 1;
  }
  return out;
}

function overall(over: Uint8Array, at: Int32Array): Rate {
  let overturned = 0;
  for (let k = 0; k < at.length; k++) overturned += over[at[k] as number] as number;
  return rateOf(overturned, at.length);
}

function breakdown(index: FacetIndex, facet: FacetKey, over: Uint8Array, a: Int32Array, b: Int32Array): CompareRow[] {
  const column = index.column(facet);
  const size = column.values.length;
  const counts = { a: new Int32Array(size), aOver: new Int32Array(size), b: new Int32Array(size), bOver: new Int32Array(size) };
  const add = (at: Int32Array, n: Int32Array, overturned: Int32Array) => {
    for (let k = 0; k < at.length; k++) {
      const i = at[k] as number;
      countRow(column, n, i);
      if (over[i] === 1) countRow(column, overturned, i);
    }
  };
  add(a, counts.a, counts.aOver);
  add(b, counts.b, counts.bOver);
  const out: CompareRow[] = [];
  for (let c = 0; c < size; c++) {
    const na = counts.a[c] ?? 0;
    const nb = counts.b[c] ?? 0;
    if (na + nb === 0) continue;
    const rateA = rateOf(counts.aOver[c] ?? 0, na);
    const rateB = rateOf(counts.bOver[c] ?? 0, nb);
    out.push({ group: column.values[c] as string, a: rateA, b: rateB, difference: newcombeDifference(rateA, rateB) });
  }
  return out.sort((x, y) => y.a.n + y.b.n - (x.a.n + x.b.n) || x.group.localeCompare(y.group));
}

/** The two cohorts within `base` (the page's filters), overall and by each of `by`. */
export function compareCohorts(
  rows: readonly DecisionRow[],
  index: FacetIndex,
  /** 1 for each overturned row (GroupColumns.overturned): a row's own decision, read at each cohort row for the
   * overall rate and again for each breakdown, was most of a comparison's time at 330,000 rows. */
  over: Uint8Array,
  base: Uint8Array,
  a: Cohort,
  b: Cohort,
  by: readonly FacetKey[] = COMPARE_BY,
): Comparison {
  // A cohort is read once, then only its own rows are visited.
  const inA = positionsOf(cohortMask(rows, index, base, a));
  const inB = positionsOf(cohortMask(rows, index, base, b));
  const rateA = overall(over, inA);
  const rateB = overall(over, inB);
  return {
    a: rateA,
    b: rateB,
    difference: newcombeDifference(rateA, rateB),
    by: by.map((facet) => ({ facet, rows: breakdown(index, facet, over, inA, inB) })),
  };
}

/** The comparison as CSV rows: the overall line, then each breakdown's groups; rates and bounds as fractions. */
export function comparisonCsv(comparison: Comparison, labels: { a: string; b: string }): string {
  const fields = [
    'breakdown', 'group',
    'a_decisions', 'a_overturned', 'a_rate', 'a_low', 'a_high',
    'b_decisions', 'b_overturned', 'b_rate', 'b_low', 'b_high',
    'difference', 'difference_low', 'difference_high', 'excludes_zero',
    'cohort_a', 'cohort_b',
  ];
  const line = (breakdown: string, group: string, a: Rate, b: Rate, d: Difference): Cell[] => [
    breakdown, group,
    a.n, a.overturned, a.rate, a.low, a.high,
    b.n, b.overturned, b.rate, b.low, b.high,
    d.value, d.low, d.high, d.excludesZero,
    labels.a, labels.b,
  ];
  const rows: Cell[][] = [line('all', 'all', comparison.a, comparison.b, comparison.difference)];
  for (const { facet, rows: groups } of comparison.by) {
    for (const row of groups) rows.push(line(facet, row.group, row.a, row.b, row.difference));
  }
  return csvText(fields, rows);
}
