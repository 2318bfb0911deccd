import { describe, expect, it } from 'vitest';
import { makeLetter } from '../../test/builders/chart-letters';
import * as reference from '../../test/reference/decisions';
import { GroupColumns, otherLabel } from './aggregate';
import type { Aggregate, AggregateOptions, AggregateSet, GroupKey, GroupStats, Grouping } from './aggregate';
import { toRows } from './rows';
import type { DecisionRow } from './rows';

/** The app's aggregation over every row, checked against the plain reference on each fixture below. */
function aggregateAll(rows: readonly DecisionRow[], groupings: readonly Grouping[]): AggregateSet {
  const counted = new GroupColumns(rows).aggregate(groupings, new Uint8Array(rows.length).fill(1));
  expect(counted).toEqual(reference.aggregateAll(rows, groupings));
  return counted;
}
const aggregateBy = (rows: readonly DecisionRow[], key: GroupKey, options: AggregateOptions = {}): Aggregate =>
  aggregateAll(rows, [{ ...options, key }]).aggregates[0] ?? { groups: [], excluded: 0 };
const headline = (rows: readonly DecisionRow[]) => aggregateAll(rows, []).totals;

const U = 'Upheld' as const;
const O = 'Overturned' as const;

const byMedication = (row: DecisionRow) => row.decision.medication;
const pick = (g: GroupStats) => [g.group, g.upheld, g.overturned, g.total];

describe('aggregateBy', () => {
  const rows = toRows([
    makeLetter({
      id: 'a',
      decisions: [
        { outcome: U, medication: 'oxycodone' },
        { outcome: O, medication: 'oxycodone' },
        { outcome: U, medication: null },
      ],
    }),
    makeLetter({
      id: 'b',
      decisions: [
        { outcome: U, medication: 'oxycodone' },
        { outcome: U, medication: 'tramadol' },
        { outcome: O, medication: 'tramadol' },
        { outcome: U, medication: 'baclofen' },
      ],
    }),
  ]);

  it('counts upheld and overturned per group, largest first, ties by name', () => {
    const { groups, excluded } = aggregateBy(rows, byMedication);
    expect(groups.map(pick)).toEqual([
      ['oxycodone', 2, 1, 3],
      ['tramadol', 1, 1, 2],
      ['baclofen', 1, 0, 1],
    ]);
    expect(excluded).toBe(1);
  });

  it('attaches the overturn rate and its Wilson interval', () => {
    const oxy = aggregateBy(rows, byMedication).groups[0];
    expect(oxy?.overturnedRate).toBeCloseTo(1 / 3, 10);
    // 1 of 3: [0.061492, 0.792340] (see wilson.test.ts)
    expect(oxy?.low).toBeCloseTo(0.061492, 5);
    expect(oxy?.high).toBeCloseTo(0.79234, 5);
    const baclofen = aggregateBy(rows, byMedication).groups[2];
    expect(baclofen?.overturnedRate).toBe(0);
    expect(baclofen?.low).toBe(0);
  });

  it('counts a decision under each of several groups, once per distinct value', () => {
    const multi = toRows([
      makeLetter({ id: 'a', specialties: ['Anesthesiology', 'Pain Medicine', 'Anesthesiology'], decisions: [{ outcome: O }] }),
      makeLetter({ id: 'b', specialties: ['Pain Medicine'], decisions: [{ outcome: U }, { outcome: U }] }),
      makeLetter({ id: 'c', specialties: [], decisions: [{ outcome: U }] }),
    ]);
    const { groups, excluded } = aggregateBy(multi, (row) => row.letter.reviewer.specialties);
    expect(groups.map(pick)).toEqual([
      ['Pain Medicine', 2, 1, 3],
      ['Anesthesiology', 0, 1, 1],
    ]);
    // An empty list is no group at all.
    expect(excluded).toBe(1);
  });

  it('folds everything after the top N into one Other row', () => {
    const many = toRows([
      makeLetter({
        id: 'a',
        decisions: [
          { outcome: U, medication: 'a' },
          { outcome: U, medication: 'a' },
          { outcome: U, medication: 'a' },
          { outcome: O, medication: 'b' },
          { outcome: U, medication: 'b' },
          { outcome: O, medication: 'c' },
          { outcome: U, medication: 'd' },
          { outcome: O, medication: 'e' },
        ],
      }),
    ]);
    const { groups } = aggregateBy(many, byMedication, { top: 2 });
    expect(groups.map(pick)).toEqual([
      ['a', 3, 0, 3],
      ['b', 1, 1, 2],
      [otherLabel(3), 1, 2, 3],
    ]);
    expect(groups.map((g) => g.folded)).toEqual([0, 0, 3]);
    expect(groups[2]?.overturnedRate).toBeCloseTo(2 / 3, 10);
    // Nothing is folded when the groups fit.
    expect(aggregateBy(many, byMedication, { top: 5 }).groups).toHaveLength(5);
    expect(aggregateBy(many, byMedication, { top: null }).groups).toHaveLength(5);
  });

  it('keeps the top 15 by default', () => {
    const letters = Array.from({ length: 20 }, (_, i) =>
      makeLetter({ id: `l${i}`, decisions: Array.from({ length: i + 1 }, () => ({ outcome: U, medication: `drug${i}` })) }),
    );
    const { groups } = aggregateBy(toRows(letters), byMedication);
    expect(groups).toHaveLength(16);
    expect(groups[0]?.group).toBe('drug19');
    expect(groups[14]?.group).toBe('drug5');
    // drug0..drug4: 1+2+3+4+5 decisions
    expect(groups[15]).toMatchObject({ group: otherLabel(5), total: 15, folded: 5 });
  });

  it('orders by group name when asked (months)', () => {
    const dated = toRows([
      makeLetter({ id: 'a', decision_date: '2015-03-02', decisions: [{ outcome: U }, { outcome: U }] }),
      makeLetter({ id: 'b', decision_date: '2014-11-30', decisions: [{ outcome: O }] }),
    ]);
    const { groups } = aggregateBy(dated, (row) => row.letter.decision_date?.slice(0, 7) ?? null, { order: 'group', top: null });
    expect(groups.map((g) => g.group)).toEqual(['2014-11', '2015-03']);
  });

  it('gives no groups for no rows', () => {
    expect(aggregateBy([], byMedication)).toEqual({ groups: [], excluded: 0 });
  });

  it('counts only the rows of the mask', () => {
    const mask = Uint8Array.from(rows, (_, i) => i % 2);
    const [meds] = new GroupColumns(rows).aggregate([{ key: byMedication }], mask).aggregates;
    expect(meds).toEqual(reference.aggregateBy(rows.filter((_, i) => mask[i] === 1), byMedication));
  });
});

describe('aggregateAll', () => {
  it('gives each grouping the same result as aggregating it alone', () => {
    const rows = toRows([
      makeLetter({ id: 'a', specialties: ['Psychiatry', 'Neurology'], decisions: [{ outcome: O, medication: 'x' }, { outcome: U }] }),
      makeLetter({ id: 'b', specialties: ['Neurology'], decisions: [{ outcome: U, medication: 'y' }] }),
      makeLetter({ id: 'c', specialties: [], decisions: [{ outcome: U, medication: 'x' }] }),
    ]);
    const bySpecialty = (row: DecisionRow) => row.letter.reviewer.specialties;
    const { aggregates, totals } = aggregateAll(rows, [
      { key: byMedication, top: 1 },
      { key: bySpecialty, perLetter: true },
    ]);
    const [meds, specs] = aggregates;
    expect(meds).toEqual(aggregateBy(rows, byMedication, { top: 1 }));
    expect(specs).toEqual(aggregateBy(rows, bySpecialty));
    expect(specs?.groups.map(pick)).toEqual([
      ['Neurology', 2, 1, 3],
      ['Psychiatry', 1, 1, 2],
    ]);
    expect(specs?.excluded).toBe(1);
    expect(totals).toMatchObject({ upheld: 3, overturned: 1, total: 4 });
  });

  it('reads a per-letter key again when the letter changes, even out of order', () => {
    const [a, b] = [
      makeLetter({ id: 'a', specialties: ['Psychiatry'], decisions: [{ outcome: U }, { outcome: O }] }),
      makeLetter({ id: 'b', specialties: ['Neurology'], decisions: [{ outcome: U }] }),
    ];
    const [a1, a2] = toRows([a]);
    const [b1] = toRows([b]);
    if (a1 === undefined || a2 === undefined || b1 === undefined) throw new Error('rows');
    // A sorted table interleaves letters: a, b, a.
    const [specs] = aggregateAll([a1, b1, a2], [{ key: (row) => row.letter.reviewer.specialties, perLetter: true }]).aggregates;
    expect(specs?.groups.map(pick)).toEqual([
      ['Psychiatry', 1, 1, 2],
      ['Neurology', 1, 0, 1],
    ]);
  });

  it('counts every decision in the totals, grouped or not', () => {
    const rows = toRows([
      makeLetter({ id: 'a', decisions: [{ outcome: O, medication: null }, { outcome: U, medication: 'x' }] }),
      makeLetter({ id: 'b', decisions: [{ outcome: O, medication: null }] }),
    ]);
    const { aggregates, totals } = aggregateAll(rows, [{ key: byMedication }]);
    expect(aggregates[0]?.groups.map(pick)).toEqual([['x', 1, 0, 1]]);
    expect(totals).toMatchObject({ upheld: 1, overturned: 2, total: 3 });
    expect(aggregateAll([], []).totals.total).toBe(0);
  });
});

describe('headline', () => {
  it('counts decisions and outcomes with the overall interval', () => {
    const rows = toRows([
      makeLetter({ id: 'a', decisions: [{ outcome: U }, { outcome: O }] }),
      makeLetter({ id: 'b', decisions: [{ outcome: U }] }),
      makeLetter({ id: 'c', decisions: [{ outcome: U }, { outcome: U }] }),
    ]);
    const h = headline(rows);
    expect(h).toMatchObject({ total: 5, upheld: 4, overturned: 1 });
    expect(h.overturnedRate).toBeCloseTo(0.2, 10);
    expect(h.low).toBeGreaterThan(0);
    expect(h.high).toBeLessThan(1);
  });

  it('has no rate when nothing is in view', () => {
    expect(headline([])).toEqual({ upheld: 0, overturned: 0, total: 0, overturnedRate: null, low: null, high: null });
  });
});
