// Which charts the dashboard draws and what each one groups by. Each chart
// decides what to do with decisions that have no value for its field, and
// says so in its note, because a silently shrinking total misleads.
import type { Category } from '../domain/letter';
import { categoryName } from './filter-edit';
import type { FacetKey } from './filter-state';
import { NONE } from './filter-state';
import type { Aggregate, Grouping, OutcomeCounts } from './aggregate';
import { DEFAULT_TOP } from './aggregate';
import type { GroupColumns } from './aggregate';

export type ChartId =
  | 'medication'
  | 'specialty'
  | 'drug_class'
  | 'category'
  | 'subcategory'
  | 'guideline_source'
  | 'decision_month';

export type ChartSpec = Grouping & {
  id: ChartId;
  title: string;
  /** The table filter a click on a group adds. */
  facet: FacetKey;
  top: number | null;
  order: 'total' | 'group';
  /** The key reads only letter fields (see AggregateOptions.perLetter). */
  perLetter: boolean;
  /** Fixed note under the chart, if any. */
  note?: string;
  /** Why excluded decisions are missing from the chart, for one and for several. */
  excludedReason?: { one: string; other: string };
};

/** YYYY-MM of an ISO date, or null when the date is missing or not ISO. */
export function monthOf(date: string | null): string | null {
  if (date === null || !/^\d{4}-\d{2}/.test(date)) return null;
  return date.slice(0, 7);
}

export const CHART_SPECS: readonly ChartSpec[] = [
  {
    id: 'medication',
    title: 'By medication',
    facet: 'medication',
    // Brand names are already folded into the generic in the record.
    key: (row) => row.decision.medication,
    top: DEFAULT_TOP,
    order: 'total',
    perLetter: false,
    excludedReason: { one: 'is not a drug', other: 'are not drugs' },
  },
  {
    id: 'specialty',
    title: 'By reviewer specialty',
    facet: 'specialty',
    // A reviewer with no specialty read from the letter is its own group, so
    // every decision is counted and the group can still be filtered on.
    key: (row) => (row.letter.reviewer.specialties.length > 0 ? row.letter.reviewer.specialties : NONE),
    top: DEFAULT_TOP,
    order: 'total',
    perLetter: true,
    note: 'A decision whose reviewer lists several specialties counts under each.',
  },
  {
    id: 'drug_class',
    title: 'By drug class',
    facet: 'drug_class',
    key: (row) => row.decision.drug_class,
    top: DEFAULT_TOP,
    order: 'total',
    perLetter: false,
    excludedReason: { one: 'is not a drug', other: 'are not drugs' },
  },
  {
    id: 'category',
    // The DWC's own request categories, so figures can be set beside the DWC's and CWCI's.
    title: 'By request category (DWC)',
    facet: 'category',
    key: (row) => row.decision.category,
    top: DEFAULT_TOP,
    order: 'total',
    perLetter: false,
  },
  {
    id: 'guideline_source',
    title: 'By guideline source',
    facet: 'guideline_source',
    // The reviewer's guideline, not the claims administrator's: it is the one the decision rests on.
    key: (row) => row.decision.guideline.source ?? NONE,
    top: DEFAULT_TOP,
    order: 'total',
    perLetter: false,
    note: `The guideline the reviewer relied on; ${NONE} when the letter cites none.`,
  },
  {
    id: 'decision_month',
    title: 'Overturn rate by decision month',
    facet: 'decision_month',
    // Counted by date, then dates folded into months: a few thousand distinct
    // dates instead of a string cut from every letter.
    key: (row) => row.letter.decision_date,
    fold: monthOf,
    top: null,
    order: 'group',
    perLetter: true,
    excludedReason: { one: 'comes from a letter without a decision date', other: 'come from letters without a decision date' },
  },
];

const subcategorySpecs = new Map<Category, ChartSpec>();

/**
 * The category chart opened on one category: its DWC subcategories. One spec
 * per category, kept, so the aggregation's per-grouping cache holds.
 */
export function subcategoryChartSpec(category: Category): ChartSpec {
  let spec = subcategorySpecs.get(category);
  if (spec === undefined) {
    spec = {
      id: 'subcategory',
      title: `${categoryName(category)}: by subcategory`,
      facet: 'subcategory',
      key: (row) => row.decision.subcategory,
      top: DEFAULT_TOP,
      order: 'total',
      perLetter: false,
      excludedReason: { one: 'has no DWC subcategory', other: 'have no DWC subcategory' },
    };
    subcategorySpecs.set(category, spec);
  }
  return spec;
}

/** The dashboard's charts, the category chart opened on `category` when one is chosen. */
export function chartSpecsFor(category: Category | null): readonly ChartSpec[] {
  if (category === null) return CHART_SPECS;
  const opened = subcategoryChartSpec(category);
  return CHART_SPECS.map((spec) => (spec.id === 'category' ? opened : spec));
}

export interface ChartData extends Aggregate {
  spec: ChartSpec;
  /** The note to print under the chart (fixed note and what was left out), or null. */
  note: string | null;
}

export interface ChartSet {
  headline: OutcomeCounts;
  charts: ChartData[];
}

export function chartNote(spec: ChartSpec, excluded: number): string | null {
  const parts: string[] = [];
  if (spec.note !== undefined) parts.push(spec.note);
  if (excluded > 0 && spec.excludedReason !== undefined) {
    const n = excluded.toLocaleString('en-US');
    const reason = excluded === 1 ? `decision that ${spec.excludedReason.one}` : `decisions that ${spec.excludedReason.other}`;
    parts.push(`Leaves out ${n} ${reason}.`);
  }
  return parts.length > 0 ? parts.join(' ') : null;
}

/** The charts of the rows at the 1s of `mask` (a filter mask), read off the rows' group columns. */
export function buildChartSet(groups: GroupColumns, mask: Uint8Array, specs: readonly ChartSpec[] = CHART_SPECS): ChartSet {
  const { aggregates, totals } = groups.aggregate(specs, mask);
  return {
    headline: totals,
    charts: specs.map((spec, i) => {
      const aggregate = aggregates[i] ?? { groups: [], excluded: 0 };
      return { ...aggregate, spec, note: chartNote(spec, aggregate.excluded) };
    }),
  };
}
