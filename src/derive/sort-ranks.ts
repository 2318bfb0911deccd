// A column's sort keys as dense ranks (0 = smallest; null gets the largest
// rank), computed once per column per set of rows and kept while the rows
// live. Sorting then compares small integers instead of strings, and sorting
// the same column the other way, or again after a filter, costs no key work.
// Kept for as long as the rows are (see decision-set.ts).
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
 * be spread over idle periods or run at once (SortRanks).
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

/** The sort ranks of one set of rows, per column, built on demand or ahead in idle time. */
export class SortRanks {
  private readonly built = new Map<string, ColumnRanks>();
  /** A build prepare() has started but not finished. */
  private building: { columnId: string; steps: Generator<void, ColumnRanks> } | null = null;

  constructor(private readonly rows: readonly DecisionRow[]) {}

  get rowCount(): number {
    return this.rows.length;
  }

  /** Ranks of a column, or undefined for an unknown column. */
  of(columnId: string): ColumnRanks | undefined {
    const spec = columnSpec(columnId);
    if (spec === undefined) return undefined;
    let ranked = this.built.get(columnId);
    if (ranked === undefined) {
      // A sort that comes before the idle build is done finishes it here instead of starting over.
      const started = this.building;
      const steps = started?.columnId === columnId ? started.steps : rankColumn(this.rows, spec.sortKey);
      if (started?.columnId === columnId) this.building = null;
      ranked = runToEnd(steps);
      this.built.set(columnId, ranked);
    }
    return ranked;
  }

  /**
   * Ranks every column of `columnIds` ahead of the first sort, a slice at a
   * time while hasTime() says so (see idleSlices); returns true once all are
   * built. The first sort by a text column at 330,000 rows otherwise
   * lower-cases and ranks it while the user waits.
   */
  prepare(hasTime: () => boolean, columnIds: readonly string[]): boolean {
    for (const columnId of columnIds) {
      if (this.built.has(columnId)) continue;
      const spec = columnSpec(columnId);
      if (spec === undefined) continue;
      let started = this.building;
      if (started?.columnId !== columnId) {
        started = { columnId, steps: rankColumn(this.rows, spec.sortKey) };
        this.building = started;
      }
      for (;;) {
        if (!hasTime()) return false;
        const step = started.steps.next();
        if (step.done === true) {
          this.built.set(columnId, step.value);
          this.building = null;
          break;
        }
      }
    }
    return true;
  }
}
