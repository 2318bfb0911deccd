import { describe, expect, it } from 'vitest';
import { manyRows as many, slices } from '../../test/builders/view-rows';
import { FACET_KEYS } from './filter-state';
import { FacetIndex } from './facet-index';

describe('FacetIndex.prepare', () => {
  it('builds, over many idle periods, the columns a first use would build at once', () => {
    const rows = many();
    const index = new FacetIndex(rows);
    let periods = 0;
    while (!index.prepare(slices(2), FACET_KEYS)) periods++;
    expect(periods).toBeGreaterThan(FACET_KEYS.length);
    const fresh = new FacetIndex(rows);
    for (const facet of FACET_KEYS) {
      const prepared = index.column(facet);
      const direct = fresh.column(facet);
      expect(prepared.values, facet).toEqual(direct.values);
      expect(prepared.single ? Array.from(prepared.single) : prepared.multi, facet).toEqual(direct.single ? Array.from(direct.single) : direct.multi);
    }
  });

  it('lets a first use finish a column it has half built, and then skips that column', () => {
    const rows = many();
    const index = new FacetIndex(rows);
    expect(index.prepare(slices(1), ['specialty'])).toBe(false);
    const taken = index.column('specialty');
    expect(taken.multi).toEqual(new FacetIndex(rows).column('specialty').multi);
    expect(index.prepare(() => false, ['specialty'])).toBe(true);
    expect(index.column('specialty')).toBe(taken);
  });
});
