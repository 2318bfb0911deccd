// Aggregated groups reshaped for recharts: percentages instead of fractions,
// the error bar as distances below and above the rate, and what a click does.
// Pure, so the shapes the charts draw are tested without rendering them.
import type { GroupStats } from '../../derive/aggregate';

export interface GroupDatum {
  /** The group's value: what a click adds to the filters. */
  group: string;
  /** The group as people read it (the table's wording, e.g. "physical medicine"). */
  name: string;
  upheld: number;
  overturned: number;
  total: number;
  /** Overturn rate in percent; null for an empty group. */
  ratePct: number | null;
  /** Distances (percentage points) from the rate down to the low bound and up to the high bound. */
  rateError: [number, number];
  /** [low, high] in percent, for a shaded band. */
  band: [number, number];
  /** "Other" folds many groups together: there is no single filter to add. */
  clickable: boolean;
  stats: GroupStats;
}

export function shortLabel(group: string, max: number): string {
  return group.length <= max ? group : `${group.slice(0, max - 1)}…`;
}

// Width of an average character of 12px system sans (DejaVu Sans, common on
// Linux, is wide), and the room the tick mark and its gap take.
const CHAR_PX = 7.2;
const TICK_PX = 14;

export interface LabelColumn {
  /** Width of the axis holding the group names, px. */
  width: number;
  /** Names longer than this are shortened (the full name is in the tooltip). */
  chars: number;
}

/** The group-name column: as wide as the longest name needs, at most `maxWidth`. */
export function labelColumn(names: readonly string[], maxWidth: number): LabelColumn {
  const chars = Math.max(6, Math.floor((maxWidth - TICK_PX) / CHAR_PX));
  let longest = 0;
  for (const name of names) longest = Math.max(longest, Math.min(name.length, chars));
  return { width: Math.max(56, Math.ceil(longest * CHAR_PX) + TICK_PX), chars };
}

/** Every other tick (the ends kept: every scale has an odd number of ticks), when a narrow axis cannot hold them all. */
function thinTicks(ticks: readonly number[]): number[] {
  return ticks.filter((_, i) => i % 2 === 0);
}

export function toGroupData(groups: readonly GroupStats[], nameOf: (group: string) => string = (group) => group): GroupDatum[] {
  return groups.map((g) => {
    const name = nameOf(g.group);
    const rate = g.overturnedRate === null ? null : g.overturnedRate * 100;
    const low = g.low === null ? 0 : g.low * 100;
    const high = g.high === null ? 0 : g.high * 100;
    return {
      group: g.group,
      name,
      upheld: g.upheld,
      overturned: g.overturned,
      total: g.total,
      ratePct: rate,
      rateError: rate === null ? [0, 0] : [rate - low, high - rate],
      band: [low, high],
      clickable: g.folded === 0,
      stats: g,
    };
  });
}

// Upper ends the rate axis may take, each with a tick step that divides it.
const RATE_SCALES: ReadonlyArray<{ max: number; step: number }> = [
  { max: 10, step: 5 },
  { max: 20, step: 5 },
  { max: 30, step: 10 },
  { max: 40, step: 10 },
  { max: 50, step: 10 },
  { max: 60, step: 20 },
  { max: 80, step: 20 },
  { max: 100, step: 25 },
];

export interface RateAxis {
  max: number;
  ticks: readonly number[];
  /** Every other tick, for an axis too narrow for all of them. */
  thinTicks: readonly number[];
}

// One object per scale, made once: recharts re-registers an axis whose ticks are a
// new array (a store update and a second render of the chart), so a redraw whose
// scale did not change must hand it the very same arrays.
const RATE_AXES: readonly RateAxis[] = RATE_SCALES.map(({ max, step }) => {
  const ticks: number[] = [];
  for (let t = 0; t <= max; t += step) ticks.push(t);
  return { max, ticks, thinTicks: thinTicks(ticks) };
});
const WIDEST_AXIS = RATE_AXES[RATE_AXES.length - 1] as RateAxis;

/** The rate axis (percent): the smallest round scale that holds every interval's high bound. */
export function rateAxis(groups: readonly GroupStats[]): RateAxis {
  let high = 0;
  for (const g of groups) if (g.high !== null && g.high > high) high = g.high;
  const needed = high * 100 - 1e-9;
  return RATE_AXES.find((axis) => axis.max >= needed) ?? WIDEST_AXIS;
}

/**
 * Months from the first to the last, with the months that have no decisions
 * filled in empty, so the time axis is evenly spaced.
 */
export function fillMonths(data: readonly GroupDatum[]): Array<GroupDatum | EmptyMonth> {
  const first = data[0];
  const last = data[data.length - 1];
  if (first === undefined || last === undefined) return [];
  const byMonth = new Map(data.map((d) => [d.group, d]));
  const out: Array<GroupDatum | EmptyMonth> = [];
  let [year, month] = first.group.split('-').map(Number);
  if (year === undefined || month === undefined || Number.isNaN(year) || Number.isNaN(month)) return [...data];
  // A guard, not a limit anyone meets: 100 years of months.
  for (let i = 0; i < 1200; i++) {
    const key = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
    out.push(byMonth.get(key) ?? { group: key, ratePct: null, band: null });
    if (key >= last.group) break;
    month++;
    if (month > 12) {
      month = 1;
      year++;
    }
  }
  return out;
}

// A month label ("2026-03") at the charts' 11px: seven characters of DejaVu
// Sans digits (0.64 em), and the gap recharts was given between labels.
const MONTH_LABEL_PX = 49;
const MONTH_GAP_PX = 12;
// Steps between labelled months: a whole quarter, half or year apart when every month has a point.
const MONTH_STEPS = [1, 2, 3, 4, 6, 12, 24, 60, 120];

/**
 * The months to label on a time axis `plotWidth` wide: every month if they
 * fit, else every step-th month counted back from the last, which is always
 * labelled. Steps count the axis's points: a quarter, half or year apart on
 * the month chart, whose months are consecutive (fillMonths); the turnaround
 * chart has a point only for months with letters. Chosen here from the labels' known width, so that recharts does
 * not measure each label in the page (its gap-keeping intervals do, a forced
 * layout per label in a chart's first drawing).
 */
export function monthTicks(months: readonly string[], plotWidth: number): string[] {
  const fits = Math.max(1, Math.floor((plotWidth + MONTH_GAP_PX) / (MONTH_LABEL_PX + MONTH_GAP_PX)));
  const step = MONTH_STEPS.find((s) => Math.ceil(months.length / s) <= fits) ?? Math.ceil(months.length / fits);
  const ticks: string[] = [];
  for (let i = months.length - 1; i >= 0; i -= step) ticks.push(months[i] as string);
  return ticks.reverse();
}

/** A month without decisions: a gap on the time axis. */
export interface EmptyMonth {
  group: string;
  ratePct: null;
  band: null;
}

/** What a screen reader hears on a bar, e.g. "oxycodone: 3 upheld, 1 overturned; filter the table". */
export function groupAriaLabel(g: Pick<GroupDatum, 'name' | 'upheld' | 'overturned'>): string {
  return `${g.name}: ${g.upheld} upheld, ${g.overturned} overturned; filter the table`;
}
