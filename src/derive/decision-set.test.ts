import { describe, expect, it } from 'vitest';
import { hexId, letter } from '../../test/builders/records';
import { DecisionSet } from './decision-set';
import { chartSpecsFor } from './chart-data';
import { EMPTY_FILTERS } from './filter-state';

const RATIONALES = ['Weaning is recommended.', 'No functional improvement is documented.', 'Weaning was tried.'];

// Letters as a reload gives them before their rationales are read: every rationale ''.
function unread() {
  return RATIONALES.map((_, i) =>
    letter(hexId(i), { decisions: [{ item: `Item ${i}`, outcome: i === 1 ? 'Overturned' : 'Upheld', rationale: '' }] }),
  );
}

describe('DecisionSet with rationales read after it was made', () => {
  it('searches them once made again, and only then', () => {
    const records = unread();
    const before = DecisionSet.of(records);
    expect(Array.from(before.search('weaning'))).toEqual([]);
    records.forEach((record, i) => {
      const decision = record.decisions[0];
      if (decision) decision.rationale = RATIONALES[i] ?? '';
    });
    // The first set's search text was made from the empty rationales.
    expect(Array.from(before.search('weaning'))).toEqual([]);
    const after = before.withNewRationales();
    expect(Array.from(after.search('weaning'))).toEqual([0, 2]);
    expect(Array.from(after.search('item 1'))).toEqual([1]);
  });

  it('keeps all it built from the rows: the same answers, and the same every-row array for an empty search', () => {
    const before = DecisionSet.of(unread());
    const after = before.withNewRationales();
    expect(after.rows).toBe(before.rows);
    expect(after.search('')).toBe(before.search(''));
    const filters = { ...EMPTY_FILTERS, facets: { ...EMPTY_FILTERS.facets, outcome: ['Upheld'] } };
    expect(after.filter(filters)).toEqual(before.filter(filters));
    expect(after.facetCounts(EMPTY_FILTERS, ['outcome'])).toEqual(before.facetCounts(EMPTY_FILTERS, ['outcome']));
    expect(after.sortOrder([{ id: 'item', desc: true }])).toEqual(before.sortOrder([{ id: 'item', desc: true }]));
    const mask = new Uint8Array(3).fill(1);
    expect(after.letterCount(mask)).toBe(3);
  });
});

describe('DecisionSet.build', () => {
  const records = Array.from({ length: 12_000 }, (_, i) =>
    letter(hexId(i), { decisions: [{ item: `Item ${i}`, outcome: i % 3 === 0 ? 'Overturned' : 'Upheld' }, { item: `Other ${i}` }] }),
  );

  it('builds a slice at a time, giving the set DecisionSet.of gives once done', () => {
    let budget = 0;
    const step = DecisionSet.build(records, ['outcome', 'category']);
    let steps = 0;
    let set: DecisionSet | null = null;
    while (set === null) {
      // One slice per step: hasTime() says yes once, then no.
      budget = 1;
      set = step(() => budget-- > 0);
      steps++;
    }
    expect(steps).toBeGreaterThan(3);
    const of = DecisionSet.of(records);
    expect(set.rows).toHaveLength(of.rows.length);
    expect(set.rows.map((r) => r.id)).toEqual(of.rows.map((r) => r.id));
    const all = new Uint8Array(set.rows.length).fill(1);
    expect(set.letterCount(all)).toBe(records.length);
    expect(set.facetCounts(EMPTY_FILTERS, ['outcome', 'category'])).toEqual(of.facetCounts(EMPTY_FILTERS, ['outcome', 'category']));
  });

  it('makes progress even without time, and gives the set at once with all the time it needs', () => {
    const step = DecisionSet.build(records, ['outcome']);
    let calls = 1;
    while (step(() => false) === null) calls++;
    expect(calls).toBeGreaterThan(2);
    expect(calls).toBeLessThan(20);
    expect(DecisionSet.build(records, ['outcome'])(() => true)?.rows).toHaveLength(records.length * 2);
  });
});

describe('DecisionSet: the view of every row, kept', () => {
  const records = RATIONALES.map((rationale, i) =>
    letter(hexId(i), { decision_date: `2024-0${i + 1}-10`, decisions: [{ item: `Item ${i}`, outcome: i === 1 ? 'Overturned' : 'Upheld', rationale }] }),
  );
  const overturned = { ...EMPTY_FILTERS, facets: { ...EMPTY_FILTERS.facets, outcome: ['Overturned'] } };

  it('gives the same mask for no filter and no search each time, and a new one for any other view', () => {
    const set = DecisionSet.of(records);
    const all = set.filter(EMPTY_FILTERS);
    expect(Array.from(all)).toEqual([1, 1, 1]);
    expect(Array.from(set.filter(overturned))).toEqual([0, 1, 0]);
    expect(set.filter(EMPTY_FILTERS)).toBe(all);
    // A search, a facet or a range is another view, worked out anew.
    expect(Array.from(set.filter({ ...EMPTY_FILTERS, search: 'weaning' }))).toEqual([1, 0, 1]);
    expect(set.filter(overturned)).not.toBe(set.filter(overturned));
    const aged = { ...EMPTY_FILTERS, age: { min: 200, max: null } };
    expect(Array.from(set.filter(aged))).toEqual([0, 0, 0]);
    // A set made again for new rationales has the same rows, so the same view.
    expect(set.withNewRationales().filter(EMPTY_FILTERS)).toBe(all);
  });

  it('keeps the charts and the turnaround of every row, per chart list, and only those', () => {
    const set = DecisionSet.of(records);
    const all = set.filter(EMPTY_FILTERS);
    const charts = set.lazyCharts(all);
    expect(set.lazyCharts(set.filter(EMPTY_FILTERS))).toBe(charts);
    expect(charts.headline).toEqual(set.lazyCharts(new Uint8Array(all)).headline);
    const focus = chartSpecsFor('pharmaceutical');
    expect(set.lazyCharts(all, focus)).not.toBe(charts);
    expect(set.lazyCharts(all, focus)).toBe(set.lazyCharts(all, focus));
    const some = set.filter(overturned);
    expect(set.lazyCharts(some)).not.toBe(set.lazyCharts(some));
    expect(set.turnaround(all)).toBe(set.turnaround(all));
    expect(set.turnaround(all)).toEqual(set.turnaround(new Uint8Array(all)));
    expect(set.turnaround(some)).not.toBe(set.turnaround(some));
  });
});
