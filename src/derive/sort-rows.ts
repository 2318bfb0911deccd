// Multi-column sorting of decision rows. Keys are read once per row (not per
// comparison) so 330,000 rows sort in well under a second; empty values go
// last whatever the direction, since a user sorting by age wants ages first.
import type { SortKey } from './columns';
import { columnSpec } from './columns';
import type { DecisionRow } from './rows';

/** One sort level, in react-table's ColumnSort shape. */
export interface SortSpec {
  id: string;
  desc: boolean;
}

function compareKeys(a: SortKey, b: SortKey, desc: boolean): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  const order = a < b ? -1 : a > b ? 1 : 0;
  return desc ? -order : order;
}

/**
 * The row positions in sorted order, or null when there is nothing to sort by.
 * Ties keep the input order (Array#sort is stable). Unknown column ids are ignored.
 */
export function sortOrder(rows: readonly DecisionRow[], sorting: readonly SortSpec[]): Int32Array | null {
  const levels = sorting.flatMap((s) => {
    const spec = columnSpec(s.id);
    return spec === undefined ? [] : [{ keys: rows.map(spec.sortKey), desc: s.desc }];
  });
  if (levels.length === 0) return null;
  const order = rows.map((_, i) => i);
  order.sort((i, j) => {
    for (const { keys, desc } of levels) {
      const c = compareKeys(keys[i] ?? null, keys[j] ?? null, desc);
      if (c !== 0) return c;
    }
    return 0;
  });
  return Int32Array.from(order);
}

/** A sorted copy of the rows (see sortOrder). */
export function sortRows(rows: readonly DecisionRow[], sorting: readonly SortSpec[]): DecisionRow[] {
  const order = sortOrder(rows, sorting);
  if (order === null) return [...rows];
  const out: DecisionRow[] = [];
  for (const i of order) {
    const row = rows[i];
    if (row !== undefined) out.push(row);
  }
  return out;
}
