import { describe, expect, it } from 'vitest';
import { outcomeCounts } from '../../derive/aggregate';
import type { GroupStats } from '../../derive/aggregate';
import { fillMonths, groupAriaLabel, labelColumn, monthTicks, rateAxis, shortLabel, toGroupData } from './series';

const group = (name: string, upheld: number, overturned: number, folded = 0): GroupStats => ({
  group: name,
  folded,
  ...outcomeCounts(upheld, overturned),
});

describe('toGroupData', () => {
  it('turns the rate and its interval into percent and error distances', () => {
    // 5 of 10 overturned: 50% with [23.6593%, 76.3407%] (see wilson.test.ts)
    const [d] = toGroupData([group('oxycodone', 5, 5)]);
    expect(d?.ratePct).toBe(50);
    expect(d?.rateError[0]).toBeCloseTo(26.3407, 3);
    expect(d?.rateError[1]).toBeCloseTo(26.3407, 3);
    expect(d?.band[0]).toBeCloseTo(23.6593, 3);
    expect(d?.band[1]).toBeCloseTo(76.3407, 3);
    expect(d?.clickable).toBe(true);
  });

  it('keeps the asymmetry of a small group', () => {
    // 0 of 10: the interval runs from 0 to 27.7533%
    const [d] = toGroupData([group('baclofen', 10, 0)]);
    expect(d?.ratePct).toBe(0);
    expect(d?.rateError[0]).toBe(0);
    expect(d?.rateError[1]).toBeCloseTo(27.7533, 3);
  });

  it('makes the folded Other row unclickable', () => {
    const data = toGroupData([group('tramadol', 1, 0), group('Other (4 more)', 3, 1, 4)]);
    expect(data.map((d) => d.clickable)).toEqual([true, false]);
  });

  it('has no rate for an empty group', () => {
    const [d] = toGroupData([group('nothing', 0, 0)]);
    expect(d?.ratePct).toBeNull();
    expect(d?.rateError).toEqual([0, 0]);
  });
});

describe('rateAxis', () => {
  it.each([
    { name: '1 of 10 (high 40.4%)', counts: [[9, 1]], max: 50, ticks: [0, 10, 20, 30, 40, 50] },
    { name: '10 of 1010 (high 1.8%): at least 10', counts: [[1000, 10]], max: 10, ticks: [0, 5, 10] },
    { name: '3 of 3 (high 100%)', counts: [[0, 3]], max: 100, ticks: [0, 25, 50, 75, 100] },
    { name: '5 of 10 beside 0 of 10 (highs 76.3%, 27.8%)', counts: [[5, 5], [10, 0]], max: 80, ticks: [0, 20, 40, 60, 80] },
    { name: 'no groups', counts: [], max: 10, ticks: [0, 5, 10] },
  ])('$name → $max', ({ counts, max, ticks }) => {
    const groups = counts.map(([u, o], i) => group(`g${i}`, u ?? 0, o ?? 0));
    const axis = rateAxis(groups);
    expect({ max: axis.max, ticks: axis.ticks }).toEqual({ max, ticks });
  });

  it('hands out the same arrays for the same scale (recharts re-registers an axis given new ones)', () => {
    const a = rateAxis([group('a', 9, 1)]);
    const b = rateAxis([group('b', 10, 0), group('c', 9, 1)]);
    expect(a.max).toBe(b.max);
    expect(b.ticks).toBe(a.ticks);
    expect(b.thinTicks).toBe(a.thinTicks);
    expect(rateAxis([group('d', 0, 3)]).ticks).not.toBe(a.ticks);
  });
});

describe('fillMonths', () => {
  it('fills the months without decisions, across a new year', () => {
    const data = toGroupData([group('2014-11', 3, 1), group('2015-02', 1, 1)]);
    const filled = fillMonths(data);
    expect(filled.map((d) => d.group)).toEqual(['2014-11', '2014-12', '2015-01', '2015-02']);
    expect(filled.map((d) => d.ratePct)).toEqual([25, null, null, 50]);
  });

  it('keeps a single month and an empty list as they are', () => {
    expect(fillMonths(toGroupData([group('2016-04', 1, 0)])).map((d) => d.group)).toEqual(['2016-04']);
    expect(fillMonths([])).toEqual([]);
  });
});

describe('labels', () => {
  it('shortens long group names with an ellipsis', () => {
    expect(shortLabel('hydrocodone/acetaminophen', 12)).toBe('hydrocodone…');
    expect(shortLabel('oxycodone', 12)).toBe('oxycodone');
  });

  it('sizes the name column to the longest name, up to a limit', () => {
    // 9 characters at 7.2px, plus 14px for the tick.
    expect(labelColumn(['oxycodone', 'ppi'], 200)).toEqual({ width: 79, chars: 25 });
    // Longer names are cut at the limit: (200 - 14) / 7.2 = 25.8 characters.
    expect(labelColumn(['Physical Medicine & Rehabilitation'], 200)).toEqual({ width: 194, chars: 25 });
    // Never narrower than a short word, never fewer than 6 characters.
    expect(labelColumn(['a'], 200).width).toBe(56);
    expect(labelColumn(['hydrocodone'], 20).chars).toBe(6);
    expect(labelColumn([], 200).width).toBe(56);
  });

  it('thins ticks to every other one, keeping both ends', () => {
    expect(rateAxis([group('a', 1, 4)]).thinTicks).toEqual([0, 50, 100]);
    expect(rateAxis([group('b', 5, 5), group('c', 10, 0)]).thinTicks).toEqual([0, 40, 80]);
  });

  it('describes a bar for screen readers', () => {
    const [d] = toGroupData([group('oxycodone', 3, 1)]);
    if (d === undefined) throw new Error('no datum');
    expect(groupAriaLabel(d)).toBe('oxycodone: 3 upheld, 1 overturned; filter the table');
  });

  it('names groups as the table does but keeps the value a click filters on', () => {
    const [d] = toGroupData([group('physical_medicine', 3, 1)], (g) => g.replace(/_/g, ' '));
    expect(d).toMatchObject({ group: 'physical_medicine', name: 'physical medicine' });
    if (d === undefined) throw new Error('no datum');
    expect(groupAriaLabel(d)).toBe('physical medicine: 3 upheld, 1 overturned; filter the table');
  });
});

describe('monthTicks', () => {
  const monthsFrom = (year: number, count: number) =>
    Array.from({ length: count }, (_, i) => `${year + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);

  it('labels every month when they fit', () => {
    const months = monthsFrom(2025, 6);
    expect(monthTicks(months, 6 * 61)).toEqual(months);
  });

  it('labels every step-th month back from the last, a whole quarter or year apart, within the width', () => {
    const months = monthsFrom(2020, 72);
    for (const width of [200, 360, 620, 900, 1400]) {
      const ticks = monthTicks(months, width);
      expect(ticks[ticks.length - 1]).toBe('2025-12');
      const positions = ticks.map((t) => months.indexOf(t));
      const steps = new Set(positions.slice(1).map((p, i) => p - (positions[i] as number)));
      expect(steps.size).toBe(1);
      expect([1, 2, 3, 4, 6, 12, 24]).toContain([...steps][0]);
      // Each label and the gap after it (61 px) fit in the width; the next step down would not.
      expect(ticks.length * 61 - 12).toBeLessThanOrEqual(width);
      const step = [...steps][0] as number;
      const smaller = [1, 2, 3, 4, 6, 12, 24].filter((s) => s < step).pop();
      if (smaller !== undefined) expect(Math.ceil(72 / smaller) * 61 - 12).toBeGreaterThan(width);
    }
  });

  it('keeps one label on an axis too narrow for any, and none for no months', () => {
    expect(monthTicks(monthsFrom(2024, 3), 10)).toEqual(['2024-03']);
    expect(monthTicks([], 500)).toEqual([]);
  });
});
