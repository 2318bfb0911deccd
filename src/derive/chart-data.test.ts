import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LetterRecord, Outcome } from '../domain/letter';
import { makeLetter, syntheticLetters } from '../../test/builders/chart-letters';
import * as reference from '../../test/reference/decisions';
import { CHART_SPECS, chartNote, subcategoryChartSpec } from './chart-data';
import { monthOf } from './facet-value';
import { withFilters } from '../../test/builders/decision-view';
import type { ChartData, ChartId, ChartSet } from './chart-data';
import { GroupColumns } from './aggregate';
import { DecisionSet } from './decision-set';
import { NONE } from './filter-state';
import { toRows } from './rows';
import type { DecisionRow } from './rows';

/** The charts the app draws of every row. */
const buildChartSet = (rows: readonly DecisionRow[]): ChartSet => new DecisionSet(rows).charts(new Uint8Array(rows.length).fill(1));

const U: Outcome = 'Upheld';
const O: Outcome = 'Overturned';

function chart(charts: ChartData[], id: ChartId): ChartData {
  const found = charts.find((c) => c.spec.id === id);
  if (found === undefined) throw new Error(`no chart ${id}`);
  return found;
}
const table = (c: ChartData) => c.groups.map((g) => [g.group, g.upheld, g.overturned]);

describe('monthOf', () => {
  it.each([
    ['2015-11-02', '2015-11'],
    ['2004-08', '2004-08'],
    [null, null],
    ['11/02/2015', null],
  ])('%s → %s', (date, month) => {
    expect(monthOf(date)).toBe(month);
  });
});

describe('buildChartSet over the five seed letters', () => {
  const seeds = import.meta.glob<LetterRecord>('../../test/fixtures/seeds/*.expected.json', { eager: true, import: 'default' });
  const records = Object.keys(seeds)
    .sort()
    .map((path) => seeds[path])
    .filter((r): r is LetterRecord => r !== undefined);
  const { headline, charts } = buildChartSet(toRows(records));

  it('has one chart per spec, in order', () => {
    expect(records).toHaveLength(5);
    expect(charts.map((c) => c.spec.id)).toEqual(CHART_SPECS.map((s) => s.id));
  });

  it('counts the headline', () => {
    expect(headline).toMatchObject({ total: 8, upheld: 5, overturned: 3 });
  });

  it('groups by medication', () => {
    expect(table(chart(charts, 'medication'))).toEqual([
      ['hydromorphone', 2, 0],
      ['oxycodone', 1, 1],
      ['oxymorphone', 1, 1],
      ['carisoprodol', 1, 0],
      ['hydrocodone/acetaminophen', 0, 1],
    ]);
  });

  it('counts a two-specialty reviewer under both', () => {
    const specialty = chart(charts, 'specialty');
    expect(table(specialty)).toEqual([
      ['Emergency Medicine', 1, 2],
      ['Physical Medicine & Rehabilitation', 2, 0],
      ['Anesthesiology', 0, 1],
      ['Family Medicine', 1, 0],
      ['Occupational Medicine', 1, 0],
      ['Preventive Medicine', 1, 0],
    ]);
    expect(specialty.note).toBe('A decision whose reviewer lists several specialties counts under each.');
  });

  it('groups by drug class, category and guideline source', () => {
    expect(table(chart(charts, 'drug_class'))).toEqual([
      ['opioid', 4, 3],
      ['muscle relaxant', 1, 0],
    ]);
    expect(table(chart(charts, 'category'))).toEqual([['pharmaceutical', 5, 3]]);
    expect(table(chart(charts, 'guideline_source'))).toEqual([['MTUS', 5, 3]]);
  });

  it('has no months when no letter is dated, and says why', () => {
    const months = chart(charts, 'decision_month');
    expect(months.groups).toEqual([]);
    expect(months.excluded).toBe(8);
    expect(months.note).toBe('Leaves out 8 decisions that come from letters without a decision date.');
  });
});

describe('what each chart does with missing values', () => {
  const rows = toRows([
    makeLetter({
      id: 'a',
      specialties: [],
      decision_date: '2016-02-11',
      decisions: [
        { outcome: U, medication: null, guideline: null },
        { outcome: O, medication: 'tramadol', drug_class: 'opioid' },
      ],
    }),
    makeLetter({ id: 'b', decisions: [{ outcome: U, medication: null }] }),
  ]);
  const { charts } = buildChartSet(rows);

  it('leaves non-drug decisions out of the drug charts and says so', () => {
    const medication = chart(charts, 'medication');
    expect(table(medication)).toEqual([['tramadol', 0, 1]]);
    expect(medication.note).toBe('Leaves out 2 decisions that are not drugs.');
    expect(chart(charts, 'drug_class').excluded).toBe(2);
  });

  it('keeps unknown specialties and guidelines as the filterable NONE group', () => {
    expect(table(chart(charts, 'specialty'))).toEqual([
      [NONE, 1, 1],
      ['Family Medicine', 1, 0],
    ]);
    expect(table(chart(charts, 'guideline_source'))).toEqual([
      ['MTUS', 1, 1],
      [NONE, 1, 0],
    ]);
  });

  it('counts dated decisions by month and leaves out the undated', () => {
    const months = chart(charts, 'decision_month');
    expect(table(months)).toEqual([['2016-02', 1, 1]]);
    expect(months.note).toBe('Leaves out 1 decision that comes from a letter without a decision date.');
  });
});

describe('chartNote', () => {
  const medication = CHART_SPECS[0];
  it('is null when there is nothing to say, and agrees in number', () => {
    if (medication === undefined) throw new Error('no specs');
    expect(chartNote(medication, 0)).toBeNull();
    expect(chartNote(medication, 1)).toBe('Leaves out 1 decision that is not a drug.');
    expect(chartNote(medication, 1234)).toBe('Leaves out 1,234 decisions that are not drugs.');
  });
});

describe('the charts of any rows in view', () => {
  // The app reads each grouping's keys once into codes (per-letter keys once
  // per run of a letter's rows), folds dates into months after counting, and
  // counts the rows of a filter mask without copying them. Each chart must
  // come out as the plain reference counts the subset of rows, including when
  // a sorted table interleaves the letters.
  const rows = toRows(syntheticLetters(20_000, 777));
  const interleaved = [...rows].sort((a, b) => a.decision.outcome.localeCompare(b.decision.outcome) || (a.id < b.id ? 1 : -1));
  const masks: Array<[string, (i: number, rows: readonly DecisionRow[]) => boolean]> = [
    ['every row', () => true],
    ['no row', () => false],
    ['overturned only', (i, r) => r[i]?.decision.outcome === 'Overturned'],
    ['every third row', (i) => i % 3 === 0],
    ['one row', (i) => i === 1234],
  ];
  it.each(masks)('%s, in letter order and interleaved', (_, keep) => {
    for (const list of [rows, interleaved]) {
      const mask = new Uint8Array(list.length);
      list.forEach((_, i) => (mask[i] = keep(i, list) ? 1 : 0));
      const subset = list.filter((_, i) => mask[i] === 1);
      expect(new DecisionSet(list).charts(mask)).toEqual(reference.buildChartSet(subset));
    }
  });

  it('exercises folded tails, list groups and exclusions', () => {
    const { headline, charts } = buildChartSet(rows);
    const overturned = rows.filter((r) => r.decision.outcome === 'Overturned').length;
    expect(headline).toMatchObject({ total: 20_000, overturned, upheld: 20_000 - overturned });
    expect(chart(charts, 'medication').groups.at(-1)?.folded).toBeGreaterThan(0);
    expect(chart(charts, 'medication').excluded).toBeGreaterThan(0);
    expect(chart(charts, 'decision_month').excluded).toBeGreaterThan(0);
    expect(chart(charts, 'decision_month').groups.length).toBeGreaterThan(100);
    const specialty = chart(charts, 'specialty');
    expect(specialty.groups.reduce((n, g) => n + g.total, 0)).toBeGreaterThan(rows.length);
  });
});

describe('charts worked out when first asked for (LazyChartSet)', () => {
  const rows = toRows(syntheticLetters(5_000, 9191));
  const set = new DecisionSet(rows);
  const mask = new Uint8Array(rows.length).map((_, i) => (i % 4 === 1 ? 0 : 1));
  const whole = set.charts(mask);
  // A lazy set whose passes (calls of GroupColumns.aggregate) are counted.
  const lazy = () => {
    const aggregate = vi.spyOn(GroupColumns.prototype, 'aggregate');
    const charts = set.lazyCharts(mask, CHART_SPECS);
    return { charts, counted: { get passes() { return aggregate.mock.calls.length; } } };
  };
  afterEach(() => vi.restoreAllMocks());

  it('gives what the whole set gives, whatever the order they are asked for in', () => {
    for (const order of [[0, 1, 2, 3, 4, 5, 6], [6, 5, 4, 3, 2, 1, 0], [3, 0, 6, 1]]) {
      const { charts } = lazy();
      for (const i of order) expect(charts.slots[i]?.data()).toEqual(whole.charts[i]);
      expect(charts.headline).toEqual(whole.headline);
    }
  });

  it('works out the charts in view in one pass and all the others in one more', () => {
    const { charts, counted } = lazy();
    charts.prefetch([1, 2]);
    expect(counted.passes).toBe(1);
    expect(charts.headline).toEqual(whole.headline);
    charts.prefetch([2, 1]);
    expect(charts.lacks([1, 2])).toBe(false);
    expect(charts.lacks()).toBe(true);
    expect(charts.slots[2]?.data()).toEqual(whole.charts[2]);
    expect(counted.passes).toBe(1);
    expect(charts.slots[5]?.data()).toEqual(whole.charts[5]);
    expect(counted.passes).toBe(2);
    for (let i = 0; i < CHART_SPECS.length; i++) expect(charts.slots[i]?.data()).toEqual(whole.charts[i]);
    expect(counted.passes).toBe(2);
    expect(charts.lacks()).toBe(false);
  });

  it('works out the rest ahead in one pass, and then reads every chart without another', () => {
    const { charts, counted } = lazy();
    charts.prefetch([0]);
    charts.prefetchRest();
    charts.prefetchRest();
    expect(counted.passes).toBe(2);
    for (let i = 0; i < CHART_SPECS.length; i++) expect(charts.slots[i]?.data()).toEqual(whole.charts[i]);
    expect(counted.passes).toBe(2);
  });

  it('counts only the headline when no chart is asked for', () => {
    const { charts, counted } = lazy();
    expect(charts.headline).toEqual(whole.headline);
    charts.prefetch([]);
    charts.prefetch([99, -1]);
    expect(counted.passes).toBe(1);
    expect(charts.headline).toEqual(whole.headline);
    expect(counted.passes).toBe(1);
  });
});

describe('a click on a chart group', () => {
  // A group is its facet's value, so the filter a click adds keeps exactly
  // the decisions the group counted: the table and the chart cannot disagree.
  const rows = toRows(syntheticLetters(3_000, 4242));
  const set = new DecisionSet(rows);
  const every = new Uint8Array(rows.length).fill(1);
  const specs = [...CHART_SPECS, subcategoryChartSpec('physical_medicine')];
  it.each(specs.map((spec) => [spec.id, spec] as const))('%s', (_, spec) => {
    const { charts } = set.charts(every, [spec]);
    const groups = charts[0]?.groups.filter((g) => g.folded === 0) ?? [];
    expect(groups.length).toBeGreaterThan(0);
    for (const group of groups) {
      const mask = set.filter(withFilters({ facets: { [spec.facet]: [group.group] } }));
      const kept = rows.filter((_, i) => mask[i] === 1);
      expect(kept.length, `${spec.id} ${group.group}`).toBe(group.total);
      expect(kept.filter((r) => r.decision.outcome === 'Overturned').length).toBe(group.overturned);
    }
  });
});
