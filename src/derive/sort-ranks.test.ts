import { describe, expect, it } from 'vitest';
import { COLUMNS } from './columns';
import { ROWS } from '../../test/builders/view-rows';
import type { DecisionRow } from './rows';
import { SortRanks } from './sort-ranks';

// More rows than one slice of the idle build, so it really is resumed.
const many = (): DecisionRow[] => Array.from({ length: 1_200 }, () => ROWS).flat();
const IDS = COLUMNS.map((c) => c.id);

/** A hasTime() that allows `n` slices per idle period. */
function slices(n: number): () => boolean {
  let left = n;
  return () => left-- > 0;
}

describe('SortRanks.prepare', () => {
  it('builds, over many idle periods, the ranks a sort would build at once', () => {
    const ranks = new SortRanks(many());
    let periods = 0;
    while (!ranks.prepare(slices(3), IDS)) periods++;
    expect(periods).toBeGreaterThan(IDS.length);
    const fresh = new SortRanks(many());
    for (const id of IDS) {
      const prepared = ranks.of(id);
      const direct = fresh.of(id);
      expect(prepared?.nullRank, id).toBe(direct?.nullRank);
      expect(Array.from(prepared?.ranks ?? []), id).toEqual(Array.from(direct?.ranks ?? []));
    }
  });

  it('lets a sort take over a column it has half built, and then skips that column', () => {
    const ranks = new SortRanks(many());
    expect(ranks.prepare(slices(2), ['item'])).toBe(false);
    const taken = ranks.of('item');
    const direct = new SortRanks(many()).of('item');
    expect(Array.from(taken?.ranks ?? [])).toEqual(Array.from(direct?.ranks ?? []));
    // Nothing is left to do for the item column: no time is needed to finish.
    expect(ranks.prepare(() => false, ['item'])).toBe(true);
    expect(ranks.of('item')).toBe(taken);
  });

  it('ignores unknown columns', () => {
    expect(new SortRanks(many()).prepare(() => true, ['nope'])).toBe(true);
    expect(new SortRanks(many()).of('nope')).toBeUndefined();
  });
});
