// The rows in view, in display order, as positions into the set's rows. Made
// on every sort, filter and keystroke; the table reads only the few rows on
// screen and an export reads them all once. Copying 330,000 rows out into an
// array took 9-54 ms a time in Node (pushes growing it, and the collections
// they set off); their positions into a typed array 1-4 ms.
import type { DecisionRow } from './rows';

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

  /** Display positions `start` to `end` (excluded), as an array. */
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
 * The rows of `mask` in `order` (a permutation of row positions from
 * sortOrder) or in input order. Filtering a sorted order keeps it sorted, so
 * a new filter never needs a new sort.
 */
export function maskedRows(rows: readonly DecisionRow[], mask: Uint8Array, order: Int32Array | null = null): RowList {
  let count = 0;
  for (let i = 0; i < rows.length; i++) count += mask[i] === 1 ? 1 : 0;
  const positions = new Int32Array(count);
  let found = 0;
  const n = order === null ? rows.length : order.length;
  for (let k = 0; k < n && found < count; k++) {
    const i = order === null ? k : (order[k] as number);
    if (mask[i] === 1) positions[found++] = i;
  }
  return new RowList(rows, found === count ? positions : positions.slice(0, found));
}
