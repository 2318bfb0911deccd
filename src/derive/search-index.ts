// The search box over one set of rows: which rows hold every word typed in
// their item or rationale. Built for a keystroke at ~330,000 rows: each row's
// text is lower-cased once (in idle slices, or by the first search if that
// comes sooner), and typing on narrows the last query's hits instead of
// scanning everything again.
import type { DecisionRow } from './rows';

/** Lower-cased words of the search box; empty when there is nothing to search for. */
export function searchTerms(search: string): string[] {
  return search
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w.length > 0);
}

// Rows lower-cased between two looks at the clock while the text is built in idle time.
const SLICE = 2_000;

export class SearchIndex {
  /** One lower-cased "item \n rationale" per row, once complete. */
  private texts: string[] | null = null;
  /** The texts built so far, while the build is in progress. */
  private readonly partial: string[] = [];
  /** The last query's hits: the filter pass and the facet counts of one update ask for the same search. */
  private last: { key: string; hits: Int32Array } | null = null;

  /** `everyRow` gives what an empty search matches; an index made again for the same rows shares it (see DecisionSet). */
  constructor(
    private readonly rows: readonly DecisionRow[],
    readonly everyRow: () => Int32Array = everyRowOf(rows.length),
  ) {}

  /**
   * Builds the search text a slice at a time, so the first search of a large
   * library does not pay for lower-casing every rationale at once. Call it in
   * idle time with a deadline; returns true when the work is done.
   */
  prepare(hasTime: () => boolean): boolean {
    if (this.texts !== null) return true;
    const { rows, partial } = this;
    while (partial.length < rows.length) {
      const end = Math.min(rows.length, partial.length + SLICE);
      for (let i = partial.length; i < end; i++) {
        const row = rows[i] as DecisionRow;
        partial.push(`${row.decision.item}\n${row.decision.rationale}`.toLowerCase());
      }
      if (!hasTime()) break;
    }
    if (partial.length < rows.length) return false;
    this.texts = partial;
    return true;
  }

  /** Positions of the rows whose item or rationale contains every search word. */
  positions(search: string): Int32Array {
    const terms = searchTerms(search);
    if (terms.length === 0) return this.everyRow();
    const key = terms.join(' ');
    const last = this.last;
    if (last !== null && last.key === key) return last.hits;
    if (this.texts === null) this.prepare(() => true);
    const texts = this.texts ?? [];
    // Typing on narrows the last query (every old word is inside a new one), so
    // only the last hits need a look: each keystroke scans less than the one before.
    const within = last !== null && narrows(last.key, terms) ? last.hits : this.everyRow();
    // Plain indexed loops into a typed array: this scan is most of a first keystroke's
    // work in a large library, and a closure and a growing array per row were a good part
    // of it ("w" over 321,540 rows in Node: 58-100 ms before, 33-49 ms after, four runs each).
    const hits = new Int32Array(within.length);
    let found = 0;
    for (let k = 0; k < within.length; k++) {
      const i = within[k] as number;
      const text = texts[i] ?? '';
      let all = true;
      for (let t = 0; t < terms.length && all; t++) all = text.includes(terms[t] as string);
      if (all) hits[found++] = i;
    }
    const result = hits.slice(0, found);
    this.last = { key, hits: result };
    return result;
  }
}

/** Every row position of `count` rows, in order, made on first use and kept. */
export function everyRowOf(count: number): () => Int32Array {
  let all: Int32Array | null = null;
  return () => {
    if (all === null) {
      all = new Int32Array(count);
      for (let i = 0; i < count; i++) all[i] = i;
    }
    return all;
  };
}

/** Whether every row matching `terms` also matches the earlier query `lastKey`. */
function narrows(lastKey: string, terms: readonly string[]): boolean {
  return lastKey.split(' ').every((old) => terms.some((t) => t.includes(old)));
}
