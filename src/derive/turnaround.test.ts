import { describe, expect, it } from 'vitest';
import { letter } from '../../test/builders/records';
import { toRows } from './rows';
import { daysBetween, limitValue, PAST_LIMIT, percentile, TurnaroundColumns, WITHIN_LIMIT } from './turnaround';
import { LetterIndex } from './view-summary';

const turnaroundOf = (rows: ReturnType<typeof toRows>) => new TurnaroundColumns(rows, new LetterIndex(rows));

describe('turnaround', () => {
  it('counts whole days between ISO dates, across months and leap days', () => {
    expect(daysBetween('2016-02-28', '2016-03-01')).toBe(2);
    expect(daysBetween('2016-12-15', '2017-01-14')).toBe(30);
    expect(daysBetween(null, '2017-01-14')).toBeNull();
    expect(daysBetween('2016-13-45', '2017-01-14')).toBeNull();
  });

  it('reads a decision past 30 days (standard) or 3 days (expedited) as past the limit', () => {
    const at = (received: string, decided: string, priority: 'Standard' | 'Expedited' | null) =>
      limitValue(letter('x', { application_received: received, decision_date: decided, priority }));
    expect(at('2016-12-01', '2016-12-31', 'Standard')).toBe(WITHIN_LIMIT);
    expect(at('2016-12-01', '2017-01-01', 'Standard')).toBe(PAST_LIMIT);
    expect(at('2016-12-01', '2016-12-04', 'Expedited')).toBe(WITHIN_LIMIT);
    expect(at('2016-12-01', '2016-12-05', 'Expedited')).toBe(PAST_LIMIT);
    expect(at('2016-12-01', '2017-01-01', null)).toBe(PAST_LIMIT);
    expect(limitValue(letter('x', { application_received: null, decision_date: '2017-01-01' }))).toBeNull();
  });

  it('takes the nearest-rank percentile', () => {
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.5)).toBe(5);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9)).toBe(9);
    expect(percentile([7], 0.9)).toBe(7);
    expect(percentile([], 0.5)).toBeNull();
  });

  it('gives each decision month the median and 90th percentile over its letters, each letter once', () => {
    const letters = [10, 20, 25, 40].map((days, i) =>
      letter(`l${i}`, {
        application_received: '2016-11-01',
        decision_date: new Date(Date.UTC(2016, 10, 1 + days)).toISOString().slice(0, 10),
        ur_denial_date: '2016-10-25',
        decisions: [{}, {}],
      }),
    );
    const rows = toRows(letters);
    const turnaround = turnaroundOf(rows);
    const months = turnaround.byMonth(new Uint8Array(rows.length).fill(1));
    expect(months).toEqual([
      { month: '2016-11', letters: 3, median: 20, p90: 25, late: 0, medianToApply: 7 },
      { month: '2016-12', letters: 1, median: 40, p90: 40, late: 1, medianToApply: 7 },
    ]);
    // Under a filter: a letter counts when any of its rows is in view; a month with none goes.
    const mask = new Uint8Array(rows.length);
    mask[1] = 1; // l0's second decision
    mask[5] = 1; // l2's second decision
    expect(turnaround.byMonth(mask)).toEqual([{ month: '2016-11', letters: 2, median: 10, p90: 25, late: 0, medianToApply: 7 }]);
    expect(turnaround.byMonth(new Uint8Array(rows.length))).toEqual([]);
  });

  it('gives the same months built ahead a slice at a time as built at once', () => {
    // 10,000 letters over two years, with missing, reversed and impossible dates among them.
    const letters = Array.from({ length: 10_000 }, (_, i) => {
      const received = new Date(Date.UTC(2015, 0, 1 + (i % 700)));
      const decided = new Date(received.getTime() + ((i * 7) % 45) * 86_400_000);
      const iso = (d: Date) => d.toISOString().slice(0, 10);
      return letter(`l${i}`, {
        application_received: i % 97 === 0 ? null : iso(received),
        decision_date: i % 89 === 0 ? '2016-13-01' : iso(decided),
        ur_denial_date: i % 5 === 0 ? iso(decided) : '2014-12-20',
        priority: i % 11 === 0 ? 'Expedited' : 'Standard',
        decisions: i % 3 === 0 ? [{}, {}] : [{}],
      });
    });
    const rows = toRows(letters);
    const mask = new Uint8Array(rows.length).map((_, i) => (i % 4 === 0 ? 0 : 1));
    const atOnce = turnaroundOf(rows).byMonth(mask);
    const sliced = turnaroundOf(rows);
    let looks = 0;
    while (!sliced.prepare(() => looks++ % 2 === 0));
    expect(looks).toBeGreaterThan(2);
    expect(sliced.byMonth(mask)).toEqual(atOnce);
    // And the same counts as working each letter out on its own.
    const inView = new Set(rows.filter((_, i) => mask[i] === 1).map((r) => r.letter));
    const shown = letters.filter((l) => inView.has(l) && limitValue(l) !== null);
    expect(atOnce.reduce((n, m) => n + m.letters, 0)).toBe(shown.length);
    expect(atOnce.reduce((n, m) => n + m.late, 0)).toBe(shown.filter((l) => limitValue(l) === PAST_LIMIT).length);
    expect(atOnce.reduce((n, m) => n + m.letters, 0)).toBeGreaterThan(5_000);
    // Each month's figures as the letters' own days, sorted and ranked one month at a time.
    const byMonth = new Map<string, { days: number[]; apply: number[]; late: number }>();
    for (const l of shown) {
      const month = (l.decision_date as string).slice(0, 7);
      const entry = byMonth.get(month) ?? { days: [], apply: [], late: 0 };
      byMonth.set(month, entry);
      entry.days.push(daysBetween(l.application_received, l.decision_date) as number);
      entry.late += limitValue(l) === PAST_LIMIT ? 1 : 0;
      const apply = daysBetween(l.ur_denial_date, l.application_received);
      if (apply !== null && apply >= 0) entry.apply.push(apply);
    }
    const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
    expect(atOnce).toEqual(
      [...byMonth.keys()].sort().map((month) => {
        const { days, apply, late } = byMonth.get(month) as { days: number[]; apply: number[]; late: number };
        const d = sorted(days);
        return { month, letters: d.length, median: percentile(d, 0.5), p90: percentile(d, 0.9), late, medianToApply: percentile(sorted(apply), 0.5) };
      }),
    );
    expect(atOnce.filter((m) => m.medianToApply !== null).length).toBeGreaterThan(10);
  });
});
