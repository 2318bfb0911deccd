// The overturn rate month by month: a line with its 95% interval as a shaded
// band. A point is a button that filters the table to that month.
import { memo, useCallback, useMemo } from 'react';
import type { KeyboardEvent } from 'react';
import { Area, CartesianGrid, ComposedChart, ErrorBar, Line, ResponsiveContainer, Tooltip, YAxis } from 'recharts';
import type { GroupStats } from '../../derive/aggregate';
import type { ChartData } from '../../derive/chart-data';
import { facetValueLabel } from '../../derive/display-words';
import type { FacetKey } from '../../derive/filter-state';
import { LINE_MARGIN, MonthAxis, ROW_LINES, usePlainTick, VALUE_AXIS_WIDTH } from './axes';
import type { ChartColours } from './colours';
import { ChartCard } from './ChartCard';
import { formatPercentTick } from './format';
import { GroupTooltip, TOOLTIP_WRAPPER } from './GroupTooltip';
import { useGroupPress } from './use-group-press';
import { useTooltipGate } from './use-tooltip-gate';
import { fillMonths, groupAriaLabel, rateAxis, toGroupData } from './series';
import type { EmptyMonth, GroupDatum } from './series';

const HEIGHT = 220;

export interface MonthChartProps {
  chart: ChartData;
  colours: ChartColours;
  onAddFilter: (facet: FacetKey, value: string) => void;
}

interface DotProps {
  cx?: number;
  cy?: number;
  index?: number;
  payload?: GroupDatum | EmptyMonth;
}

// Memoised: the drawing queue (use-drawing-queue.ts) renders one chart part at a time.
export const MonthChart = memo(function MonthChart({ chart, colours, onAddFilter }: MonthChartProps) {
  const { spec } = chart;
  // The table's wording for a value (categories without underscores), so chart and chips agree.
  const nameOf = useCallback((group: string) => facetValueLabel(spec.facet, group), [spec.facet]);
  const data = useMemo(() => toGroupData(chart.groups, nameOf), [chart.groups, nameOf]);
  const series = useMemo(() => fillMonths(data), [data]);
  const months = useMemo(() => series.map((d) => d.group), [series]);
  const byGroup = useMemo(() => new Map<string, GroupStats>(chart.groups.map((g) => [g.group, g])), [chart.groups]);
  const rates = useMemo(() => rateAxis(chart.groups), [chart.groups]);
  const valueTick = usePlainTick('left', colours.muted);
  const gate = useTooltipGate(chart.groups);
  const press = useGroupPress(useCallback((group: string) => onAddFilter(spec.facet, group), [onAddFilter, spec.facet]));

  // Stable across redraws, so neither a hover nor new data makes recharts register the line again.
  const dot = useCallback(({ cx, cy, index, payload }: DotProps) => {
    const d = payload === undefined || payload.band === null ? undefined : payload;
    // Months without decisions have no point (and recharts gives them no cy).
    if (d === undefined || cx === undefined || cy === undefined || Number.isNaN(cy)) return <g key={`gap-${index ?? 0}`} />;
    const onKey = (event: KeyboardEvent<SVGCircleElement>) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        onAddFilter(spec.facet, d.group);
      }
    };
    return (
      <circle
        key={d.group}
        className="chart-hit chart-hit-dot"
        cx={cx}
        cy={cy}
        r={4}
        fill={colours.overturned}
        stroke={colours.surface}
        strokeWidth={1}
        role="button"
        tabIndex={0}
        aria-label={groupAriaLabel(d)}
        data-group={d.group}
        onClick={() => press.onClick(d.group)}
        onKeyDown={onKey}
      />
    );
  }, [onAddFilter, spec.facet, colours.overturned, colours.surface, press]);
  // The same element from one redraw to the next, as the dot function is: a new one makes the line register again.
  const single = data.length < 2;
  const singleMonthBar = useMemo(
    () => (single ? <ErrorBar dataKey="rateError" direction="y" width={6} stroke={colours.ink} /> : null),
    [single, colours.ink],
  );

  return (
    <ChartCard
      title={spec.title}
      fileName="imr-by-decision-month"
      note={chart.note}
      groups={chart.groups}
      nameOf={nameOf}
      legend={[{ label: 'Overturn rate with 95% CI', colour: colours.overturned }]}
      wide
    >
      {data.length === 0 ? (
        <p className="chart-empty">No decision dates are known for the decisions in view, so there is no timeline to draw.</p>
      ) : (
        <>
          <div className="chart-legend" aria-hidden="true">
            <span className="swatch swatch-line" /> Overturn rate <span className="swatch swatch-band" /> 95% CI
          </div>
          <div {...gate.handlers} {...press.figure}>
            <ResponsiveContainer width="100%" height={HEIGHT}>
              <ComposedChart data={series} margin={LINE_MARGIN} accessibilityLayer={false}>
                <CartesianGrid {...ROW_LINES} stroke={colours.grid} />
                <MonthAxis dataKey="group" months={months} fill={colours.muted} />
                <YAxis domain={[0, rates.max]} ticks={rates.ticks} interval={0} width={VALUE_AXIS_WIDTH} tick={valueTick} tickFormatter={formatPercentTick} />
                <Tooltip
                  active={gate.active}
                  content={({ active, label }) => <GroupTooltip active={active} label={label} byGroup={byGroup} nameOf={nameOf} />}
                  isAnimationActive={false}
                  wrapperStyle={TOOLTIP_WRAPPER}
                  allowEscapeViewBox={{ x: false, y: true }}
                />
                {/* Gaps (months without decisions) are bridged: the line shows the trend, the points show the data. */}
                <Area dataKey="band" stroke="none" fill={colours.overturned} fillOpacity={0.18} connectNulls activeDot={false} isAnimationActive={false} />
                <Line dataKey="ratePct" stroke={colours.overturned} strokeWidth={2} dot={dot} activeDot={false} connectNulls isAnimationActive={false}>
                  {/* A single month has no band to shade: show its interval as a bar instead. */}
                  {singleMonthBar}
                </Line>
              </ComposedChart>
            </ResponsiveContainer>
          </div>
        </>
      )}
    </ChartCard>
  );
});
