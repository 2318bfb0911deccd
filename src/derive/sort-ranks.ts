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

function rankColumn(keys: readonly SortKey[]): ColumnRanks {
  const distinct = new Map<string | number, number>();
  for (const key of keys) if (key !== null) distinct.set(key, 0);
  const values = [...distinct.keys()];
  // Without a comparator the engine sorts strings by UTF-16 code units, as `<`
  // does, several times faster than any comparator function.
  if (values.every((v) => typeof v === 'string')) values.sort();
  else values.sort(compareValues);
  // Equal values share a rank; distinct keys of different types ("1" and 1) never meet in one column.
  values.forEach((v, i) => distinct.set(v, i));
  const nullRank = values.length;
  const ranks = new Int32Array(keys.length);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    ranks[i] = key === null || key === undefined ? nullRank : (distinct.get(key) ?? nullRank);
  }
  return { ranks, nullRank };
}

const cache = new WeakMap<readonly DecisionRow[], Map<string, ColumnRanks>>();

/** Ranks of a column over `rows`, or undefined for an unknown column. */
export function columnRanks(rows: readonly DecisionRow[], columnId: string): ColumnRanks | undefined {
  const spec = columnSpec(columnId);
  if (spec === undefined) return undefined;
  let byColumn = cache.get(rows);
  if (byColumn === undefined) {
    byColumn = new Map();
    cache.set(rows, byColumn);
  }
  let ranked = byColumn.get(columnId);
  if (ranked === undefined) {
    ranked = rankColumn(rows.map(spec.sortKey));
    byColumn.set(columnId, ranked);
  }
  return ranked;
}
