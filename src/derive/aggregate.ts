// Upheld / overturned counts per group of decisions, with the overturn rate
// and its Wilson interval: the numbers every chart draws. Each grouping's
// keys are read once per set of rows into integer codes (GroupColumns), so
// every later count is one pass over typed arrays.
import type { DecisionRow } from './rows';
import { wilsonInterval } from './wilson';
import { interner } from './intern';
import { ColumnBuilds } from './column-builds';

/**
 * The group(s) a decision falls in: one value, several (it counts under each),
 * or none (null or an empty list: the decision is left out and counted as excluded).
 */
export type GroupValues = string | readonly string[] | null;
export type GroupKey = (row: DecisionRow) => GroupValues;

export interface OutcomeCounts {
  upheld: number;
  overturned: number;
  total: number;
  /** Overturned / total, null when total is 0. */
  overturnedRate: number | null;
  /** 95% Wilson interval of overturnedRate. */
  low: number | null;
  high: number | null;
}

export interface GroupStats extends OutcomeCounts {
  group: string;
  /** How many groups this row folds together: 0 for a real group, > 0 for "Other". */
  folded: number;
}

export interface Aggregate {
  groups: GroupStats[];
  /** Decisions that fell in no group. */
  excluded: number;
}

export interface AggregateOptions {
  /** Keep this many largest groups and fold the rest into one "Other" row; null keeps all. */
  top?: number | null;
  /** 'total' (the default): largest first, ties by name; 'group': by name, for months. */
  order?: 'total' | 'group';
  /**
   * The key reads only the letter (specialty, decision date): a letter's rows
   * sit next to each other, so the key is read once per run of them.
   */
  perLetter?: boolean;
}

export const DEFAULT_TOP = 15;

export function otherLabel(folded: number): string {
  // Counted in the label so it can never collide with a real group called "Other"
  // (a guideline source, a drug class).
  return `Other (${folded} more)`;
}

export function outcomeCounts(upheld: number, overturned: number): OutcomeCounts {
  const total = upheld + overturned;
  const ci = wilsonInterval(overturned, total);
  return { upheld, overturned, total, overturnedRate: ci.rate, low: ci.low, high: ci.high };
}

interface Tally {
  upheld: number;
  overturned: number;
}

/** One grouping to compute in a shared pass: its key and how to present the groups. */
export type Grouping = AggregateOptions & { key: GroupKey };

export interface AggregateSet {
  /** One aggregate per grouping, in the groupings' order. */
  aggregates: Aggregate[];
  /** Every decision passed in, whatever its groups. */
  totals: OutcomeCounts;
}

/** Sorts the groups and folds the tail into "Other". */
function present(tallies: Map<string, Tally>, options: AggregateOptions): GroupStats[] {
  const top = options.top === undefined ? DEFAULT_TOP : options.top;
  const entries = [...tallies];
  if (options.order === 'group') {
    entries.sort((a, b) => compareText(a[0], b[0]));
  } else {
    entries.sort((a, b) => b[1].upheld + b[1].overturned - (a[1].upheld + a[1].overturned) || compareText(a[0], b[0]));
  }

  const kept = top !== null && entries.length > top ? entries.slice(0, top) : entries;
  const groups: GroupStats[] = kept.map(([group, t]) => ({ group, folded: 0, ...outcomeCounts(t.upheld, t.overturned) }));
  if (kept.length < entries.length) {
    let upheld = 0;
    let overturned = 0;
    for (let i = kept.length; i < entries.length; i++) {
      const t = entries[i]?.[1];
      if (t === undefined) continue;
      upheld += t.upheld;
      overturned += t.overturned;
    }
    const folded = entries.length - kept.length;
    groups.push({ group: otherLabel(folded), folded, ...outcomeCounts(upheld, overturned) });
  }
  return groups;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Each row's group(s) of one grouping as interned codes: code >= 0 is one
 * value, -1 no group (excluded), -2 - k the k-th list of codes (a row in
 * several groups). Lists repeat (a letter's specialties), so they are interned too.
 */
interface GroupColumn {
  values: string[];
  codes: Int32Array;
  lists: number[][];
}

/**
 * The rows' outcomes and each grouping's keys as integer codes, read once per
 * set of rows and grouping: a change of filters is then a pass over typed
 * arrays, not over 330,000 row objects spread over the heap.
 */
export class GroupColumns {
  /** 1 where the decision was overturned (read by Compare too). */
  readonly overturned: Uint8Array;
  private readonly columns: ColumnBuilds<Grouping, GroupColumn>;

  constructor(rows: readonly DecisionRow[]) {
    this.columns = new ColumnBuilds((grouping) => groupSteps(rows, grouping));
    this.overturned = new Uint8Array(rows.length);
    for (let i = 0; i < rows.length; i++) this.overturned[i] = rows[i]?.decision.outcome === 'Overturned' ? 1 : 0;
  }

  /**
   * Builds these groupings' columns a slice of rows at a time while `hasTime()`;
   * true once all are built. Built on first use instead, the charts' columns were
   * one task of about 0.6 s after a reload at 330,000 decisions.
   */
  prepare(hasTime: () => boolean, groupings: readonly Grouping[]): boolean {
    return this.columns.prepare(hasTime, groupings);
  }

  /** Each grouping's aggregate over the rows at the 1s of `mask` (a filter mask), in one pass. */
  aggregate(groupings: readonly Grouping[], mask: Uint8Array): AggregateSet {
    const { overturned } = this;
    const columns = groupings.map((g) => this.columns.get(g));
    const upheldBy = columns.map((c) => new Float64Array(c.values.length));
    const overturnedBy = columns.map((c) => new Float64Array(c.values.length));
    const excluded = columns.map(() => 0);
    let upheldTotal = 0;
    let overturnedTotal = 0;
    const n = Math.min(overturned.length, mask.length);
    for (let i = 0; i < n; i++) {
      if (mask[i] !== 1) continue;
      const o = overturned[i] as number;
      overturnedTotal += o;
      upheldTotal += 1 - o;
      for (let g = 0; g < columns.length; g++) {
        const column = columns[g] as GroupColumn;
        const c = column.codes[i] as number;
        const into = o === 1 ? (overturnedBy[g] as Float64Array) : (upheldBy[g] as Float64Array);
        if (c >= 0) into[c] = (into[c] as number) + 1;
        else if (c === -1) excluded[g] = (excluded[g] as number) + 1;
        else for (const k of column.lists[-2 - c] as number[]) into[k] = (into[k] as number) + 1;
      }
    }
    const aggregates = groupings.map((grouping, g) => {
      const column = columns[g] as GroupColumn;
      const up = upheldBy[g] as Float64Array;
      const over = overturnedBy[g] as Float64Array;
      const tallies = new Map<string, Tally>();
      for (let c = 0; c < column.values.length; c++) {
        const u = up[c] as number;
        const o = over[c] as number;
        if (u + o > 0) tallies.set(column.values[c] as string, { upheld: u, overturned: o });
      }
      return { groups: present(tallies, grouping), excluded: excluded[g] as number };
    });
    return { aggregates, totals: outcomeCounts(upheldTotal, overturnedTotal) };
  }
}

// Rows a column build does between two looks at the clock when it runs in idle slices.
const SLICE = 4_096;

/** One grouping's keys over the rows, as codes (see GroupColumn), a slice of rows per step; the generator's value is the column. */
function* groupSteps(rows: readonly DecisionRow[], grouping: Grouping): Generator<void, GroupColumn> {
  const { values, code } = interner();
  const lists: number[][] = [];
  const listOf = new Map<string, number>();
  const codes = new Int32Array(rows.length);
  // Per-letter keys give the same answer for a letter's neighbouring rows.
  let lastLetter: unknown = null;
  let lastCode = -1;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (row === undefined) {
      codes[i] = -1;
      continue;
    }
    if (grouping.perLetter === true && row.letter === lastLetter) {
      codes[i] = lastCode;
      continue;
    }
    const value = grouping.key(row);
    let c: number;
    if (value === null) c = -1;
    else if (typeof value === 'string') c = code(value);
    else {
      // A value listed twice for one decision still counts the decision once.
      const distinct = [...new Set(value)].map(code);
      if (distinct.length === 0) c = -1;
      else if (distinct.length === 1) c = distinct[0] as number;
      else {
        const id = distinct.join(',');
        let k = listOf.get(id);
        if (k === undefined) {
          k = lists.length;
          lists.push(distinct);
          listOf.set(id, k);
        }
        c = -2 - k;
      }
    }
    codes[i] = c;
    lastLetter = row.letter;
    lastCode = c;
    if ((i + 1) % SLICE === 0) yield;
  }
  return { values, codes, lists };
}
