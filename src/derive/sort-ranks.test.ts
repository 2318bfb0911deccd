import { describe, expect, it } from 'vitest';
import { COLUMNS } from './columns';
import type { DecisionRow } from './rows';
import { columnRanks, prepareRanks } from './sort-ranks';
import { ROWS } from './view-rows.fixture';

// More rows than one slice of the idle build, so it really is resumed.
const many = (): DecisionRow[] => Array.from({ length: 1_200 }, () => ROWS).flat();
const IDS = COLUMNS.map((c) => c.id);

/** A hasTime() that allows `n` slices per idle period. */
function slices(n: number): () => boolean {
  let left = n;
  return () => left-- > 0;
}

describe('prepareRanks', () => {
  it('builds, over many idle periods, the ranks a sort would build at once', () => {
    const rows = many();
    let periods = 0;
    while (!prepareRanks(rows, slices(3), IDS)) periods++;
    expect(periods).toBeGreaterThan(IDS.length);
    const fresh = many();
    for (const id of IDS) {
      const prepared = columnRanks(rows, id);
      const direct = columnRanks(fresh, id);
      expect(prepared?.nullRank, id).toBe(direct?.nullRank);
      expect(Array.from(prepared?.ranks ?? []), id).toEqual(Array.from(direct?.ranks ?? []));
    }
  });

  it('lets a sort take over a column it has half built, and then skips that column', () => {
    const rows = many();
    expect(prepareRanks(rows, slices(2), ['item'])).toBe(false);
    const taken = columnRanks(rows, 'item');
    const direct = columnRanks(many(), 'item');
    expect(Array.from(taken?.ranks ?? [])).toEqual(Array.from(direct?.ranks ?? []));
    // Nothing is left to do for the item column: no time is needed to finish.
    expect(prepareRanks(rows, () => false, ['item'])).toBe(true);
    expect(columnRanks(rows, 'item')).toBe(taken);
  });

  it('ignores unknown columns', () => {
    expect(prepareRanks(many(), () => true, ['nope'])).toBe(true);
  });
});
