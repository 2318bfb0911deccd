// A column's sort keys as dense ranks (0 = smallest; null gets the largest
// rank), computed once per column per set of rows and kept while the rows
// live. Sorting then compares small integers instead of strings, and sorting
// the same column the other way, or again after a filter, costs no key work.
import type { SortKey } from './columns';
import { columnSpec } from './columns';
import type { DecisionRow } from './rows';

export interface ColumnRanks {
  ranks: Int32Array;
  /** The rank given to rows with no value (one past the largest real rank). */
  nullRank: number;
}

function compareValues(a: string | number, b: string | number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// Rows handled between two looks at the clock while ranks are built in idle time.
const SLICE = 4096;

/**
 * Builds a column's ranks, yielding every few thousand rows so the work can
 * be spread over idle periods (prepareRanks) or run at once (columnRanks).
 */
function* rankColumn(rows: readonly DecisionRow[], sortKey: (row: DecisionRow) => SortKey): Generator<void, ColumnRanks> {
  const keys = new Array<SortKey>(rows.length);
  const distinct = new Map<string | number, number>();
  for (let i = 0; i < rows.length; i++) {
    const key = sortKey(rows[i] as DecisionRow);
    keys[i] = key;
    if (key !== null) distinct.set(key, 0);
    if (i % SLICE === SLICE - 1) yield;
  }
  const values = [...distinct.keys()];
  // Without a comparator the engine sorts strings by UTF-16 code units, as `<`
  // does, several times faster than any comparator function.
  if (values.every((v) => typeof v === 'string')) values.sort();
  else values.sort(compareValues);
  // Equal values share a rank; distinct keys of different types ("1" and 1) never meet in one column.
  values.forEach((v, i) => distinct.set(v, i));
  yield;
  const nullRank = values.length;
  const ranks = new Int32Array(keys.length);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    ranks[i] = key === null || key === undefined ? nullRank : (distinct.get(key) ?? nullRank);
    if (i % SLICE === SLICE - 1) yield;
  }
  return { ranks, nullRank };
}

function runToEnd<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done === true) return step.value;
  }
}

const cache = new WeakMap<readonly DecisionRow[], Map<string, ColumnRanks>>();
// A build prepareRanks has started but not finished, per rows array.
const building = new WeakMap<readonly DecisionRow[], { columnId: string; steps: Generator<void, ColumnRanks> }>();

function cachedRanks(rows: readonly DecisionRow[]): Map<string, ColumnRanks> {
  let byColumn = cache.get(rows);
  if (byColumn === undefined) {
    byColumn = new Map();
    cache.set(rows, byColumn);
  }
  return byColumn;
}

/** Ranks of a column over `rows`, or undefined for an unknown column. */
export function columnRanks(rows: readonly DecisionRow[], columnId: string): ColumnRanks | undefined {
  const spec = columnSpec(columnId);
  if (spec === undefined) return undefined;
  const byColumn = cachedRanks(rows);
  let ranked = byColumn.get(columnId);
  if (ranked === undefined) {
    // A sort that comes before the idle build is done finishes it here instead of starting over.
    const started = building.get(rows);
    const steps = started?.columnId === columnId ? started.steps : rankColumn(rows, spec.sortKey);
    if (started?.columnId === columnId) building.delete(rows);
    ranked = runToEnd(steps);
    byColumn.set(columnId, ranked);
  }
  return ranked;
}

/**
 * Ranks every column of `rows` ahead of the first sort, a slice at a time
 * while hasTime() says so (see idleSlices); returns true once all are built.
 * The first sort by a text column at 330,000 rows otherwise spends ~150 ms
 * lower-casing and ranking it while the user waits.
 */
export function prepareRanks(rows: readonly DecisionRow[], hasTime: () => boolean, columnIds: readonly string[]): boolean {
  const byColumn = cachedRanks(rows);
  for (const columnId of columnIds) {
    if (byColumn.has(columnId)) continue;
    const spec = columnSpec(columnId);
    if (spec === undefined) continue;
    let started = building.get(rows);
    if (started?.columnId !== columnId) {
      started = { columnId, steps: rankColumn(rows, spec.sortKey) };
      building.set(rows, started);
    }
    for (;;) {
      if (!hasTime()) return false;
      const step = started.steps.next();
      if (step.done === true) {
        byColumn.set(columnId, step.value);
        building.delete(rows);
        break;
      }
    }
  }
  return true;
}
