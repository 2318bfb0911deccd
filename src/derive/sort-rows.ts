// Multi-column sorting of decision rows. Keys become cached dense ranks
// (sort-ranks.ts), and the levels fold into one composite rank per row, sorted
// by counting when its span is small, else as rank and row position packed
// into one number; only spans too large to pack fall back to a comparator.
// Empty values go last whatever the direction, since a user sorting by age
// wants ages first. Ties keep the row order.
import type { ColumnRanks, SortRanks } from './sort-ranks';

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
 * Row positions sorted by `ranks` (each 0 <= rank < span) by counting: two
 * passes over the rows and one over the ranks, stable, no comparisons. For
 * the usual spans (a few thousand dates, tens of thousands of items) several
 * times faster than sorting packed numbers. The ranks come out in `rankOrder`
 * (every rank once), or ascending.
 */
function countingSort(ranks: Int32Array, span: number, rankOrder: Int32Array | null = null): Int32Array {
  const count = ranks.length;
  const sizes = new Int32Array(span);
  for (let i = 0; i < count; i++) {
    const r = ranks[i] as number;
    sizes[r] = (sizes[r] as number) + 1;
  }
  const starts = new Int32Array(span);
  let at = 0;
  for (let k = 0; k < span; k++) {
    const r = rankOrder === null ? k : (rankOrder[k] as number);
    starts[r] = at;
    at += sizes[r] as number;
  }
  const order = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    const r = ranks[i] as number;
    const slot = starts[r] as number;
    order[slot] = i;
    starts[r] = slot + 1;
  }
  return order;
}

/** countingSort by one composite rank per row (0 <= rank < span). */
function countingSortByRank(count: number, span: number, rankOf: (i: number) => number): Int32Array {
  const ranks = new Int32Array(count);
  for (let i = 0; i < count; i++) ranks[i] = rankOf(i);
  return countingSort(ranks, span);
}

/**
 * One column (a click on a heading, the usual sort), counted straight from
 * its ranks array, its direction taken in the order the ranks come out in,
 * not per row: a page sorts a column once or twice, so this runs cold, and
 * the general path's closure per row made a first sort 10-34 ms at 330,002
 * rows in Node (5-10 ms this way). Descending, the empty rank still comes last.
 */
function sortColumn({ ranks, nullRank }: ColumnRanks, desc: boolean): Int32Array {
  if (!desc) return countingSort(ranks, nullRank + 1);
  const down = new Int32Array(nullRank + 1);
  for (let k = 0; k < nullRank; k++) down[k] = nullRank - 1 - k;
  down[nullRank] = nullRank;
  return countingSort(ranks, nullRank + 1, down);
}

/**
 * The row positions in sorted order, or null when there is nothing to sort by.
 * Unknown column ids are ignored.
 */
export function sortOrder(
  ranks: SortRanks,
  sorting: readonly SortSpec[],
  /** Largest composite rank packed into one number; beyond it, a comparator sort (a parameter so tests reach both). */
  compositeLimit = 2 ** 30,
  /** Largest span of composite ranks sorted by counting (its table is 4 bytes a rank); beyond it, a sort of packed numbers. */
  countingLimit = Math.max(1 << 16, ranks.rowCount * 4),
): Int32Array | null {
  const count = ranks.rowCount;
  const levels = sorting.flatMap((s) => {
    const ranked = ranks.of(s.id);
    return ranked === undefined ? [] : [{ ranked, desc: s.desc }];
  });
  if (levels.length === 0) return null;
  const [only] = levels;
  if (levels.length === 1 && only !== undefined && only.ranked.ranks.length === count) return sortColumn(only.ranked, only.desc);
  // Several levels fold into one composite rank (mixed radix) when it fits,
  // which is the usual case: outcome x category x medication is a few thousand.
  const span = levels.reduce((product, { ranked }) => product * (ranked.nullRank + 1), 1);
  if (span <= compositeLimit && count < POSITION_BITS) {
    const rankOf = (i: number) => {
      let composite = 0;
      for (const { ranked, desc } of levels) composite = composite * (ranked.nullRank + 1) + directedRank(ranked, desc, i);
      return composite;
    };
    return span <= countingLimit ? countingSortByRank(count, span, rankOf) : sortByRank(count, rankOf);
  }
  const directed = levels.map(({ ranked, desc }) => Int32Array.from(ranked.ranks, (_, i) => directedRank(ranked, desc, i)));
  const order = Array.from({ length: count }, (_, i) => i);
  order.sort((i, j) => {
    for (const keys of directed) {
      const c = (keys[i] ?? 0) - (keys[j] ?? 0);
      if (c !== 0) return c;
    }
    return i - j;
  });
  return Int32Array.from(order);
}
