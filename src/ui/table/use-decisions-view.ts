// Everything the decisions view shows, from the letters and the user's
// filters and sort: the rows' DecisionSet (derive/decision-set.ts) answers,
// this hook decides when. Each step is memoised on what it depends on and
// timed with User Timing; filters apply through useDeferredValue so typing
// stays responsive at 330,000 rows; the set's idle warm-up runs while the
// user reads.
import type { SortingState } from '@tanstack/react-table';
import { useCallback, useDeferredValue, useEffect, useLayoutEffect, useMemo, useState } from 'react';
import type { Category } from '../../domain/letter';
import type { DecisionSet } from '../../derive/decision-set';
import type { AllFacetCounts } from '../../derive/facets';
import type { FacetKey, FilterState } from '../../derive/filter-state';
import { EMPTY_FILTERS } from '../../derive/filter-state';
import { oneCategory, withFacetValue, withFacetValues } from '../../derive/filter-edit';
import type { RowList } from '../../derive/row-list';
import { maskCount } from '../../derive/view-summary';
import { idleSlices } from '../shared/idle-slices';
import { markCommit, measured } from './measure';
import { FIRST_OPEN_FACETS } from './FilterPanel';
import { useLetterSearch, type LetterSearchState } from './use-letter-search';

// Sort keys are ranked ahead only once letters stop arriving: an import hands
// over new rows every second, and ranking each set would be work thrown away.
const RANKS_AFTER_MS = 1_500;

export interface DecisionsViewModel {
  set: DecisionSet;
  /** The filters as the user set them (the inputs show these at once)... */
  filters: FilterState;
  /** ...and as the rows in view were computed from (trails `filters` while a new result is computed). */
  view: FilterState;
  /** 1 at each row passing `view`; read only (the same array may come back, see DecisionSet.filter). */
  mask: Uint8Array;
  /** The rows in view, sorted. */
  sorted: RowList;
  shown: number;
  letterCount: number;
  counts: AllFacetCounts;
  openFacets: readonly FacetKey[];
  sorting: SortingState;
  /** One category chosen: the category chart opens on its subcategories. */
  categoryFocus: Category | null;
  /** The charts' columns of these rows are built (in idle time): drawing them now takes no long task. */
  chartsPrepared: boolean;
  /** The whole-letter search of the search box, when its scope is whole letters. */
  letterSearch: LetterSearchState | null;
  cancelLetterSearch: () => void;
  setSorting: (change: SortingState | ((old: SortingState) => SortingState)) => void;
  update: (change: (f: FilterState) => FilterState) => void;
  addFilter: (facet: FacetKey, value: string) => void;
  clear: () => void;
  allCategories: () => void;
  onOpenChange: (facet: FacetKey, open: boolean) => void;
  /** Filters and sort at once (a view brought back by Back or Forward). */
  setView: (filters: FilterState, sorting: SortingState) => void;
}

export function useDecisionsView(
  set: DecisionSet,
  initial: { filters: FilterState; sorting: SortingState } = { filters: EMPTY_FILTERS, sorting: [] },
  /** The letters' rationales are still being read (they read ''): see LibraryState.rationales. */
  rationalesPending = false,
  /** More letters are on their way: the set is about to be replaced (the warm-up waits). */
  importing = false,
): DecisionsViewModel {
  // Rationales read after the table showed are set on the same decisions: only the
  // search text is made again once they are in; every other answer stays the set's.
  const searchable = useMemo(() => (rationalesPending ? set : set.withNewRationales()), [set, rationalesPending]);
  const [filters, setFilters] = useState<FilterState>(initial.filters);
  const [sorting, setSorting] = useState<SortingState>(initial.sorting);
  const view = useDeferredValue(filters);

  // Whole letters: the rows the search box finds, and every row of the letters whose text holds the words.
  const letters = useLetterSearch(view.search, view.searchScope);
  const inLetters = letters.state?.phase === 'done' ? (letters.state.ids ?? undefined) : undefined;
  const hits = useMemo(
    () => measured('view:search', () => searchable.search(view.search, inLetters)),
    [searchable, view.search, inLetters],
  );
  // The filters' result stays a mask over the rows: the charts and the counts
  // read it as it is, and the table reads its rows through their positions (rowsOf).
  const mask = useMemo(() => measured('view:filter', () => set.filter(view, hits)), [set, view, hits]);
  const shown = useMemo(() => maskCount(mask), [mask]);
  // Only the facets open in the panel show counts, so only theirs are taken.
  const [openFacets, setOpenFacets] = useState<readonly FacetKey[]>(FIRST_OPEN_FACETS);
  const counts = useMemo(
    () => measured('view:facets', () => set.facetCounts(view, openFacets, hits)),
    [set, view, openFacets, hits],
  );
  // The sort is of all rows, so a filter change never re-sorts: the filtered
  // rows are read off the sorted order.
  const order = useMemo(() => measured('view:sort', () => set.sortOrder(sorting)), [set, sorting]);
  const sorted = useMemo(() => set.rowsOf(mask, order), [set, mask, order]);
  const letterCount = useMemo(() => set.letterCount(mask), [set, mask]);
  // A sort, filter or search has reached the table.
  useLayoutEffect(() => markCommit('view:commit'), [sorted]);
  const chartsPrepared = useWarmUp(set, rationalesPending ? null : searchable, importing);

  const update = useCallback((change: (f: FilterState) => FilterState) => setFilters(change), []);
  const addFilter = useCallback((facet: FacetKey, value: string) => setFilters((f) => withFacetValue(f, facet, value, true)), []);
  const clear = useCallback(() => setFilters(EMPTY_FILTERS), []);
  const allCategories = useCallback(() => setFilters((f) => withFacetValues(f, 'category', [])), []);
  const onOpenChange = useCallback(
    (facet: FacetKey, open: boolean) =>
      setOpenFacets((list) => (open ? (list.includes(facet) ? list : [...list, facet]) : list.filter((f) => f !== facet))),
    [],
  );
  const setView = useCallback((next: FilterState, nextSorting: SortingState) => {
    setFilters(next);
    setSorting(nextSorting);
  }, []);
  const categoryFocus = useMemo(() => oneCategory(view.facets.category), [view.facets.category]);

  return {
    chartsPrepared,
    set,
    filters,
    view,
    mask,
    sorted,
    shown,
    letterCount,
    counts,
    openFacets,
    sorting,
    categoryFocus,
    letterSearch: letters.state,
    cancelLetterSearch: letters.cancel,
    setSorting,
    update,
    addFilter,
    clear,
    allCategories,
    onOpenChange,
    setView,
  };
}

/**
 * The set's idle warm-up: the charts' columns, the turnaround chart's letter
 * days, then the search text, so neither the first drawing of the charts nor
 * the first keystroke in a large library pays for them. Worked out after the
 * search text (seconds at 330,000 rows), the letter days were still missing
 * when the turnaround chart, the last chart drawn, was drawn: it worked them
 * out in its drawing, a 195 ms task of a reload. Then the sort ranks once the
 * letters stop arriving, so a first sort pays no key work, then the columns
 * Compare reads. The search text is made from `searchable`, once there are
 * rationales to make it from. Returns whether the charts' columns of this set
 * are built.
 */
function useWarmUp(set: DecisionSet, searchable: DecisionSet | null, importing: boolean): boolean {
  const [chartsFor, setChartsFor] = useState<DecisionSet | null>(null);
  useEffect(
    () =>
      // Not while an import runs: each set it hands over is replaced within seconds, the charts
      // wait for the import anyway, and the warm-up's slices (2,000 rows' search text, 4,096 rows
      // of a chart column) took 35-58 ms each while the PDF workers held both cores (1,024 real
      // PDFs, profile). The set the import ends with is warmed up as any other. The charts then
      // catch up 0.9 s after an import, against 0.6 s with their columns built during it; but
      // those builds were the import's longest tasks (alternated runs, waiting against building:
      // 1,000 generated PDFs, no task over 50 ms against 52-59 ms; 10,000 text letters, 74 against 106-110 ms).
      importing
        ? undefined
        : idleSlices((hasTime) => {
            if (!set.prepareCharts(hasTime)) return false;
            setChartsFor(set);
            if (!set.prepareTurnaround(hasTime)) return false;
            return searchable === null || searchable.prepareSearch(hasTime);
          }),
    [set, searchable, importing],
  );
  useEffect(() => {
    // Nor while an import runs (see above); the delay stays for any other sets handed over in quick succession.
    if (importing) return undefined;
    let stop = () => {};
    const timer = setTimeout(() => {
      stop = idleSlices((hasTime) => set.prepareSorts(hasTime) && set.prepareCompare(hasTime));
    }, RANKS_AFTER_MS);
    return () => {
      clearTimeout(timer);
      stop();
    };
  }, [set, importing]);
  return chartsFor === set;
}
