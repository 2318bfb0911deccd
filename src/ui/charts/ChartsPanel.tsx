// The charts above the decisions table: headline figures and upheld vs
// overturned breakdowns of the rows in view. Clicking a group adds it to the
// table's filters. Loaded lazily by the table view (recharts is large).
import { useDeferredValue, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { buildChartSetMasked } from '../../derive/chart-data';
import type { FacetKey } from '../../derive/filter-state';
import type { DecisionRow } from '../../derive/rows';
import { markCommit, measured } from '../table/measure';
import { readChartColours } from './colours';
import { GroupChart } from './GroupChart';
import { Headline } from './Headline';
import { MonthChart } from './MonthChart';
import { ChartPlaceholder } from './ChartPlaceholder';
import { usePaced } from './use-paced';
import { useStaggered } from './use-staggered';
import { useVisibleChildren } from './use-visible-children';
import './charts.css';

// New rows (letters arriving during an import) reach the charts at most this often.
const ROWS_EVERY_MS = 2_000;

export interface ChartsPanelProps {
  /** Every row of the table... */
  rows: readonly DecisionRow[];
  /** ...and 1 at the position of each row that passes the table's filters (filterMask). */
  mask: Uint8Array;
  /** How many letters those rows come from. */
  letterCount: number;
  onAddFilter: (facet: FacetKey, value: string) => void;
}

export default function ChartsPanel(props: ChartsPanelProps) {
  // The table commits first; the charts follow in a render of their own that a
  // keystroke can interrupt. Both deferred values switch in the same render.
  const deferredRows = useDeferredValue(props.rows);
  const deferredMask = useDeferredValue(props.mask);
  const deferredCount = useDeferredValue(props.letterCount);
  const input = useMemo(
    () => ({ rows: deferredRows, mask: deferredMask, letterCount: deferredCount }),
    [deferredRows, deferredMask, deferredCount],
  );
  const paced = usePaced(input, ROWS_EVERY_MS);
  const { rows, mask, letterCount } = paced.value;
  const { onAddFilter } = props;
  // Aggregated once per change of the rows in view, never per render.
  const set = useMemo(() => measured('charts:aggregate', () => buildChartSetMasked(rows, mask)), [rows, mask]);
  const gridRef = useRef<HTMLDivElement>(null);
  const visible = useVisibleChildren(gridRef);
  const { shown, urgentDone, allDone } = useStaggered(set.charts, visible, paced.arriving);
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
    // Busy while any chart still shows an older set (or none) or newer rows wait their turn,
    // so assistive technology and tests can wait for it.
    <section className="charts" aria-label="Charts" aria-busy={!allDone || paced.waiting}>
      <Headline counts={set.headline} letters={letterCount} />
      {set.headline.total === 0 ? (
        <p className="chart-empty">No decisions in view: load letters or loosen the filters to see charts.</p>
      ) : (
        <div className="charts-grid" ref={gridRef}>
          {set.charts.map((chart, k) => {
            // A chart not drawn yet, or drawn for another spec, holds its place until its turn.
            const current = shown[k];
            const drawn = current !== undefined && current.spec.id === chart.spec.id ? current : null;
            if (drawn === null) return <ChartPlaceholder key={chart.spec.id} title={chart.spec.title} wide={chart.spec.id === 'decision_month'} />;
            return drawn.spec.id === 'decision_month' ? (
              <MonthChart key={drawn.spec.id} chart={drawn} colours={colours} onAddFilter={onAddFilter} />
            ) : (
              <GroupChart key={drawn.spec.id} chart={drawn} colours={colours} onAddFilter={onAddFilter} />
            );
          })}
        </div>
      )}
    </section>
  );
}
