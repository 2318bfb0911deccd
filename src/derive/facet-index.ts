// Facet values interned as small integers, once per rows array, so that
// filtering and counting 330,000 rows is array indexing rather than string
// hashing. Built lazily, one facet at a time, the first time a facet is used
// (or ahead of time in idle slices, prepare), and kept for as long as the rows
// are (see decision-set.ts).
import type { LetterRecord } from '../domain/letter';
import type { FacetKey } from './filter-state';
import { facetValueOf, LETTER_FACETS, LIST_FACETS } from './facet-value';
import type { DecisionRow } from './rows';
import { interner } from './intern';
import { ColumnBuilds } from './column-builds';

export interface FacetColumn {
  /** code -> value */
  values: string[];
  codeOf: ReadonlyMap<string, number>;
  /** For single-valued facets: each row's code. */
  single: Int32Array | null;
  /** For list facets (specialty, state, reasons): each row's distinct codes (one array per distinct list). */
  multi: ReadonlyArray<readonly number[]> | null;
}

// Rows a column build does between two looks at the clock when it runs in idle slices.
const SLICE = 4_096;

/** A column, built a slice of rows per step (see FacetIndex.prepare); the generator's value is the column. */
function* buildSteps(rows: readonly DecisionRow[], facet: FacetKey): Generator<void, FacetColumn> {
  const { values, codeOf, code } = interner();
  if (!LIST_FACETS.has(facet)) {
    const single = new Int32Array(rows.length);
    for (let i = 0; i < rows.length; i++) {
      const v = facetValueOf(rows[i] as DecisionRow, facet);
      single[i] = code(typeof v === 'string' ? v : (v[0] ?? ''));
      if ((i + 1) % SLICE === 0) yield;
    }
    return { values, codeOf, single, multi: null };
  }
  // A letter's list (specialties, states) is read once for its rows; a decision's (reasons) per row.
  // Either way equal lists share one array: 330,000 rows hold a few hundred distinct lists.
  const perLetter = new Map<LetterRecord, readonly number[]>();
  const byList = new Map<string, readonly number[]>();
  const ofLetter = LETTER_FACETS.has(facet);
  const multi = new Array<readonly number[]>(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as DecisionRow;
    let codes = ofLetter ? perLetter.get(row.letter) : undefined;
    if (codes === undefined) {
      const v = facetValueOf(row, facet);
      const list = [...new Set(typeof v === 'string' ? [v] : v)];
      const key = list.join('\u0000');
      codes = byList.get(key);
      if (codes === undefined) {
        codes = list.map(code);
        byList.set(key, codes);
      }
      if (ofLetter) perLetter.set(row.letter, codes);
    }
    multi[i] = codes;
    if ((i + 1) % SLICE === 0) yield;
  }
  return { values, codeOf, single: null, multi };
}

/** The facet columns of one set of rows, each built the first time it is asked for, or ahead of time by prepare(). */
export class FacetIndex {
  private readonly columns: ColumnBuilds<FacetKey, FacetColumn>;

  constructor(rows: readonly DecisionRow[]) {
    this.columns = new ColumnBuilds((facet) => buildSteps(rows, facet));
  }

  column(facet: FacetKey): FacetColumn {
    return this.columns.get(facet);
  }

  /** Builds these facets' columns a slice at a time while `hasTime()`; true once all are built. */
  prepare(hasTime: () => boolean, facets: readonly FacetKey[]): boolean {
    return this.columns.prepare(hasTime, facets);
  }
}

/** A selection as a lookup table over the column's codes; values absent from the rows match nothing. */
export function selectionMask(column: FacetColumn, selected: readonly string[]): Uint8Array {
  const mask = new Uint8Array(column.values.length);
  for (const v of selected) {
    const c = column.codeOf.get(v);
    if (c !== undefined) mask[c] = 1;
  }
  return mask;
}

/** Adds one to `counts` at each of row i's values in the column (a list facet's row may have several). */
export function countRow(column: FacetColumn, counts: Int32Array, i: number): void {
  if (column.single !== null) {
    const c = column.single[i];
    if (c !== undefined) counts[c] = (counts[c] ?? 0) + 1;
    return;
  }
  for (const c of column.multi?.[i] ?? []) counts[c] = (counts[c] ?? 0) + 1;
}

export function rowMatches(column: FacetColumn, mask: Uint8Array, i: number): boolean {
  if (column.single !== null) return mask[column.single[i] ?? -1] === 1;
  const codes = column.multi?.[i];
  if (codes === undefined) return false;
  for (const c of codes) if (mask[c] === 1) return true;
  return false;
}
