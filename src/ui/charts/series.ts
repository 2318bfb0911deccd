// Aggregated groups reshaped for recharts: percentages instead of fractions,
// the error bar as distances below and above the rate, and what a click does.
// Pure, so the shapes the charts draw are tested without rendering them.
import type { GroupStats } from '../../derive/aggregate';

export interface GroupDatum {
  group: string;
  /** The axis label: long names are shortened, the full name is in the tooltip. */
  label: string;
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

const MAX_LABEL = 24;

export function shortLabel(group: string, max: number = MAX_LABEL): string {
  return group.length <= max ? group : `${group.slice(0, max - 1)}…`;
}

export function toGroupData(groups: readonly GroupStats[]): GroupDatum[] {
  return groups.map((g) => {
    const rate = g.overturnedRate === null ? null : g.overturnedRate * 100;
    const low = g.low === null ? 0 : g.low * 100;
    const high = g.high === null ? 0 : g.high * 100;
    return {
      group: g.group,
      label: shortLabel(g.group),
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

/** The rate axis' upper end: the highest interval bound rounded up to 10 points, at least 10%. */
export function rateAxisMax(groups: readonly GroupStats[]): number {
  let max = 0;
  for (const g of groups) if (g.high !== null && g.high > max) max = g.high;
  return Math.min(100, Math.max(10, Math.ceil((max * 100 - 1e-9) / 10) * 10));
}

/** What a screen reader hears on a bar, e.g. "oxycodone: 3 upheld, 1 overturned; filter the table". */
export function groupAriaLabel(g: Pick<GroupStats, 'group' | 'upheld' | 'overturned'>): string {
  return `${g.group}: ${g.upheld} upheld, ${g.overturned} overturned; filter the table`;
}
