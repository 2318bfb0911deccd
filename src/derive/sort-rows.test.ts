import { describe, expect, it } from 'vitest';
import type { SortSpec } from './sort-rows';
import { sortRows } from './sort-rows';
import { ROWS, ids } from './view-rows.fixture';

describe('sortRows', () => {
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
    expect(ids(sortRows(ROWS, sorting))).toEqual(expected);
  });

  it('does not touch its input', () => {
    const before = ids(ROWS);
    sortRows(ROWS, [{ id: 'item', desc: true }]);
    expect(ids(ROWS)).toEqual(before);
  });
});
