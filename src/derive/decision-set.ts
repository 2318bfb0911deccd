// The view model of the decisions view: one object per set of rows that owns
// everything built from those rows to answer a view quickly (search text,
// facet columns, sort ranks, letter numbers, chart group columns) and lives
// exactly as long as they do. Each part is built the first time it is needed,
// or ahead of time in idle slices (prepareSearch, prepareSorts). The answers
// are masks and orders of row positions; the table reads its rows through
// their positions (rowsOf), never a copy of them.
import type { LetterRecord } from '../domain/letter';
import { GroupColumns } from './aggregate';
import type { ChartSet, ChartSpec } from './chart-data';
import { buildChartSet, CHART_SPECS, LazyChartSet } from './chart-data';
import { COLUMNS } from './columns';
import { COMPARE_BY, compareCohorts, DEFAULT_COHORT_FACET, type Cohort, type Comparison } from './compare';
import { countRow, FacetIndex } from './facet-index';
import type { AllFacetCounts } from './facets';
import { countFacets } from './facets';
import type { FacetKey, FilterState } from './filter-state';
import { choosesNothing, filterMask } from './filters';
import { maskedRows, positionsOf, type RowList } from './row-list';
import type { DecisionRow } from './rows';
import { rowSteps } from './rows';
import { everyRowOf, SearchIndex } from './search-index';
import { SortRanks } from './sort-ranks';
import type { SortSpec } from './sort-rows';
import { sortOrder } from './sort-rows';
import type { TurnaroundMonth } from './turnaround';
import { TurnaroundColumns } from './turnaround';
import { LetterIndex } from './view-summary';

// The columns opening Compare and its first comparison read: the default cohort facet's, and the breakdowns'.
const COMPARE_COLUMNS: readonly FacetKey[] = [DEFAULT_COHORT_FACET, ...COMPARE_BY];

const SORTABLE = COLUMNS.map((c) => c.id);

/** What a set builds from its rows' fields, the search text apart: kept by a set made again for new rationales. */
class RowParts {
  readonly facets: FacetIndex;
  readonly ranks: SortRanks;
  readonly everyRow: () => Int32Array;
  letters: LetterIndex | null = null;
  groups: GroupColumns | null = null;
  turnaround: TurnaroundColumns | null = null;
  /**
   * The view with no filter and no search, kept: it is the one users come
   * back to (a filter unticked, the filters cleared), and its mask being the
   * same array each time lets its charts and turnaround be kept too.
   */
  everything: { mask: Uint8Array; charts: LazyChartSet | null; turnaround: TurnaroundMonth[] | null } | null = null;

  /** `oneRunEach`: each letter's rows are one run (see LetterIndex). */
  constructor(
    rows: readonly DecisionRow[],
    readonly oneRunEach = false,
  ) {
    this.facets = new FacetIndex(rows);
    this.ranks = new SortRanks(rows);
    this.everyRow = everyRowOf(rows.length);
  }
}

export class DecisionSet {
  readonly rows: readonly DecisionRow[];
  private readonly text: SearchIndex;
  private readonly parts: RowParts;

  constructor(rows: readonly DecisionRow[], parts: RowParts = new RowParts(rows)) {
    this.rows = rows;
    this.parts = parts;
    this.text = new SearchIndex(rows, parts.everyRow);
  }

  /** One row per decision of the letters, in letter order, made at once (see build). */
  static of(records: readonly LetterRecord[]): DecisionSet {
    const step = DecisionSet.build(records, []);
    for (;;) {
      const set = step(() => true);
      if (set !== null) return set;
    }
  }

  /**
   * DecisionSet.of, with what a first view reads (its letter count and
   * `facets`' columns), built a slice at a time: call the step with a
   * deadline until it gives the set. Made at once, a large library's first
   * render was one task of 300-400 ms (reload at 330,002 decisions).
   */
  static build(records: readonly LetterRecord[], facets: readonly FacetKey[]): (hasTime: () => boolean) => DecisionSet | null {
    const steps = rowSteps(records);
    let set: DecisionSet | null = null;
    // Each call makes some progress, whatever hasTime() says.
    return (hasTime) => {
      while (set === null) {
        const step = steps.next();
        if (step.done === true) {
          set = new DecisionSet(step.value, new RowParts(step.value, true));
          set.letterIndex();
        }
        if (!hasTime()) return null;
      }
      let stepped = false;
      const afterOneStep = () => {
        if (stepped) return hasTime();
        stepped = true;
        return true;
      };
      return set.parts.facets.prepare(afterOneStep, facets) ? set : null;
    };
  }

  /**
   * The same set once its rows' rationales have been set in place (they are
   * read after the table shows; see LoadedLetters): everything built from the
   * rows is kept, and the search text, made while they were '', is made again.
   */
  withNewRationales(): DecisionSet {
    return new DecisionSet(this.rows, this.parts);
  }

  /**
   * Positions of the rows matching the search box (every row when it is
   * blank); with `inLetters` (a whole-letter search's result), also every row
   * of those letters.
   */
  search(text: string, inLetters?: ReadonlySet<string>): Int32Array {
    const hits = this.text.positions(text);
    if (inLetters === undefined || inLetters.size === 0) return hits;
    const { rows } = this;
    const keep = new Uint8Array(rows.length);
    for (const i of hits) keep[i] = 1;
    for (let i = 0; i < rows.length; i++) if (inLetters.has((rows[i] as DecisionRow).letter.letter_id)) keep[i] = 1;
    return positionsOf(keep);
  }

  /**
   * 1 at each row passing every filter; `hits` is the search's positions when
   * already taken. Never to be written: with no filter and no search it is the
   * same array each time (RowParts.everything), and so are the charts made from it.
   */
  filter(filters: FilterState, hits: Int32Array = this.search(filters.search)): Uint8Array {
    if (hits === this.parts.everyRow() && choosesNothing(this.parts.facets, filters)) {
      this.parts.everything ??= { mask: filterMask(this.rows, this.parts.facets, filters, hits), charts: null, turnaround: null };
      return this.parts.everything.mask;
    }
    return filterMask(this.rows, this.parts.facets, filters, hits);
  }

  /** The open facets' value counts under `filters`, each facet counted over the rows passing the others. */
  facetCounts(filters: FilterState, facets: readonly FacetKey[], hits: Int32Array = this.search(filters.search)): AllFacetCounts {
    return countFacets(this.rows, this.parts.facets, filters, hits, facets);
  }

  /** Cohorts A and B within `base` (the page's filters), side by side. */
  compare(base: Uint8Array, a: Cohort, b: Cohort): Comparison {
    return compareCohorts(this.rows, this.parts.facets, this.groupColumns().overturned, base, a, b);
  }

  /** A facet's values among the rows of `mask`, most frequent first, with their counts. */
  valuesOf(facet: FacetKey, mask: Uint8Array): [string, number][] {
    const column = this.parts.facets.column(facet);
    const counts = new Int32Array(column.values.length);
    for (let i = 0; i < this.rows.length; i++) {
      if (mask[i] === 1) countRow(column, counts, i);
    }
    return column.values
      .map((value, c): [string, number] => [value, counts[c] ?? 0])
      .filter(([, n]) => n > 0)
      .sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]));
  }

  /** Row positions in sorted order, or null when there is nothing to sort by. */
  sortOrder(sorting: readonly SortSpec[]): Int32Array | null {
    return sortOrder(this.parts.ranks, sorting);
  }

  /** The rows at the 1s of `mask`, in `order` (from sortOrder) or in row order. */
  rowsOf(mask: Uint8Array, order: Int32Array | null): RowList {
    return maskedRows(this.rows, mask, order);
  }

  /** How many letters the rows at the 1s of `mask` come from. */
  letterCount(mask: Uint8Array): number {
    return this.letterIndex().countMasked(mask);
  }

  private letterIndex(): LetterIndex {
    this.parts.letters ??= new LetterIndex(this.rows, this.parts.oneRunEach);
    return this.parts.letters;
  }

  /** The charts of the rows at the 1s of `mask`. */
  charts(mask: Uint8Array, specs?: readonly ChartSpec[]): ChartSet {
    return buildChartSet(this.groupColumns(), mask, specs);
  }

  /** The same charts, each worked out when first asked for (LazyChartSet). */
  lazyCharts(mask: Uint8Array, specs: readonly ChartSpec[] = CHART_SPECS): LazyChartSet {
    // Back to every row, the charts worked out for it before are the answer (and charts
    // still showing them need no drawing).
    const everything = this.parts.everything;
    if (everything === null || mask !== everything.mask) return new LazyChartSet(() => this.groupColumns(), mask, specs);
    if (everything.charts?.specs !== specs) everything.charts = new LazyChartSet(() => this.groupColumns(), mask, specs);
    return everything.charts;
  }

  /** Days to decision per decision month, over the letters with a row at the 1s of `mask` (the turnaround chart). */
  turnaround(mask: Uint8Array): TurnaroundMonth[] {
    const everything = this.parts.everything;
    if (everything === null || mask !== everything.mask) return this.turnaroundColumns().byMonth(mask);
    return (everything.turnaround ??= this.turnaroundColumns().byMonth(mask));
  }

  /** Builds the charts' group columns a slice at a time; true once done (see GroupColumns.prepare). */
  prepareCharts(hasTime: () => boolean, specs: readonly ChartSpec[] = CHART_SPECS): boolean {
    return this.groupColumns().prepare(hasTime, specs);
  }

  /**
   * Works out the letters' days to decision a slice at a time; true once done.
   * Worked out on the turnaround chart's first drawing instead, after a reload
   * at 330,002 decisions, they were one task of 335 ms.
   */
  prepareTurnaround(hasTime: () => boolean): boolean {
    return this.turnaroundColumns().prepare(hasTime);
  }

  private turnaroundColumns(): TurnaroundColumns {
    this.parts.turnaround ??= new TurnaroundColumns(this.rows, this.letterIndex());
    return this.parts.turnaround;
  }

  /** Made on first use: a set that is never charted (one hand-off of many in an import) never reads its outcomes. */
  private groupColumns(): GroupColumns {
    this.parts.groups ??= new GroupColumns(this.rows);
    return this.parts.groups;
  }

  /** Lower-cases the search text a slice at a time; true once done (see SearchIndex.prepare). */
  prepareSearch(hasTime: () => boolean): boolean {
    return this.text.prepare(hasTime);
  }

  /** Ranks every sortable column a slice at a time; true once done (see SortRanks.prepare). */
  prepareSorts(hasTime: () => boolean): boolean {
    return this.parts.ranks.prepare(hasTime, SORTABLE);
  }

  /**
   * Builds the facet columns a Compare reads a slice at a time; true once done.
   * Built on first use instead, they made opening Compare at 330,000 decisions
   * a 320 ms task, and its first comparison another 290 ms (BENCHMARKS.md).
   */
  prepareCompare(hasTime: () => boolean): boolean {
    return this.parts.facets.prepare(hasTime, COMPARE_COLUMNS);
  }
}
