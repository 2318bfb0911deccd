import { describe, expect, it } from 'vitest';
import { hexId, letter } from '../../test/builders/records';
import { DecisionSet } from './decision-set';
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
