// The rows in view, in display order, as positions into the set's rows. Made
// on every sort, filter and keystroke; the table reads only the few rows on
// screen and an export reads them all once. Copying 330,000 rows out into an
// array took 9-54 ms a time in Node (pushes growing it, and the collections
// they set off); their positions into a typed array 1-4 ms.
import type { DecisionRow } from './rows';
import { maskCount } from './view-summary';

export class RowList implements Iterable<DecisionRow> {
  constructor(
    private readonly rows: readonly DecisionRow[],
    private readonly positions: Int32Array,
  ) {}

  get length(): number {
    return this.positions.length;
  }

  /** The row at display position `k` (undefined past the end). */
  at(k: number): DecisionRow | undefined {
    const i = this.positions[k];
    return i === undefined ? undefined : this.rows[i];
  }

  /** Display positions `start` to `end` (excluded), as an array; both are clamped to the list (none counts from its end). */
  slice(start = 0, end = this.length): DecisionRow[] {
    const from = Math.max(0, start);
    const to = Math.min(this.length, end);
    const out: DecisionRow[] = [];
    for (let k = from; k < to; k++) out.push(this.rows[this.positions[k] as number] as DecisionRow);
    return out;
  }

  *[Symbol.iterator](): Iterator<DecisionRow> {
    for (let k = 0; k < this.positions.length; k++) yield this.rows[this.positions[k] as number] as DecisionRow;
  }
}

/**
 * The positions of the 1s of `mask`, in `order` (a permutation of row
 * positions from sortOrder) or ascending. Filtering a sorted order keeps it
 * sorted, so a new filter never needs a new sort.
 */
export function positionsOf(mask: Uint8Array, order: Int32Array | null = null): Int32Array {
  const positions = new Int32Array(maskCount(mask));
  let found = 0;
  const n = order === null ? mask.length : order.length;
  for (let k = 0; k < n && found < positions.length; k++) {
    const i = order === null ? k : (order[k] as number);
    if (mask[i] === 1) positions[found++] = i;
  }
  // An order that leaves out some of the mask's rows (sortOrder's never does) gives fewer.
  return found === positions.length ? positions : positions.slice(0, found);
}

/** The rows of `mask` in `order`, or in input order (see positionsOf); a mask longer than the rows is read as far as they go. */
export function maskedRows(rows: readonly DecisionRow[], mask: Uint8Array, order: Int32Array | null = null): RowList {
  return new RowList(rows, positionsOf(mask.length > rows.length ? mask.subarray(0, rows.length) : mask, order));
}
