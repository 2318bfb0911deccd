// The charts above the decisions table: headline figures and upheld vs
// overturned breakdowns of the rows in view. Clicking a group adds it to the
// table's filters. Loaded lazily by the table view (recharts is large).
import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Category } from '../../domain/letter';
import { buildChartSetMasked, chartSpecsFor } from '../../derive/chart-data';
import type { FacetKey } from '../../derive/filter-state';
import type { DecisionRow } from '../../derive/rows';
import { markCommit, measured } from '../table/measure';
import { readChartColours } from './colours';
import { GroupChart } from './GroupChart';
import { Headline } from './Headline';
import { MonthChart } from './MonthChart';
import { ChartPlaceholder } from './ChartPlaceholder';
import { useStaggered } from './use-staggered';
import { useVisibleChildren } from './use-visible-children';
import './charts.css';

export interface ChartsPanelProps {
  /** Every row of the table... */
  rows: readonly DecisionRow[];
  /** ...and 1 at the position of each row that passes the table's filters (filterMask). */
  mask: Uint8Array;
  /** How many letters those rows come from. */
  letterCount: number;
  /** An import is running: charts wait for it to finish. */
  importing: boolean;
  /** The one category the table is filtered to: the category chart shows its subcategories. */
  categoryFocus: Category | null;
  onAddFilter: (facet: FacetKey, value: string) => void;
  /** Back from a category's subcategories to every category (drops the category filter). */
  onAllCategories: () => void;
}

export default function ChartsPanel(props: ChartsPanelProps) {
  // The rows and mask come from the table's own deferred render, and the charts
  // take them in that same render: a second deferred pass of their own put a
  // frame and ~75 ms between the table's update and the charts' at 330,000
  // rows. The charts themselves still draw one per task (useStaggered).
  const { rows, mask, letterCount, categoryFocus, onAddFilter, onAllCategories } = props;
  // Aggregated once per change of the rows in view, never per render.
  const set = useMemo(
    () => measured('charts:aggregate', () => buildChartSetMasked(rows, mask, chartSpecsFor(categoryFocus))),
    [rows, mask, categoryFocus],
  );
  const gridRef = useRef<HTMLDivElement>(null);
  const visible = useVisibleChildren(gridRef);
  const hold = props.importing;
  const { shown, urgentDone, allDone } = useStaggered(set.charts, visible, hold);
  // The update is on screen when every chart in view shows the new set
  // ('charts:commit'); the charts out of view follow in idle time ('charts:settled').
  const marked = useRef({ commit: null as unknown, settled: null as unknown });
  useLayoutEffect(() => {
    if (urgentDone && marked.current.commit !== set) {
      marked.current.commit = set;
      markCommit('charts:commit');
    }
    if (allDone && marked.current.settled !== set) {
      marked.current.settled = set;
      markCommit('charts:settled');
    }
  });
  const [colours] = useState(readChartColours);

  return (
    // Busy while any chart still shows an older set (or none), so assistive technology and tests can wait for it.
    <section className="charts" aria-label="Charts" aria-busy={!allDone}>
      <Headline counts={set.headline} letters={letterCount} />
      {hold && !allDone ? (
        <p className="chart-held">The charts are drawn when the import finishes, so the page stays quick while letters are read.</p>
      ) : null}
      {set.headline.total === 0 ? (
        <p className="chart-empty">No decisions in view: load letters or loosen the filters to see charts.</p>
      ) : (
        <div className="charts-grid" ref={gridRef}>
          {set.charts.map((chart, k) => {
            // A chart not drawn yet, or drawn for another spec, holds its place until its turn.
            const current = shown[k];
            const drawn = current !== undefined && current.spec.id === chart.spec.id ? current : null;
            if (drawn === null) {
              return (
                <ChartPlaceholder
                  key={chart.spec.id}
                  title={chart.spec.title}
                  wide={chart.spec.id === 'decision_month'}
                  note={hold ? 'Drawn when the import finishes.' : 'Drawing…'}
                />
              );
            }
            return drawn.spec.id === 'decision_month' ? (
              <MonthChart key={drawn.spec.id} chart={drawn} colours={colours} onAddFilter={onAddFilter} />
            ) : (
              <GroupChart
                key={drawn.spec.id}
                chart={drawn}
                colours={colours}
                onAddFilter={onAddFilter}
                back={drawn.spec.id === 'subcategory' ? { label: 'All categories', onBack: onAllCategories } : undefined}
              />
            );
          })}
        </div>
      )}
    </section>
  );
}
