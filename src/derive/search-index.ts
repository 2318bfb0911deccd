// The search box over one set of rows: which rows hold every word typed in
// their item or rationale. Built for a keystroke at ~330,000 rows: the rows'
// texts are lower-cased once, a chunk of rows into one string (in idle
// slices, or by the first search if that comes sooner), the letters and
// digits each row holds, and the pairs of them, are marked on the way
// (pair-index.ts), and typing on narrows the last query's hits instead of
// scanning everything again.
import { hasRow, PairIndex } from './pair-index';
import type { DecisionRow } from './rows';

/** Lower-cased words of the search box; empty when there is nothing to search for. */
export function searchTerms(search: string): string[] {
  return search
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w.length > 0);
}

// Rows per chunk of search text, each chunk lower-cased in one idle slice.
const CHUNK = 2_000;
// A character beyond Latin-1: V8 keeps a string holding one in two bytes a character.
const WIDE = /[^\u0000-\u00ff]/;

/**
 * The lower-cased "item \n rationale" of CHUNK consecutive rows, end to end
 * in one string. One string of about a megabyte per chunk instead of a string
 * per row: V8 puts it straight among large objects, where young-generation
 * collections never copy it. A string per row, every one kept, was copied by
 * each such collection during the build (tasks of 60-103 ms in the reload's
 * idle slices at 330,002 decisions, BENCHMARKS.md), and 330,000 string
 * headers cost memory besides. A row with a character beyond Latin-1 (’, –)
 * keeps its own string: in the chunk it would make all of it two bytes a
 * character.
 */
interface Chunk {
  text: string;
  /** Where each row's text starts in `text`; one more entry, past the end, closes the last. */
  starts: Int32Array;
  /** The rows kept apart (their span in `text` is empty), by position in the chunk. */
  wide: Map<number, string> | null;
}

function chunkOf(rows: readonly DecisionRow[], first: number, pairs: PairIndex): Chunk {
  const end = Math.min(rows.length, first + CHUNK);
  const parts: string[] = [];
  const starts = new Int32Array(end - first + 1);
  let wide: Map<number, string> | null = null;
  let at = 0;
  for (let i = first; i < end; i++) {
    const row = rows[i] as DecisionRow;
    // Lower-cased row by row (the row's copy dies at once) so that offsets are the
    // lower-cased lengths: lower-casing can change a text's length.
    let text = `${row.decision.item}\n${row.decision.rationale}`.toLowerCase();
    pairs.add(i, text);
    if (WIDE.test(text)) {
      (wide ??= new Map()).set(i - first, text);
      text = '';
    }
    starts[i - first] = at;
    at += text.length;
    parts.push(text);
  }
  starts[end - first] = at;
  return { text: parts.join(''), starts, wide };
}

export class SearchIndex {
  /** The search text, a chunk per CHUNK rows, once complete. */
  private chunks: Chunk[] | null = null;
  /** The chunks built so far, while the build is in progress. */
  private readonly partial: Chunk[] = [];
  /** What letters and pairs each row holds, marked as its chunk is built (made with the first chunk). */
  private pairs: PairIndex | null = null;
  /** The last query's hits: the filter pass and the facet counts of one update ask for the same search. */
  private last: { key: string; hits: Int32Array } | null = null;

  /** `everyRow` gives what an empty search matches; an index made again for the same rows shares it (see DecisionSet). */
  constructor(
    private readonly rows: readonly DecisionRow[],
    readonly everyRow: () => Int32Array = everyRowOf(rows.length),
  ) {}

  /**
   * Builds the search text a chunk at a time, so the first search of a large
   * library does not pay for lower-casing every rationale at once. Call it in
   * idle time with a deadline; returns true when the work is done.
   */
  prepare(hasTime: () => boolean): boolean {
    if (this.chunks !== null) return true;
    const { rows, partial } = this;
    this.pairs ??= new PairIndex(rows.length);
    while (partial.length * CHUNK < rows.length) {
      partial.push(chunkOf(rows, partial.length * CHUNK, this.pairs));
      if (!hasTime()) break;
    }
    if (partial.length * CHUNK < rows.length) return false;
    this.chunks = partial;
    return true;
  }

  /** Positions of the rows whose item or rationale contains every search word. */
  positions(search: string): Int32Array {
    const terms = searchTerms(search);
    if (terms.length === 0) return this.everyRow();
    const key = terms.join(' ');
    const last = this.last;
    if (last !== null && last.key === key) return last.hits;
    if (this.chunks === null) this.prepare(() => true);
    // Typing on narrows the last query (every old word is inside a new one), so
    // only the last hits need a look: each keystroke scans less than the one before.
    let hits = last !== null && narrows(last.key, terms) ? last.hits : this.everyRow();
    for (const term of terms) hits = this.containing(hits, term);
    this.last = { key, hits };
    return hits;
  }

  /**
   * The rows of `rows` (ascending) whose text holds `term`: those the pair
   * index allows (the answer itself for a term of one or two letters or
   * digits), each then looked into, a chunk at a time. Where at least one row
   * in DENSE of a chunk is left, the chunk is read front to back from match to
   * match (scanChunk: "wea" over the 162,522 rows holding "we" and "ea", 45 ->
   * 35 ms in Node); where fewer are, each row's text is read as a slice of the
   * chunk (sliceRows): a read from match to match would run past rows that are
   * no candidates, to the chunk's end for a rare word (narrowing 20,521 rows to
   * "weaning plan" that way read all 175 MB of text: 115 ms against 10 in Node).
   */
  private containing(rows: Int32Array, term: string): Int32Array {
    const hint = this.pairs?.candidates(term) ?? null;
    const candidates = hint === null ? rows : holding(rows, hint.bits);
    if (hint?.exact === true) return candidates;
    const chunks = this.chunks ?? [];
    const out = new Int32Array(candidates.length);
    let found = 0;
    for (let k = 0; k < candidates.length; ) {
      const no = ((candidates[k] as number) / CHUNK) | 0;
      const first = no * CHUNK;
      let end = k;
      while (end < candidates.length && (candidates[end] as number) < first + CHUNK) end++;
      const chunk = chunks[no];
      if (chunk !== undefined) {
        found = (end - k) * DENSE >= chunk.starts.length - 1
          ? scanChunk(chunk, first, candidates, k, end, term, out, found)
          : sliceRows(chunk, first, candidates, k, end, term, out, found);
      }
      k = end;
    }
    return out.slice(0, found);
  }
}

// A chunk with at least one candidate row in DENSE is read front to back.
const DENSE = 4;

/**
 * The candidates of one chunk (positions `from` to `to` of `candidates`) whose
 * text holds `term`, read from one match to the next: a row holds the term when
 * the first match at or after its start ends within it. Appends to `out` from
 * `found` and returns the new count.
 */
function scanChunk(chunk: Chunk, first: number, candidates: Int32Array, from: number, to: number, term: string, out: Int32Array, found: number): number {
  const { text, starts, wide } = chunk;
  let next = -1;
  for (let k = from; k < to; k++) {
    const i = candidates[k] as number;
    const local = i - first;
    const start = starts[local] as number;
    const end = starts[local + 1] as number;
    if (start === end) {
      if (wide?.get(local)?.includes(term) === true) out[found++] = i;
      continue;
    }
    if (next < start) {
      next = text.indexOf(term, start);
      if (next < 0) next = text.length;
    }
    if (next + term.length <= end) out[found++] = i;
  }
  return found;
}

/** As scanChunk, looking into each candidate's own text (a slice of the chunk: V8 makes it a view, not a copy). */
function sliceRows(chunk: Chunk, first: number, candidates: Int32Array, from: number, to: number, term: string, out: Int32Array, found: number): number {
  for (let k = from; k < to; k++) {
    const i = candidates[k] as number;
    const local = i - first;
    const text = chunk.wide?.get(local) ?? chunk.text.slice(chunk.starts[local] as number, chunk.starts[local + 1] as number);
    if (text.includes(term)) out[found++] = i;
  }
  return found;
}

/** The positions of `rows` whose bit is set in `bits`. */
function holding(rows: Int32Array, bits: Uint32Array): Int32Array {
  const out = new Int32Array(rows.length);
  let found = 0;
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k] as number;
    if (hasRow(bits, i)) out[found++] = i;
  }
  return out.slice(0, found);
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
