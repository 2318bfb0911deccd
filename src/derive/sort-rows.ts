// Multi-column sorting of decision rows. Keys become cached dense ranks
// (sort-ranks.ts), so a sort compares integers; a one-column sort packs rank
// and row position into one number and lets the typed array sort natively.
// Empty values go last whatever the direction, since a user sorting by age
// wants ages first. Ties keep the row order.
import { columnRanks } from './sort-ranks';
import type { ColumnRanks } from './sort-ranks';
import type { DecisionRow } from './rows';

/** One sort level, in react-table's ColumnSort shape. */
export interface SortSpec {
  id: string;
  desc: boolean;
}

/** The rank to sort by: reversed for a descending level, with the empty value still last. */
function directedRank({ ranks, nullRank }: ColumnRanks, desc: boolean, i: number): number {
  const r = ranks[i] ?? nullRank;
  return desc && r !== nullRank ? nullRank - 1 - r : r;
}

// Row positions fit in 2^22 (4 million rows); rank * 2^22 + position stays an
// exact integer in a double for any rank below 2^30.
const POSITION_BITS = 2 ** 22;

/** Sorts by one composite rank per row (any number below 2^30). */
function sortByRank(count: number, rankOf: (i: number) => number): Int32Array {
  const packed = new Float64Array(count);
  for (let i = 0; i < count; i++) packed[i] = rankOf(i) * POSITION_BITS + i;
  packed.sort();
  const order = new Int32Array(count);
  for (let i = 0; i < count; i++) order[i] = (packed[i] ?? 0) % POSITION_BITS;
  return order;
}

/**
 * The row positions in sorted order, or null when there is nothing to sort by.
 * Unknown column ids are ignored.
 */
export function sortOrder(
  rows: readonly DecisionRow[],
  sorting: readonly SortSpec[],
  /** Largest composite rank packed into one number; beyond it, a comparator sort (a parameter so tests reach both). */
  compositeLimit = 2 ** 30,
): Int32Array | null {
  const levels = sorting.flatMap((s) => {
    const ranked = columnRanks(rows, s.id);
    return ranked === undefined ? [] : [{ ranked, desc: s.desc }];
  });
  if (levels.length === 0) return null;
  // Several levels fold into one composite rank (mixed radix) when it fits,
  // which is the usual case: outcome x category x medication is a few thousand.
  const span = levels.reduce((product, { ranked }) => product * (ranked.nullRank + 1), 1);
  if (span <= compositeLimit && rows.length < POSITION_BITS) {
    return sortByRank(rows.length, (i) => {
      let composite = 0;
      for (const { ranked, desc } of levels) composite = composite * (ranked.nullRank + 1) + directedRank(ranked, desc, i);
      return composite;
    });
  }
  const directed = levels.map(({ ranked, desc }) => Int32Array.from(ranked.ranks, (_, i) => directedRank(ranked, desc, i)));
  const order = Array.from({ length: rows.length }, (_, i) => i);
  order.sort((i, j) => {
    for (const keys of directed) {
      const c = (keys[i] ?? 0) - (keys[j] ?? 0);
      if (c !== 0) return c;
    }
    return i - j;
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
