// Upheld and overturned decisions per group as horizontal stacked bars, with
// the overturn rate and its 95% interval beside each bar in a second, aligned
// chart (the counts and the rate need different scales). A bar is a button:
// clicking it, or Enter / Space on it, filters the table to that group.
import { memo, useCallback, useMemo, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { Bar, BarChart, CartesianGrid, ErrorBar, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { BarShapeProps } from 'recharts';
import type { GroupStats } from '../../derive/aggregate';
import type { ChartData } from '../../derive/chart-data';
import { facetValueLabel } from '../../derive/display-words';
import type { FacetKey } from '../../derive/filter-state';
import { COLUMN_LINES, usePlainTick } from './axes';
import type { ChartColours } from './colours';
import { ChartCard } from './ChartCard';
import { formatCount, formatPercentTick, formatShareTick } from './format';
import { GroupTooltip, TOOLTIP_WRAPPER } from './GroupTooltip';
import { groupAriaLabel, labelColumn, rateAxis, shortLabel, toGroupData } from './series';
import type { GroupDatum } from './series';
import { useGroupPress } from './use-group-press';
import { useTooltipGate } from './use-tooltip-gate';
import type { TooltipGate } from './use-tooltip-gate';
import { useWidth } from './use-width';

type Scale = 'counts' | 'percent';

const ROW_HEIGHT = 24;
const AXIS_HEIGHT = 24;
const MARGIN = { top: 4, right: 12, bottom: 0, left: 0 };
// Room on the left of the rate axis for its "0%" label, on the right for "100%".
const RATE_MARGIN = { ...MARGIN, left: 12, right: 18 };
// Under the bars the rate panel has its own name column, which holds the "0%" overhang.
const STACKED_RATE_MARGIN = { ...RATE_MARGIN, left: MARGIN.left };

// Below this figure width the rate panel moves under the bars instead of beside them.
const STACK_BELOW = 520;
// A rate axis narrower than this shows every other tick.
const THIN_TICKS_BELOW = 150;

// An axis, bar series or error bar given a new function, array or element on a
// redraw (recharts compares these by identity; two-number domains and style
// objects it compares by value) registers itself again in the chart's store,
// and the store tells the chart a frame later: the whole chart renders a second
// time. So the tick formatters and tick arrays are made once, the tick elements
// and error bar memoised on their inputs, and the shapes read their group from
// the bar's own entry (`payload`) rather than from the data.
const SHARE_TICKS = [0, 0.25, 0.5, 0.75, 1];

/** The group name's tick element, one per name column (an element recharts clones for each group). */
function useGroupTick(nameOf: (group: string) => string, chars: number, fill: string) {
  return useMemo(() => <GroupTick nameOf={nameOf} chars={chars} fill={fill} />, [nameOf, chars, fill]);
}

interface TickProps {
  x?: number | string;
  y?: number | string;
  payload?: { value?: unknown };
  nameOf: (group: string) => string;
  chars: number;
  fill: string;
}

/** A group name on one line, shortened to fit, with the full name as its tooltip. */
function GroupTick({ x, y, payload, nameOf, chars, fill }: TickProps) {
  const name = nameOf(String(payload?.value ?? ''));
  return (
    <text x={Number(x ?? 0)} y={Number(y ?? 0)} dy={4} textAnchor="end" fontSize={12} fill={fill}>
      <title>{name}</title>
      {shortLabel(name, chars)}
    </text>
  );
}

export interface GroupChartProps {
  chart: ChartData;
  /** What the rate panel shows: the chart as it was one drawing step ago (null before its first). */
  rates: ChartData | null;
  colours: ChartColours;
  onAddFilter: (facet: FacetKey, value: string) => void;
  /** A chart opened on one group of another (a category's subcategories): the way back. */
  back?: { label: string; onBack: () => void } | undefined;
}

// Memoised: the drawing queue (use-drawing-queue.ts) renders one part of one chart at a time.
export const GroupChart = memo(function GroupChart({ chart, rates, colours, onAddFilter, back }: GroupChartProps) {
  const [scale, setScale] = useState<Scale>('counts');
  const { spec } = chart;
  // The table's wording for a value (categories without underscores), so chart and chips agree.
  const nameOf = useCallback((group: string) => facetValueLabel(spec.facet, group), [spec.facet]);
  const [figureRef, figureWidth] = useWidth<HTMLDivElement>(560);
  const stacked = figureWidth < STACK_BELOW;
  const countsWidth = stacked ? figureWidth : ((figureWidth - 8) * 2) / 3;
  const { data, labels, height, gate, tooltip } = useFigure(chart, nameOf, countsWidth, stacked);
  const percent = scale === 'percent';
  const press = useGroupPress(useCallback((group: string) => onAddFilter(spec.facet, group), [onAddFilter, spec.facet]));

  // The last segment of the stack also draws the hit area of the whole bar:
  // recharts gives it the stack's start, and calls a custom shape even for a
  // zero-width segment, so every group gets exactly one button. A pointer's
  // press is read by the figure (use-group-press.ts); the button's own click
  // serves keyboards and assistive technology.
  const overturnedShape = useCallback(
    (props: BarShapeProps) => {
      const d = props.payload as GroupDatum | undefined;
      if (d === undefined) return null;
      const start = props.stackedBarStart;
      const end = props.x + props.width;
      const onKey = (event: KeyboardEvent<SVGRectElement>) => {
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          onAddFilter(spec.facet, d.group);
        }
      };
      return (
        <g>
          <rect x={props.x} y={props.y} width={Math.max(0, props.width)} height={props.height} fill={colours.overturned} />
          {d.clickable ? (
            <rect
              className="chart-hit"
              x={start}
              y={props.y}
              width={Math.max(2, end - start)}
              height={props.height}
              role="button"
              tabIndex={0}
              aria-label={groupAriaLabel(d)}
              data-group={d.group}
              onClick={() => press.onClick(d.group)}
              onKeyDown={onKey}
            />
          ) : null}
        </g>
      );
    },
    [colours.overturned, onAddFilter, spec.facet, press],
  );
  const groupTick = useGroupTick(nameOf, labels.chars, colours.ink);
  const countTick = usePlainTick('bottom', colours.muted, true);

  const controls = (
    <>
      {back !== undefined ? (
        <button type="button" className="chart-back" onClick={back.onBack}>
          <span aria-hidden="true">← </span>
          {back.label}
        </button>
      ) : null}
      <div className="chart-scale" role="group" aria-label={`Scale of ${spec.title.toLowerCase()}`}>
        <button type="button" aria-pressed={!percent} onClick={() => setScale('counts')}>
          Counts
        </button>
        <button type="button" aria-pressed={percent} onClick={() => setScale('percent')}>
          Percentages
        </button>
      </div>
    </>
  );

  return (
    <ChartCard
      title={spec.title}
      fileName={`imr-by-${spec.id.replace(/_/g, '-')}`}
      note={chart.note}
      groups={chart.groups}
      nameOf={nameOf}
      legend={[
        { label: 'Upheld', colour: colours.upheld },
        { label: 'Overturned', colour: colours.overturned },
      ]}
      controls={controls}
    >
      <div ref={figureRef}>
        {data.length === 0 ? (
          <p className="chart-empty">{chart.excluded > 0 ? 'None of the decisions in view has a value for this chart.' : 'No decisions in view.'}</p>
        ) : (
          <div className={stacked ? 'chart-pair chart-pair-stacked' : 'chart-pair'}>
            <div className="chart-counts">
              <div className="chart-legend" aria-hidden="true">
                <span className="swatch swatch-upheld" /> Upheld <span className="swatch swatch-overturned" /> Overturned
                {percent ? ' (share of each group)' : ''}
              </div>
              <div {...gate.handlers} {...press.figure}>
                <ResponsiveContainer width="100%" height={height}>
                  <BarChart
                    data={data}
                    layout="vertical"
                    stackOffset={percent ? 'expand' : 'none'}
                    margin={MARGIN}
                    barCategoryGap="18%"
                    accessibilityLayer={false}
                  >
                    <CartesianGrid {...COLUMN_LINES} stroke={colours.grid} />
                    <XAxis
                      type="number"
                      height={AXIS_HEIGHT}
                      allowDecimals={false}
                      domain={percent ? [0, 1] : [0, 'auto']}
                      ticks={percent ? SHARE_TICKS : undefined}
                      // Every tick shown (there are at most six): recharts otherwise measures
                      // each label in the page, a forced layout, to choose which to drop.
                      interval={0}
                      tickFormatter={percent ? formatShareTick : formatCount}
                      tick={countTick}
                    />
                    <YAxis
                      type="category"
                      dataKey="group"
                      width={labels.width}
                      interval={0}
                      tick={groupTick}
                    />
                    {tooltip}
                    <Bar dataKey="upheld" name="Upheld" stackId="outcome" fill={colours.upheld} isAnimationActive={false} />
                    <Bar
                      dataKey="overturned"
                      name="Overturned"
                      stackId="outcome"
                      fill={colours.overturned}
                      shape={overturnedShape}
                      isAnimationActive={false}
                    />
                  </BarChart>
                </ResponsiveContainer>
              </div>
            </div>
            {rates === null ? (
              <div className="chart-rates" />
            ) : (
              <RatesFigure chart={rates} nameOf={nameOf} colours={colours} stacked={stacked} figureWidth={figureWidth} countsWidth={countsWidth} />
            )}
          </div>
        )}
      </div>
    </ChartCard>
  );
});

/**
 * What each half of a group chart derives from its set: the rows, the group
 * names' column (at most 200 px, under half the bars' width), the height, and
 * a tooltip that is allowed only once the pointer has moved since the data changed.
 */
function useFigure(chart: ChartData, nameOf: (group: string) => string, countsWidth: number, stacked: boolean) {
  const data = useMemo(() => toGroupData(chart.groups, nameOf), [chart.groups, nameOf]);
  const byGroup = useMemo(() => new Map<string, GroupStats>(chart.groups.map((g) => [g.group, g])), [chart.groups]);
  const labels = useMemo(
    () => labelColumn(data.map((d) => d.name), Math.min(200, countsWidth * (stacked ? 0.45 : 0.5))),
    [data, countsWidth, stacked],
  );
  const gate = useTooltipGate(chart.groups);
  return {
    data,
    labels,
    height: data.length * ROW_HEIGHT + AXIS_HEIGHT + MARGIN.top + MARGIN.bottom,
    gate,
    tooltip: groupTooltip(gate, byGroup, nameOf),
  };
}

function groupTooltip(gate: TooltipGate, byGroup: ReadonlyMap<string, GroupStats>, nameOf: (group: string) => string) {
  return <Tooltip active={gate.active} content={({ active, label }) => <GroupTooltip active={active} label={label} byGroup={byGroup} nameOf={nameOf} />} cursor={{ fill: 'rgba(0, 0, 0, 0.06)' }} isAnimationActive={false} wrapperStyle={TOOLTIP_WRAPPER} allowEscapeViewBox={{ x: false, y: true }} />;
}

interface RatesFigureProps {
  chart: ChartData;
  nameOf: (group: string) => string;
  colours: ChartColours;
  stacked: boolean;
  figureWidth: number;
  countsWidth: number;
}

/** The overturn rate of each group with its 95% interval, aligned row for row with the bars. */
const RatesFigure = memo(function RatesFigure({ chart, nameOf, colours, stacked, figureWidth, countsWidth }: RatesFigureProps) {
  const { data, labels, height, gate, tooltip } = useFigure(chart, nameOf, countsWidth, stacked);
  const rates = useMemo(() => rateAxis(chart.groups), [chart.groups]);
  const ratePlotWidth = stacked ? figureWidth - labels.width : (figureWidth - 8) / 3;
  const rateTicks = ratePlotWidth < THIN_TICKS_BELOW ? rates.thinTicks : rates.ticks;
  // Stable across redraws, as the bars' shape is (see GroupChart).
  const rateDot = useCallback(
    (props: BarShapeProps) => {
      const d = props.payload as GroupDatum | undefined;
      if (d === undefined || d.ratePct === null) return null;
      return <circle cx={props.x + props.width} cy={props.y + props.height / 2} r={3.5} fill={colours.overturned} stroke={colours.surface} strokeWidth={1} />;
    },
    [colours.overturned, colours.surface],
  );
  const groupTick = useGroupTick(nameOf, labels.chars, colours.ink);
  const rateTick = usePlainTick('bottom', colours.muted);
  const errorBar = useMemo(
    () => <ErrorBar dataKey="rateError" direction="x" width={5} stroke={colours.ink} strokeWidth={1.2} isAnimationActive={false} />,
    [colours.ink],
  );
  if (data.length === 0) return null;
  return (
    <div className="chart-rates">
      <div className="chart-legend" aria-hidden="true" data-export-text="">
        Overturn rate, 95% CI
      </div>
      <div {...gate.handlers}>
        <ResponsiveContainer width="100%" height={height}>
          <BarChart data={data} layout="vertical" margin={stacked ? STACKED_RATE_MARGIN : RATE_MARGIN} barCategoryGap="18%" accessibilityLayer={false}>
            <CartesianGrid {...COLUMN_LINES} stroke={colours.grid} />
            <XAxis
              type="number"
              height={AXIS_HEIGHT}
              domain={[0, rates.max]}
              ticks={rateTicks}
              interval={0}
              tickFormatter={formatPercentTick}
              tick={rateTick}
            />
            {/* Beside the bars the rows line up with their names; under them they need their own. */}
            <YAxis
              type="category"
              dataKey="group"
              hide={!stacked}
              width={labels.width}
              interval={0}
              tick={groupTick}
            />
            {tooltip}
            <Bar dataKey="ratePct" name="Overturned %" shape={rateDot} isAnimationActive={false}>
              {errorBar}
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </div>
    </div>
  );
});
