// The charts above the decisions table: headline figures and upheld vs
// overturned breakdowns of the rows in view. Clicking a group adds it to the
// table's filters. Loaded lazily by the table view (recharts is large).
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Category } from '../../domain/letter';
import type { ChartSlot } from '../../derive/chart-data';
import { chartSpecsFor } from '../../derive/chart-data';
import type { DecisionSet } from '../../derive/decision-set';
import type { FacetKey } from '../../derive/filter-state';
import { idleSlices } from '../shared/idle-slices';
import { markCommit, measured } from '../table/measure';
import { readChartColours } from './colours';
import { GroupChart } from './GroupChart';
import { TurnaroundChart } from './TurnaroundChart';
import { Headline } from './Headline';
import { MonthChart } from './MonthChart';
import { ChartPlaceholder } from './ChartPlaceholder';
import { useDrawingQueue } from './use-drawing-queue';
import { useVisibleChildren } from './use-visible-children';
import './charts.css';

export interface ChartsPanelProps {
  /** The table's rows... */
  set: DecisionSet;
  /** ...and 1 at the position of each row that passes the table's filters. */
  mask: Uint8Array;
  /** How many letters those rows come from. */
  letterCount: number;
  /** An import is running: charts wait for it to finish. */
  importing: boolean;
  /** The set's chart columns are built (in idle time, see useWarmUp): until then the charts wait too. */
  prepared: boolean;
  /** The one category the table is filtered to: the category chart shows its subcategories. */
  categoryFocus: Category | null;
  onAddFilter: (facet: FacetKey, value: string) => void;
  /** Back from a category's subcategories to every category (drops the category filter). */
  onAllCategories: () => void;
}

// A chart card's title and legend line, in pixels: a card of which no more shows is not in view.
const CARD_HEADING = 64;

// A group chart is drawn in two parts, its bars and then its rate panel; the month chart in one.
const partsOf = (chart: ChartSlot): number => (chart.spec.id === 'decision_month' ? 1 : 2);

export default function ChartsPanel(props: ChartsPanelProps) {
  // The rows and mask come from the table's own deferred render, and the charts
  // take them in that same render: a deferred pass of their own would put a
  // frame between the table's update and the charts'. The charts themselves
  // are drawn in parts, in short tasks (useDrawingQueue).
  const { set: decisions, mask, letterCount, categoryFocus, onAddFilter, onAllCategories } = props;
  // While an import runs, or before the set's chart columns are built, only the
  // headline is worked out: aggregating the charts built the columns of each set
  // an import handed over on the spot, render tasks of 118-353 ms during a
  // 100,000-letter NDJSON import (profile), and the charts are not drawn then anyway.
  const hold = props.importing || !props.prepared;
  const specs = useMemo(() => chartSpecsFor(categoryFocus), [categoryFocus]);
  // Worked out once per change of the rows in view, never per render: the charts in
  // view at once (the update waits for them), the others in an idle slice of their own
  // once those in view are drawn, before the first of the others is (declared before the
  // drawing queue, whose idle drawing then comes after it), so neither makes an idle
  // drawing task longer.
  const set = useMemo(() => decisions.lazyCharts(mask, specs), [decisions, mask, specs]);
  const gridRef = useRef<HTMLDivElement>(null);
  const visible = useVisibleChildren(gridRef, CARD_HEADING);
  if (!hold && set.lacks(visible)) measured('charts:aggregate', () => set.prefetch(visible));
  // Read by the idle slice: where idle callbacks are missing its timers could come between
  // the drawing steps of the charts in view.
  const inViewDrawn = useRef(false);
  useLayoutEffect(
    () =>
      hold
        ? undefined
        : idleSlices(() => {
            if (!inViewDrawn.current) return false;
            if (set.headline.total > 0 && set.lacks()) measured('charts:aggregate-rest', () => set.prefetchRest());
            return true;
          }),
    [set, hold],
  );
  const { shown, urgentDone, allDone } = useDrawingQueue(set.slots, partsOf, visible, hold);
  inViewDrawn.current = urgentDone;
  // The rows and mask the other charts were last all drawn for, as one pair: the set alone
  // changes first (letters added or deleted), and the old mask's positions belong to the old rows.
  // Drawn once its letters' days are worked out, in idle slices (the set's warm-up works them out
  // too, but shares idle time with the drawing of the other charts): worked out in its drawing,
  // the rest of them made a 129 ms task of a reload at 330,002 decisions.
  const [turnaround, setTurnaround] = useState<{ set: DecisionSet; mask: Uint8Array } | null>(null);
  useEffect(() => {
    if (!allDone) return undefined;
    // Usually the warm-up has worked them out already: then at once, as before.
    if (decisions.prepareTurnaround(() => false)) {
      setTurnaround({ set: decisions, mask });
      return undefined;
    }
    return idleSlices((hasTime) => {
      if (!decisions.prepareTurnaround(hasTime)) return false;
      setTurnaround({ set: decisions, mask });
      return true;
    });
  }, [allDone, decisions, mask]);
  // Every chart, the turnaround chart included, shows the rows in view.
  const settled = allDone && turnaround !== null && turnaround.set === decisions && turnaround.mask === mask;
  // The update is on screen when every chart in view shows the new set
  // ('charts:commit'); the charts out of view follow in idle time ('charts:settled').
  // Marked in a passive effect: recharts takes a chart's new data into its store in its own
  // passive effects (children's run first), and redraws the bars from there in the same task; a
  // layout effect marked the commit before the bars changed, and a frame could come in between.
  // Once per set brought in, a set seen before included (the view with no filter is kept:
  // unticked back to before its successor's charts were drawn, it comes back as it was).
  const marked = useRef({ commit: false, settled: false });
  useLayoutEffect(() => {
    marked.current = { commit: false, settled: false };
  }, [set]);
  useEffect(() => {
    // Not while the charts wait (an import): the set stays the same when they start.
    if (urgentDone && !hold && !marked.current.commit) {
      marked.current.commit = true;
      markCommit('charts:commit');
    }
    if (settled && !marked.current.settled) {
      marked.current.settled = true;
      markCommit('charts:settled');
    }
  });
  const [colours] = useState(readChartColours);

  return (
    // Busy while any chart still shows an older set (or none), so assistive technology and tests can wait for it.
    <section className="charts" aria-label="Charts" aria-busy={!settled}>
      <Headline counts={set.headline} letters={letterCount} />
      {props.importing && !allDone ? (
        <p className="chart-held">The charts are drawn when the import finishes, so the page stays quick while letters are read.</p>
      ) : null}
      {set.headline.total === 0 ? (
        <p className="chart-empty">No decisions in view: load letters or loosen the filters to see charts.</p>
      ) : (
        <div className="charts-grid" ref={gridRef}>
          {set.slots.map((chart, k) => {
            // A chart not drawn yet, or drawn for another spec, holds its place until its turn.
            const [bars, rates] = shown[k] ?? [];
            const drawn = bars !== undefined && bars.spec.id === chart.spec.id ? bars : null;
            if (drawn === null) {
              return (
                <ChartPlaceholder
                  key={chart.spec.id}
                  title={chart.spec.title}
                  wide={chart.spec.id === 'decision_month'}
                  note={props.importing ? 'Drawn when the import finishes.' : 'Drawing…'}
                />
              );
            }
            return drawn.spec.id === 'decision_month' ? (
              <MonthChart key={drawn.spec.id} chart={drawn.data()} colours={colours} onAddFilter={onAddFilter} />
            ) : (
              <GroupChart
                key={drawn.spec.id}
                chart={drawn.data()}
                rates={rates !== undefined && rates.spec.id === drawn.spec.id ? rates.data() : null}
                colours={colours}
                onAddFilter={onAddFilter}
                back={drawn.spec.id === 'subcategory' ? { label: 'All categories', onBack: onAllCategories } : undefined}
              />
            );
          })}
          {/* One more chart, redrawn after the others: it follows the rows they were last all drawn for. */}
          {turnaround !== null ? <TurnaroundChart set={turnaround.set} mask={turnaround.mask} colours={colours} /> : null}
        </div>
      )}
    </section>
  );
}
