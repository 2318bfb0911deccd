// The charts above the decisions table: headline figures and upheld vs
// overturned breakdowns of the rows in view. Clicking a group adds it to the
// table's filters. Loaded lazily by the table view (recharts is large).
import { useDeferredValue, useLayoutEffect, useMemo, useState } from 'react';
import { buildChartSetMasked } from '../../derive/chart-data';
import type { FacetKey } from '../../derive/filter-state';
import type { DecisionRow } from '../../derive/rows';
import { markCommit, measured } from '../table/measure';
import { readChartColours } from './colours';
import { GroupChart } from './GroupChart';
import { Headline } from './Headline';
import { MonthChart } from './MonthChart';
import { useStaggered } from './use-staggered';
import './charts.css';

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
  const rows = useDeferredValue(props.rows);
  const mask = useDeferredValue(props.mask);
  const letterCount = useDeferredValue(props.letterCount);
  const { onAddFilter } = props;
  // Aggregated once per change of the rows in view, never per render.
  const set = useMemo(() => measured('charts:aggregate', () => buildChartSetMasked(rows, mask)), [rows, mask]);
  const charts = useStaggered(set.charts);
  // The update is on screen when the last chart shows the new set.
  const complete = charts.length === set.charts.length && charts.every((c, k) => c === set.charts[k]);
  useLayoutEffect(() => {
    if (complete) markCommit('charts:commit');
  }, [complete, charts]);
  const [colours] = useState(readChartColours);

  return (
    <section className="charts" aria-label="Charts">
      <Headline counts={set.headline} letters={letterCount} />
      {set.headline.total === 0 ? (
        <p className="chart-empty">No decisions in view: load letters or loosen the filters to see charts.</p>
      ) : (
        <div className="charts-grid">
          {charts.map((chart) =>
            chart.spec.id === 'decision_month' ? (
              <MonthChart key={chart.spec.id} chart={chart} colours={colours} onAddFilter={onAddFilter} />
            ) : (
              <GroupChart key={chart.spec.id} chart={chart} colours={colours} onAddFilter={onAddFilter} />
            ),
          )}
        </div>
      )}
    </section>
  );
}
