// Axis and grid pieces the charts share, set up so that recharts does not
// measure in the page while it draws: each label it measures, and each grid
// line it places from an axis's ticks, is a forced layout in a chart's first
// drawing (88 ms of one chart's at a 330,000-decision reload, profiled). Its
// own tick labels measure every word, to wrap them when they are too wide.
import { useMemo } from 'react';
import type { ReactElement } from 'react';
import { useChartWidth, XAxis } from 'recharts';
import { monthTicks } from './series';

// recharts works out the lines of a grid's direction even when that direction
// is off (from the axis's ticks, measuring their labels): this draws none, at no cost.
const NO_LINES = (): number[] => [];
/** The month charts' margins and value axis (left), and the width they leave the months. */
export const LINE_MARGIN = { top: 8, right: 28, bottom: 0, left: 0 } as const;
export const VALUE_AXIS_WIDTH = 44;
const LINE_ASIDE = LINE_MARGIN.left + LINE_MARGIN.right + VALUE_AXIS_WIDTH;

/** Props for a CartesianGrid of horizontal lines only. */
export const ROW_LINES = { vertical: false, verticalCoordinatesGenerator: NO_LINES } as const;
/** Props for a CartesianGrid of vertical lines only. */
export const COLUMN_LINES = { horizontal: false, horizontalCoordinatesGenerator: NO_LINES } as const;

interface PlainTickProps {
  // Given by recharts.
  x?: number | string;
  y?: number | string;
  payload?: { value?: unknown };
  index?: number;
  visibleTicksCount?: number;
  tickFormatter?: (value: unknown, index: number) => string;
  /** Under the plot (centred below its tick) or left of it (ending at its tick). */
  side: 'bottom' | 'left';
  /** The last label under the plot ends at the axis's end, so the figure's edge does not cut it off. */
  lastAtEnd?: boolean;
  fill: string;
}

/** A PlainTick element for an axis's `tick`, the same one from render to render. */
export function usePlainTick(side: PlainTickProps['side'], fill: string, lastAtEnd = false): ReactElement {
  return useMemo(() => <PlainTick side={side} lastAtEnd={lastAtEnd} fill={fill} />, [side, fill, lastAtEnd]);
}

/** A tick label on one line, placed as recharts places its own, without measuring it. */
function PlainTick({ x, y, payload, index = 0, visibleTicksCount = 0, tickFormatter, side, lastAtEnd = false, fill }: PlainTickProps) {
  const value = payload?.value;
  const text = tickFormatter === undefined ? String(value ?? '') : tickFormatter(value, index);
  const anchor = side === 'left' || (lastAtEnd && index === visibleTicksCount - 1) ? 'end' : 'middle';
  // recharts' own: a left label centred on its tick (0.355em is half the cap height), a bottom one hanging below it.
  return (
    <text x={Number(x ?? 0)} y={Number(y ?? 0)} dy={side === 'left' ? '0.355em' : '0.71em'} textAnchor={anchor} fontSize={11} fill={fill}>
      {text}
    </text>
  );
}

interface MonthAxisProps {
  /** The data's key of the month ("2026-03"). */
  dataKey: string;
  /** Every month on the axis, in order. */
  months: readonly string[];
  fill: string;
}

/** The month charts' time axis, labelling every month it has room for (see monthTicks), measured by nothing. */
export function MonthAxis({ dataKey, months, fill }: MonthAxisProps) {
  const width = useChartWidth() ?? 0;
  const ticks = useMemo(() => monthTicks(months, width - LINE_ASIDE), [months, width]);
  const tick = usePlainTick('bottom', fill);
  return <XAxis dataKey={dataKey} ticks={ticks} interval={0} tick={tick} />;
}
