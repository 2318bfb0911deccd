import { describe, expect, it } from 'vitest';
import { outcomeCounts } from '../../derive/aggregate';
import { formatCount, formatPercent, formatRateCell, formatRateWithInterval } from './format';

describe('chart number formats', () => {
  it.each([
    [0, '0.0%'],
    [0.1234, '12.3%'],
    [1, '100.0%'],
    [null, '–'],
  ])('formatPercent(%s) → %s', (rate, text) => {
    expect(formatPercent(rate)).toBe(text);
  });

  it('groups thousands', () => {
    expect(formatCount(330000)).toBe('330,000');
  });

  it('prints a rate with its Wilson interval', () => {
    // 81 of 263: 30.8% with [25.5%, 36.6%] (see wilson.test.ts)
    const counts = outcomeCounts(263 - 81, 81);
    expect(formatRateWithInterval(counts)).toBe('30.8% (95% CI 25.5–36.6%)');
    expect(formatRateCell(counts)).toBe('30.8% (25.5–36.6)');
  });

  it('says there is nothing to rate when there are no decisions', () => {
    const none = outcomeCounts(0, 0);
    expect(formatRateWithInterval(none)).toBe('no decisions');
    expect(formatRateCell(none)).toBe('–');
  });
});
