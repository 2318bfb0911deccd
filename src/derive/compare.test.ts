import { describe, expect, it } from 'vitest';
import { makeLetter, syntheticLetters } from '../../test/builders/chart-letters';
import { DecisionSet } from './decision-set';
import { COMPARE_BY, comparisonCsv, newcombeDifference, rateOf } from './compare';
import { facetValueOf } from './facet-value';
import type { FacetKey } from './filter-state';
import type { DecisionRow } from './rows';

describe("Newcombe's hybrid score interval", () => {
  // Newcombe (1998), Statistics in Medicine 17:873-890, table II, method 10: examples (a) 56/70 vs 48/80 and (b) 9/10 vs 3/10.
  it.each([
    [56, 70, 48, 80, 0.2, 0.0524, 0.3339],
    [9, 10, 3, 10, 0.6, 0.1705, 0.809],
  ])('matches the published example %i/%i vs %i/%i', (k1, n1, k2, n2, value, low, high) => {
    const d = newcombeDifference(rateOf(k1, n1), rateOf(k2, n2));
    expect(d.value).toBeCloseTo(value, 10);
    expect(d.low).toBeCloseTo(low, 4);
    expect(d.high).toBeCloseTo(high, 4);
    expect(d.excludesZero).toBe(true);
  });

  it('includes zero when the rates are alike, and has no value when a cohort is empty', () => {
    expect(newcombeDifference(rateOf(5, 50), rateOf(6, 50)).excludesZero).toBe(false);
    expect(newcombeDifference(rateOf(0, 0), rateOf(6, 50))).toEqual({ value: null, low: null, high: null, excludesZero: false });
  });
});

describe('two cohorts compared', () => {
  const letters = [
    ...Array.from({ length: 30 }, (_, i) =>
      makeLetter({ id: `p${i}`, specialties: ['Pain Medicine'], decisions: [{ outcome: i < 12 ? 'Overturned' : 'Upheld', medication: 'oxycodone' }] }),
    ),
    ...Array.from({ length: 40 }, (_, i) =>
      makeLetter({ id: `o${i}`, specialties: ['Occupational Medicine'], decisions: [{ outcome: i < 4 ? 'Overturned' : 'Upheld', medication: i % 2 ? 'oxycodone' : null }] }),
    ),
  ];
  const set = DecisionSet.of(letters);
  const all = new Uint8Array(set.rows.length).fill(1);

  it('count each cohort within the page’s filters, overall and per group', () => {
    const c = set.compare(all, { specialty: ['Pain Medicine'] }, { specialty: ['Occupational Medicine'] });
    expect([c.a.n, c.a.overturned, c.b.n, c.b.overturned]).toEqual([30, 12, 40, 4]);
    expect(c.difference.value).toBeCloseTo(0.4 - 0.1, 10);
    expect(c.difference.excludesZero).toBe(true);
    const byMedication = c.by.find((b) => b.facet === 'medication')!.rows;
    expect(byMedication.map((r) => [r.group, r.a.n, r.b.n])).toEqual([
      ['oxycodone', 30, 20],
      ['(none)', 0, 20],
    ]);
    // The page's filters bound both cohorts: only the first ten rows in view.
    const some = new Uint8Array(set.rows.length);
    some.fill(1, 0, 10);
    const within = set.compare(some, { specialty: ['Pain Medicine'] }, { specialty: ['Occupational Medicine'] });
    expect([within.a.n, within.b.n]).toEqual([10, 0]);
  });

  it('export as CSV: the overall line, then every group, numbers as numbers', () => {
    const c = set.compare(all, { specialty: ['Pain Medicine'] }, { specialty: ['Occupational Medicine'] });
    const lines = comparisonCsv(c, { a: 'Pain Medicine', b: 'Occupational Medicine' }).replace('\uFEFF', '').trim().split('\r\n');
    expect(lines[0]).toMatch(/^breakdown,group,a_decisions,a_overturned,a_rate,a_low,a_high,b_decisions/);
    expect(lines[1]).toMatch(/^all,all,30,12,0\.4,[\d.]+,[\d.]+,40,4,0\.1,/);
    expect(lines.length).toBe(1 + 1 + c.by.reduce((n, b) => n + b.rows.length, 0));
  });
});

describe('a comparison over many rows', () => {
  // Read off each row's own fields: every cohort, overall and in every group of every breakdown.
  const set = DecisionSet.of(syntheticLetters(3_000, 77));
  const valuesOf = (row: DecisionRow, facet: FacetKey): readonly string[] => {
    const v = facetValueOf(row, facet);
    return typeof v === 'string' ? [v] : v;
  };
  const count = (rows: readonly DecisionRow[], facet: FacetKey, group: string) => {
    const inGroup = rows.filter((r) => valuesOf(r, facet).includes(group));
    return [inGroup.length, inGroup.filter((r) => r.decision.outcome === 'Overturned').length];
  };

  it('counts what a look at each row counts', () => {
    const base = Uint8Array.from(set.rows, (_, i) => (i % 5 === 3 ? 0 : 1));
    const specialties = ['Pain Medicine', 'Family Medicine', 'Psychiatry'];
    for (const [a, b] of [[0, 1], [1, 2], [2, 0]] as const) {
      const cohort = (name: string) => set.rows.filter((r, i) => base[i] === 1 && valuesOf(r, 'specialty').includes(name));
      const [rowsA, rowsB] = [cohort(specialties[a]!), cohort(specialties[b]!)];
      const c = set.compare(base, { specialty: [specialties[a]!] }, { specialty: [specialties[b]!] });
      expect([c.a.n, c.a.overturned]).toEqual([rowsA.length, rowsA.filter((r) => r.decision.outcome === 'Overturned').length]);
      expect([c.b.n, c.b.overturned]).toEqual([rowsB.length, rowsB.filter((r) => r.decision.outcome === 'Overturned').length]);
      expect(c.by.map((x) => x.facet)).toEqual(COMPARE_BY);
      for (const { facet, rows } of c.by) {
        const present = new Set([...rowsA, ...rowsB].flatMap((r) => valuesOf(r, facet)));
        expect(new Set(rows.map((r) => r.group))).toEqual(present);
        for (const row of rows) {
          expect([row.a.n, row.a.overturned, row.b.n, row.b.overturned]).toEqual([...count(rowsA, facet, row.group), ...count(rowsB, facet, row.group)]);
        }
      }
    }
  });
});
