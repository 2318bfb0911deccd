// Which charts the dashboard draws and what each one groups by. Each chart
// decides what to do with decisions that have no value for its field, and
// says so in its note, because a silently shrinking total misleads.
import type { Category } from '../domain/letter';
import { categoryName } from './display-words';
import type { FacetKey } from './filter-state';
import { NONE } from './filter-state';
import { facetValueOf, LETTER_FACETS } from './facet-value';
import type { DecisionRow } from './rows';
import type { Aggregate, GroupValues, Grouping, OutcomeCounts } from './aggregate';
import { DEFAULT_TOP } from './aggregate';
import type { GroupColumns } from './aggregate';

export type ChartId =
  | 'medication'
  | 'specialty'
  | 'drug_class'
  | 'category'
  | 'subcategory'
  | 'guideline_source'
  | 'decision_month'
  | 'reasons';

export type ChartSpec = Grouping & {
  id: ChartId;
  title: string;
  /** The table filter the chart groups by, and a click on a group adds. */
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

type ChartDefinition = Omit<ChartSpec, 'key' | 'perLetter'> & {
  /** What a decision without a value (the facet's NONE) does: it is left out, or is a group of its own. */
  none: 'leave-out' | 'group';
};

/**
 * A chart's groups are its facet's values (facet-value.ts), so a click on a
 * group adds exactly the filter that selects that group's decisions.
 */
function chart({ none, ...definition }: ChartDefinition): ChartSpec {
  const { facet } = definition;
  const key = (row: DecisionRow): GroupValues => {
    const value = facetValueOf(row, facet);
    if (none === 'group') return value;
    if (typeof value === 'string') return value === NONE ? null : value;
    return value.filter((v) => v !== NONE);
  };
  return { ...definition, key, perLetter: LETTER_FACETS.has(facet) };
}

export const CHART_SPECS: readonly ChartSpec[] = [
  chart({
    id: 'medication',
    title: 'By medication',
    // Brand names are already folded into the generic in the record.
    facet: 'medication',
    none: 'leave-out',
    top: DEFAULT_TOP,
    order: 'total',
    excludedReason: { one: 'is not a drug', other: 'are not drugs' },
  }),
  chart({
    id: 'specialty',
    title: 'By reviewer specialty',
    facet: 'specialty',
    // A reviewer with no specialty read from the letter is its own group, so
    // every decision is counted and the group can still be filtered on.
    none: 'group',
    top: DEFAULT_TOP,
    order: 'total',
    note: 'A decision whose reviewer lists several specialties counts under each.',
  }),
  chart({
    id: 'drug_class',
    title: 'By drug class',
    facet: 'drug_class',
    none: 'leave-out',
    top: DEFAULT_TOP,
    order: 'total',
    excludedReason: { one: 'is not a drug', other: 'are not drugs' },
  }),
  chart({
    id: 'category',
    // The DWC's own request categories, so figures can be set beside the DWC's and CWCI's.
    title: 'By request category (DWC)',
    facet: 'category',
    none: 'group',
    top: DEFAULT_TOP,
    order: 'total',
  }),
  chart({
    id: 'guideline_source',
    title: 'By guideline source',
    // The reviewer's guideline, not the claims administrator's: it is the one the decision rests on.
    facet: 'guideline_source',
    none: 'group',
    top: DEFAULT_TOP,
    order: 'total',
    note: `The guideline the reviewer relied on; ${NONE} when the letter cites none.`,
  }),
  chart({
    id: 'reasons',
    title: 'Reasons given',
    facet: 'reasons',
    // A rationale the vocabulary reads no reason from is left out, and said so.
    none: 'leave-out',
    top: null,
    order: 'total',
    note: 'Read from each rationale; a decision giving several reasons counts under each.',
    excludedReason: { one: 'gives no reason the vocabulary knows', other: 'give no reason the vocabulary knows' },
  }),
  chart({
    id: 'decision_month',
    title: 'Overturn rate by decision month',
    facet: 'decision_month',
    none: 'leave-out',
    top: null,
    order: 'group',
    excludedReason: { one: 'comes from a letter without a decision date', other: 'come from letters without a decision date' },
  }),
];

const subcategorySpecs = new Map<Category, ChartSpec>();

/**
 * The category chart opened on one category: its DWC subcategories. One spec
 * per category, kept, so the aggregation's per-grouping cache holds.
 */
export function subcategoryChartSpec(category: Category): ChartSpec {
  let spec = subcategorySpecs.get(category);
  if (spec === undefined) {
    spec = chart({
      id: 'subcategory',
      title: `${categoryName(category)}: by subcategory`,
      facet: 'subcategory',
      none: 'leave-out',
      top: DEFAULT_TOP,
      order: 'total',
      excludedReason: { one: 'has no DWC subcategory', other: 'have no DWC subcategory' },
    });
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

/** One chart of a LazyChartSet: its spec at once, its groups when first asked for. */
export interface ChartSlot {
  readonly spec: ChartSpec;
  data(): ChartData;
}

/**
 * The charts of the rows at the 1s of `mask`, each worked out when first asked
 * for: those in view in one pass (`prefetch`), the rest in one more
 * (`prefetchRest`, in idle time before they are drawn; or the first time one of
 * them is read). A filter click then waits for the charts it shows, not for all
 * of them: every chart was 18-24 ms of a click at 330,000 decisions. In Node,
 * the first chart alone takes 2 ms over every row against 12 for all of them,
 * and the first two about half of all of them over a mask of scattered rows
 * (8-9 ms against 14-20). A pass costs something for each chart it counts and
 * something for the rows, so charts are counted together where they can be: a
 * chart scrolled into view later is a pass of its own, and so is the headline
 * alone while the charts wait (an import). A pass made by reading a chart not
 * worked out yet is the caller's to time (the page times its prefetches).
 */
export class LazyChartSet {
  readonly slots: readonly ChartSlot[];
  private readonly data: (ChartData | undefined)[];
  private totals: OutcomeCounts | null = null;

  constructor(
    private readonly groups: () => GroupColumns,
    private readonly mask: Uint8Array,
    readonly specs: readonly ChartSpec[],
  ) {
    this.data = specs.map(() => undefined);
    this.slots = specs.map((spec, i) => ({ spec, data: () => this.chart(i) }));
  }

  /** Decisions upheld and overturned among the rows (worked out by any pass; alone, when none ran yet). */
  get headline(): OutcomeCounts {
    if (this.totals === null) this.pass([]);
    return this.totals as OutcomeCounts;
  }

  /** Works out the charts at these positions (the ones in view) in one pass, those not worked out yet. */
  prefetch(positions: Iterable<number>): void {
    const todo = this.missing(positions);
    if (todo.length > 0) this.pass(todo);
  }

  /** Works out every chart not worked out yet, in one pass. */
  prefetchRest(): void {
    this.prefetch(this.specs.keys());
  }

  /** Whether a prefetch of these positions (every chart, without) has anything to work out. */
  lacks(positions: Iterable<number> = this.specs.keys()): boolean {
    return this.missing(positions).length > 0;
  }

  private missing(positions: Iterable<number>): number[] {
    return [...positions].filter((i) => i >= 0 && i < this.specs.length && this.data[i] === undefined);
  }

  private chart(i: number): ChartData {
    if (this.data[i] === undefined) this.prefetchRest();
    return this.data[i] as ChartData;
  }

  private pass(positions: readonly number[]): void {
    const specs = positions.map((i) => this.specs[i] as ChartSpec);
    const { aggregates, totals } = this.groups().aggregate(specs, this.mask);
    this.totals ??= totals;
    positions.forEach((i, k) => (this.data[i] = chartData(specs[k] as ChartSpec, aggregates[k])));
  }
}

function chartData(spec: ChartSpec, aggregate: Aggregate | undefined): ChartData {
  const { groups, excluded } = aggregate ?? { groups: [], excluded: 0 };
  return { groups, excluded, spec, note: chartNote(spec, excluded) };
}

/**
 * The charts of the rows at the 1s of `mask` (a filter mask), read off the rows' group columns, all in one pass.
 * The page draws through LazyChartSet; the tests hold the lazy set to this one, and this one to the reference.
 */
export function buildChartSet(groups: GroupColumns, mask: Uint8Array, specs: readonly ChartSpec[] = CHART_SPECS): ChartSet {
  const { aggregates, totals } = groups.aggregate(specs, mask);
  return { headline: totals, charts: specs.map((spec, i) => chartData(spec, aggregates[i])) };
}
