// The decisions view: charts, filters, search, the table and the exports over
// the loaded letters. It renders what useDecisionsView computes; the column
// choice is its own state.
import type { VisibilityState } from '@tanstack/react-table';
import { lazy, memo, Suspense, useCallback, useEffect, useId, useLayoutEffect, useState } from 'react';
import { markCommit } from './measure';
import type { DecisionSet } from '../../derive/decision-set';
import { defaultColumnVisibility } from '../../derive/columns';
import { activeFilterChips, withSearch } from '../../derive/filter-edit';
import type { DecisionRow } from '../../derive/rows';
import { viewSummary } from '../../derive/view-summary';
import { LetterDialog } from '../letter/LetterDialog';
import { ExportButtons } from '../export/ExportButtons';
import { ColumnsMenu } from './ColumnsMenu';
import { DecisionsTable } from './DecisionsTable';
import { FilterChips } from './FilterChips';
import { FilterPanel } from './FilterPanel';
import { useOneTaskLater } from '../shared/use-one-task-later';
import { SearchBox } from './SearchBox';
import { useDecisionsView } from './use-decisions-view';
import { useViewUrl, viewFromAddress } from './use-view-url';
import type { Cohorts, DecisionsQuery, ViewName } from '../../derive/view-query';
import { useViewIds, useViewKeys, ViewTabs } from './ViewTabs';
import { ComparePanel } from '../compare/ComparePanel';
import { CopyViewLink } from './CopyViewLink';
import { afterNextPaint, useAfterPaint } from '../shared/use-after-paint';
import { useRationales } from '../shared/rationales';
import './table.css';

// recharts is large: the charts load after the table is on screen. Memoised:
// a sort leaves the charts' rows as they were, and must not redraw them.
const loadCharts = () => import('../charts/ChartsPanel');
const ChartsPanel = lazy(() => loadCharts().then((m) => ({ default: memo(m.default) })));

/**
 * Loads the charts' code while the page has nothing else to do: evaluating it
 * is one task of 60-80 ms, which otherwise fell in the middle of the first
 * import (trace of the 1,024 real PDFs). Not part of the first visit's script.
 */
export function preloadCharts(): void {
  const load = () => void loadCharts().catch(() => {});
  if (typeof requestIdleCallback === 'function') requestIdleCallback(load, { timeout: 5000 });
  else setTimeout(load, 1000);
}

// Memoised so progress ticks during an import, which re-render the page, do not
// re-render the view while its letters are unchanged.
export const DecisionsView = memo(function DecisionsView({
  set,
  importing,
}: {
  /** The letters' rows (use-built-set.ts). */
  set: DecisionSet;
  /** More letters are on their way (the charts wait for them). */
  importing: boolean;
}) {
  // The view the address asks for, read once; from then on the address follows the view (use-view-url.ts).
  const [initial] = useState(viewFromAddress);
  const rationales = useRationales();
  const model = useDecisionsView(set, initial, rationales.pending, importing);
  const { filters, view, mask, sorted, update, setView } = model;
  const [columnVisibility, setColumnVisibility] = useState<VisibilityState>(initial.columns);
  const applyView = useCallback(
    (query: DecisionsQuery) => {
      setView(query.filters, query.sorting);
      setColumnVisibility(query.columns);
      setActiveView(query.view);
      setCohorts(query.cohorts);
    },
    [setView],
  );
  const [activeView, setActiveView] = useState<ViewName>(initial.view);
  const [cohorts, setCohorts] = useState<Cohorts>(initial.cohorts);
  const showView = useCallback((name: ViewName) => setActiveView(name), []);
  // A view switch has reached the screen (the benchmark times it).
  useLayoutEffect(() => markCommit('view:shown'), [activeView]);
  const viewIds = useViewIds();
  useViewKeys(showView);
  useViewUrl(
    { view: activeView, filters, sorting: model.sorting, columns: { ...defaultColumnVisibility(), ...columnVisibility }, cohorts },
    applyView,
  );
  // The table mounts one task after the rest of the view, so the first letters
  // of an import, or a reload, are two shorter tasks instead of one long one.
  const tableMounted = useOneTaskLater(true) !== null;
  // Charts out of view (the page opened on another view) are first drawn once the
  // table has been painted and their columns are built in idle time: building those
  // (about 0.6 s at 330,000 decisions, reload profile) came before the table's first
  // frame, and then as one long task. Once there, they stay.
  const tablePainted = useAfterPaint() && tableMounted;
  // A reload's rationales (most of the bytes stored) are read once the table is on screen:
  // read at once, their reading came before the table's first frame (LibraryState.rationales).
  const readRationales = rationales.read;
  useEffect(() => (tableMounted ? afterNextPaint(() => void readRationales()) : undefined), [tableMounted, readRationales]);
  const [chartsMounted, setChartsMounted] = useState(false);
  if (!chartsMounted && (activeView === 'overview' || (tablePainted && model.chartsPrepared))) setChartsMounted(true);
  const [filtersOpen, setFiltersOpen] = useState(false);
  const panelId = useId();
  // The letter open in the letter view, and what gets the focus back when it closes.
  const [viewing, setViewing] = useState<{ row: DecisionRow; from: HTMLElement | null } | null>(null);
  const viewLetter = useCallback((row: DecisionRow, from: HTMLElement | null) => setViewing({ row, from }), []);
  const closeLetter = useCallback(() => {
    // The opener may have scrolled out of the virtual table; the table itself takes the focus then.
    const back = viewing?.from?.isConnected === true ? viewing.from : document.querySelector<HTMLElement>('.dv-scroll');
    setViewing(null);
    back?.focus();
  }, [viewing]);
  const chipCount = activeFilterChips(filters).length;

  return (
    <div className="decisions-view">
      <div className="dv-layout">
        <aside className={`dv-sidebar${filtersOpen ? ' is-open' : ''}`} aria-label="Filters">
          {/* Narrow screens fold the panel into a drawer so the view is in reach; wide ones always show it. */}
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
            counts={model.counts}
            openFacets={model.openFacets}
            onOpenChange={model.onOpenChange}
            onChange={update}
          />
        </aside>

        <div className="dv-main">
          {/* What governs every view: the views themselves, the search, the active filters and what they leave. */}
          <div className="dv-viewbar">
            <ViewTabs current={activeView} onChange={showView} ids={viewIds} />
            <SearchBox
              value={filters.search}
              scope={filters.searchScope}
              onChange={(search, scope) => update((f) => withSearch(f, search, scope))}
              letterSearch={model.letterSearch}
              onCancelLetterSearch={model.cancelLetterSearch}
            />
            <CopyViewLink />
            <FilterChips filters={filters} onChange={update} onClear={model.clear} />
            <p className="dv-summary" aria-live="polite">
              {viewSummary(model.shown, set.rows.length, model.letterCount)}
            </p>
          </div>

          <section {...viewIds.panel('overview')} hidden={activeView !== 'overview'} className="dv-view">
            <h2 className="dv-title">Overview</h2>
            <Suspense fallback={<p className="dv-loading">Loading charts…</p>}>
              {chartsMounted ? (
                <ChartsPanel
                  set={set}
                  mask={mask}
                  letterCount={model.letterCount}
                  importing={importing}
                  prepared={model.chartsPrepared}
                  categoryFocus={model.categoryFocus}
                  onAddFilter={model.addFilter}
                  onAllCategories={model.allCategories}
                />
              ) : null}
            </Suspense>
          </section>

          <section {...viewIds.panel('decisions')} hidden={activeView !== 'decisions'} className="dv-view">
            <div className="dv-toolbar">
              <h2 id="dv-title" className="dv-title">
                Decisions
              </h2>
              <div className="dv-actions">
                <ColumnsMenu visibility={columnVisibility} onChange={setColumnVisibility} />
                <ExportButtons rows={sorted} />
              </div>
            </div>
            {tableMounted ? (
              <DecisionsTable
                rows={sorted}
                sorting={model.sorting}
                onSortingChange={model.setSorting}
                columnVisibility={columnVisibility}
                onColumnVisibilityChange={setColumnVisibility}
                scrollResetKey={view}
                search={view.search}
                onViewLetter={viewLetter}
                hidden={activeView !== 'decisions'}
              />
            ) : (
              <div className="dv-scroll" aria-busy="true" />
            )}
            {sorted.length === 0 && set.rows.length > 0 && <p className="dv-no-rows">No decisions match these filters.</p>}
            <p className="dv-hint">
              Click a column heading to sort; shift-click (or Shift+Enter) to add it as a further sort level. Press L on a
              row to read its letter. Keys 1, 2 and 3 switch between Overview, Decisions and Compare.
            </p>
          </section>

          <section {...viewIds.panel('compare')} hidden={activeView !== 'compare'} className="dv-view">
            <h2 className="dv-title">Compare</h2>
            {activeView === 'compare' ? <ComparePanel set={set} mask={mask} cohorts={cohorts} onChange={setCohorts} /> : null}
          </section>
          {viewing === null ? null : <LetterDialog row={viewing.row} search={view.search} onClose={closeLetter} />}
        </div>
      </div>
    </div>
  );
});

export default DecisionsView;
