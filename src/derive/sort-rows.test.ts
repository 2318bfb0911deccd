import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { viewRows } from '../../test/builders/decision-view';
import { ROWS, ids } from '../../test/builders/view-rows';
import { sortRows } from '../../test/reference/decisions';
import { COLUMNS } from './columns';
import type { DecisionRow } from './rows';
import { SortRanks } from './sort-ranks';
import type { SortSpec } from './sort-rows';
import { sortOrder } from './sort-rows';

const sorted = (rows: readonly DecisionRow[], sorting: readonly SortSpec[]) => viewRows(rows, undefined, sorting);

describe('sorting the table', () => {
  it.each<[string, SortSpec[], string[]]>([
    ['no sort keeps the order', [], ids(ROWS)],
    ['unknown columns are ignored', [{ id: 'nope', desc: false }], ids(ROWS)],
    ['age ascending, unknown age last', [{ id: 'patient_age', desc: false }], ['a3:1', 'a2:1', 'a2:2', 'a5:1', 'a5:2', 'a1:1', 'a1:2', 'a4:1', 'a6:1']],
    ['age descending, unknown age still last', [{ id: 'patient_age', desc: true }], ['a4:1', 'a1:1', 'a1:2', 'a5:1', 'a5:2', 'a2:1', 'a2:2', 'a3:1', 'a6:1']],
    ['quantity numerically (360 after 90), nulls last', [{ id: 'quantity', desc: false }], ['a2:2', 'a5:1', 'a5:2', 'a1:1', 'a2:1', 'a3:1', 'a1:2', 'a4:1', 'a6:1']],
    ['strength by its first number (8 < 10/325 < 12)', [{ id: 'strength', desc: false }], ['a2:1', 'a3:1', 'a2:2', 'a1:1', 'a5:1', 'a5:2', 'a1:2', 'a4:1', 'a6:1']],
    ['item ignores case', [{ id: 'item', desc: false }], ['a2:1', 'a2:2', 'a6:1', 'a5:2', 'a4:1', 'a5:1', 'a3:1', 'a1:1', 'a1:2']],
    [
      'outcome then medication',
      [{ id: 'outcome', desc: false }, { id: 'medication', desc: false }],
      ['a3:1', 'a5:2', 'a1:2', 'a2:1', 'a2:2', 'a5:1', 'a1:1', 'a4:1', 'a6:1'],
    ],
    [
      'outcome descending then medication descending, nulls last within each outcome',
      [{ id: 'outcome', desc: true }, { id: 'medication', desc: true }],
      ['a1:1', 'a5:1', 'a2:1', 'a2:2', 'a4:1', 'a6:1', 'a5:2', 'a3:1', 'a1:2'],
    ],
    ['decision date, undated last', [{ id: 'decision_date', desc: false }], ['a3:1', 'a1:1', 'a1:2', 'a5:1', 'a5:2', 'a2:1', 'a2:2', 'a4:1', 'a6:1']],
    ['licence states as written', [{ id: 'license_states', desc: false }], ['a2:1', 'a2:2', 'a3:1', 'a4:1', 'a5:1', 'a5:2', 'a1:1', 'a1:2', 'a6:1']],
  ])('%s', (_name, sorting, expected) => {
    expect(ids(sorted(ROWS, sorting))).toEqual(expected);
    // The plain reference the random tests below rely on agrees too.
    expect(ids(sortRows(ROWS, sorting))).toEqual(expected);
  });

  it('does not touch its input', () => {
    const before = ids(ROWS);
    sorted(ROWS, [{ id: 'item', desc: true }]);
    expect(ids(ROWS)).toEqual(before);
  });
});

describe('sortOrder against a plain comparator sort', () => {
  // The ranked sort must order exactly as comparing the keys themselves would:
  // nulls last in both directions, ties in row order.
  it('agrees on random row orders and random one- to three-level sorts', () => {
    const columnIds = COLUMNS.map((c) => c.id);
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: ROWS.length - 1 }), { minLength: 0, maxLength: 40 }),
        fc.array(fc.record({ id: fc.constantFrom(...columnIds), desc: fc.boolean() }), { minLength: 1, maxLength: 3 }),
        (picks, sorting) => {
          // Repeated rows get distinct ids so ties are visible.
          const rows = picks.map((p, k) => ({ ...(ROWS[p] as DecisionRow), id: `${k}` }));
          const expected = ids(sortRows(rows, sorting));
          expect(ids(sorted(rows, sorting))).toEqual(expected);
          const ranks = new SortRanks(rows);
          const inOrder = (order: Int32Array | null) => (order === null ? ids(rows) : Array.from(order, (i) => rows[i]?.id));
          // The comparator path, taken when composite ranks would not fit in one number.
          expect(inOrder(sortOrder(ranks, sorting, 0))).toEqual(expected);
          // Both single-number paths: counting (small spans, the default here) and packed numbers.
          expect(inOrder(sortOrder(ranks, sorting, 2 ** 30, 2 ** 30))).toEqual(expected);
          expect(inOrder(sortOrder(ranks, sorting, 2 ** 30, 0))).toEqual(expected);
        },
      ),
      { numRuns: 500 },
    );
  });
});
