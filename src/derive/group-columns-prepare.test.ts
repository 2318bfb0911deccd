import { describe, expect, it } from 'vitest';
import { manyRows as many, slices } from '../../test/builders/view-rows';
import { GroupColumns } from './aggregate';
import { CHART_SPECS } from './chart-data';

describe('GroupColumns.prepare', () => {
  it('builds, over many idle periods, the columns that give the charts a first use would give', () => {
    const rows = many();
    const mask = new Uint8Array(rows.length).fill(1);
    for (let i = 0; i < rows.length; i += 3) mask[i] = 0;
    const prepared = new GroupColumns(rows);
    let periods = 0;
    while (!prepared.prepare(slices(2), CHART_SPECS)) periods++;
    expect(periods).toBeGreaterThan(CHART_SPECS.length);
    expect(prepared.aggregate(CHART_SPECS, mask)).toEqual(new GroupColumns(rows).aggregate(CHART_SPECS, mask));
  });

  it('lets a first use finish a column it has half built', () => {
    const rows = many();
    const mask = new Uint8Array(rows.length).fill(1);
    const groups = new GroupColumns(rows);
    expect(groups.prepare(slices(1), CHART_SPECS)).toBe(false);
    expect(groups.aggregate(CHART_SPECS, mask)).toEqual(new GroupColumns(rows).aggregate(CHART_SPECS, mask));
    // Everything a first use built is kept: nothing is left to prepare.
    expect(groups.prepare(() => false, CHART_SPECS)).toBe(true);
  });
});
