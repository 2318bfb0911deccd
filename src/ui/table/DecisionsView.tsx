// The decisions view: charts, filters, search, the table and the exports over
// the loaded letters. Owns the filter, sort and column state. The heavy work
// (search, filter, facet counts, sort) is done by derive/ functions, each
// memoised on what it depends on and timed with User Timing; filters apply
// through useDeferredValue so typing stays responsive at 330,000 rows.
import type { SortingState, VisibilityState } from '@tanstack/react-table';
import { lazy, memo, Suspense, useCallback, useDeferredValue, useEffect, useId, useLayoutEffect, useMemo, useState } from 'react';
import type { LetterRecord } from '../../domain/letter';
import { COLUMNS, defaultColumnVisibility } from '../../derive/columns';
import { allFacetCounts } from '../../derive/facets';
import type { FacetKey, FilterState } from '../../derive/filter-state';
import { EMPTY_FILTERS } from '../../derive/filter-state';
import { activeFilterChips, oneCategory, withFacetValue, withFacetValues, withSearch } from '../../derive/filter-edit';
import { filterMask, maskedRows, prepareSearch, searchPositions } from '../../derive/filters';
import { toRows } from '../../derive/rows';
import { prepareRanks } from '../../derive/sort-ranks';
import { sortOrder } from '../../derive/sort-rows';
import { countLettersMasked, maskCount, viewSummary } from '../../derive/view-summary';
import { ExportButtons } from '../export/ExportButtons';
import { ColumnsMenu } from './ColumnsMenu';
import { DecisionsTable } from './DecisionsTable';
import { FilterChips } from './FilterChips';
import { FilterPanel, FIRST_OPEN_FACETS } from './FilterPanel';
import { idleSlices } from '../shared/idle-slices';
import { useOneTaskLater } from '../shared/use-one-task-later';
import { markCommit, measured } from './measure';
import { SearchBox } from './SearchBox';
import './table.css';

// recharts is large: the charts load after the table is on screen. Memoised:
// a sort or a keystroke in the search box leaves the charts' rows as they were,
// and redrawing every chart for nothing cost ~0.5 s per sort at 10,000 rows.
const ChartsPanel = lazy(() => import('../charts/ChartsPanel').then((m) => ({ default: memo(m.default) })));

const SORTABLE = COLUMNS.map((c) => c.id);
const RANKS_AFTER_MS = 1_500;

// Memoised so progress ticks during an import, which re-render the page, do not
// re-render the view while its letters are unchanged.
export const DecisionsView = memo(function DecisionsView({
  records,
  importing,
}: {
  records: readonly LetterRecord[];
  /** An import is running (the charts wait for it). */
  importing: boolean;
}) {
  const rows = useMemo(() => toRows(records), [records]);
  const [filters, setFilters] = useState<FilterState>(EMPTY_FILTERS);
  const [sorting, setSorting] = useState<SortingState>([]);
  const [columnVisibility, setColumnVisibility] = useState<VisibilityState>(defaultColumnVisibility);

  // What the rows are computed from: trails `filters` while a new result is computed.
  const view = useDeferredValue(filters);

  const hits = useMemo(() => measured('view:search', () => searchPositions(rows, view.search)), [rows, view.search]);
  // The filters' result stays a mask over `rows`: the charts and the counts
  // read it as it is, and only the table gets the rows copied out, once.
  const mask = useMemo(() => measured('view:filter', () => filterMask(rows, view, hits)), [rows, view, hits]);
  const shown = useMemo(() => maskCount(mask), [mask]);
  // Only the facets open in the panel show counts, so only theirs are taken.
  const [openFacets, setOpenFacets] = useState<readonly FacetKey[]>(FIRST_OPEN_FACETS);
  const onOpenChange = useCallback(
    (facet: FacetKey, open: boolean) =>
      setOpenFacets((list) => (open ? (list.includes(facet) ? list : [...list, facet]) : list.filter((f) => f !== facet))),
    [],
  );
  const counts = useMemo(
    () => measured('view:facets', () => allFacetCounts(rows, view, openFacets)),
    [rows, view, openFacets],
  );
  // The sort is of all rows, so a filter change never re-sorts: the filtered
  // rows are read off the sorted order.
  const order = useMemo(() => measured('view:sort', () => sortOrder(rows, sorting)), [rows, sorting]);
  const sorted = useMemo(() => maskedRows(rows, mask, order), [rows, mask, order]);
  const letterCount = useMemo(() => countLettersMasked(rows, mask), [rows, mask]);
  // A sort, filter or search has reached the table.
  useLayoutEffect(() => markCommit('view:commit'), [sorted]);
  // Lower-case the search text in idle slices once letters arrive, so the first
  // keystroke in a large library does not pay for it.
  useEffect(() => idleSlices((hasTime) => prepareSearch(rows, hasTime)), [rows]);
  // Rank every sortable column the same way, once the letters stop arriving
  // (an import hands over new rows every second), so a first sort pays no key work.
  useEffect(() => {
    let stop = () => {};
    const timer = setTimeout(() => {
      stop = idleSlices((hasTime) => prepareRanks(rows, hasTime, SORTABLE));
    }, RANKS_AFTER_MS);
    return () => {
      clearTimeout(timer);
      stop();
    };
  }, [rows]);

  // The table mounts one task after the rest of the view: mounting both at once
  // (the first letters of an import, or a reload) was one task of ~190 ms.
  const tableMounted = useOneTaskLater(true) !== null;

  const update = useCallback((change: (f: FilterState) => FilterState) => setFilters(change), []);
  const addFilter = useCallback(
    (facet: FacetKey, value: string) => setFilters((f) => withFacetValue(f, facet, value, true)),
    [],
  );
  const clear = useCallback(() => setFilters(EMPTY_FILTERS), []);
  const allCategories = useCallback(() => setFilters((f) => withFacetValues(f, 'category', [])), []);
  // One category chosen: the category chart opens on its subcategories.
  const categoryFocus = useMemo(() => oneCategory(view.facets.category), [view.facets.category]);
  const [filtersOpen, setFiltersOpen] = useState(false);
  const panelId = useId();
  const chipCount = activeFilterChips(filters).length;

  return (
    <div className="decisions-view">
      <Suspense fallback={<p className="dv-loading">Loading charts…</p>}>
        <ChartsPanel
          rows={rows}
          mask={mask}
          letterCount={letterCount}
          importing={importing}
          categoryFocus={categoryFocus}
          onAddFilter={addFilter}
          onAllCategories={allCategories}
        />
      </Suspense>

      <div className="dv-layout">
        <aside className={`dv-sidebar${filtersOpen ? ' is-open' : ''}`} aria-label="Filters">
          {/* Narrow screens fold the panel away so the table is in reach; wide ones always show it. */}
          <button
            type="button"
            className="button dv-filters-toggle"
            aria-expanded={filtersOpen}
            aria-controls={panelId}
            onClick={() => setFiltersOpen((open) => !open)}
          >
            {chipCount > 0 ? `Filters (${chipCount} active)` : 'Filters'}
          </button>
          <FilterPanel
            id={panelId}
            filters={filters}
            counts={counts}
            openFacets={openFacets}
            onOpenChange={onOpenChange}
            onChange={update}
          />
        </aside>

        <section className="dv-main" aria-labelledby="dv-title">
          <div className="dv-toolbar">
            <h2 id="dv-title" className="dv-title">
              Decisions
            </h2>
            <SearchBox value={filters.search} onChange={(search) => update((f) => withSearch(f, search))} />
            <div className="dv-actions">
              <ColumnsMenu visibility={columnVisibility} onChange={setColumnVisibility} />
              <ExportButtons rows={sorted} />
            </div>
          </div>
          <FilterChips filters={filters} onChange={update} onClear={clear} />
          <p className="dv-summary" aria-live="polite">
            {viewSummary(shown, rows.length, letterCount)}
          </p>
          {tableMounted ? (
            <DecisionsTable
              rows={sorted}
              sorting={sorting}
              onSortingChange={setSorting}
              columnVisibility={columnVisibility}
              onColumnVisibilityChange={setColumnVisibility}
              scrollResetKey={view}
            />
          ) : (
            <div className="dv-scroll" aria-busy="true" />
          )}
          {sorted.length === 0 && rows.length > 0 && (
            <p className="dv-no-rows">
              No decisions match these filters.
            </p>
          )}
          <p className="dv-hint">
            Click a column heading to sort; shift-click (or Shift+Enter) to add it as a further sort level.
          </p>
        </section>
      </div>
    </div>
  );
});

export default DecisionsView;
