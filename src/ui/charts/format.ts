// How the charts print numbers: one place, so the headline, tooltips, notes
// and data tables always agree.
import type { OutcomeCounts } from '../../derive/aggregate';

const integer = new Intl.NumberFormat('en-US');

export function formatCount(n: number): string {
  return integer.format(n);
}

/** 0.1234 → "12.3%"; null (no decisions) → "–". */
export function formatPercent(rate: number | null): string {
  return rate === null ? '–' : `${(rate * 100).toFixed(1)}%`;
}

/** A rate axis's tick (its values are whole percents): 25 → "25%". */
export function formatPercentTick(percent: number): string {
  return `${percent}%`;
}

/** A share axis's tick (its values are fractions): 0.25 → "25%", 0.125 → "12.5%". */
export function formatShareTick(share: number): string {
  return formatPercent(share).replace('.0%', '%');
}

/** "12.3% (95% CI 10.1–14.8%)", or "no decisions" when there is nothing to rate. */
export function formatRateWithInterval(counts: Pick<OutcomeCounts, 'overturnedRate' | 'low' | 'high'>): string {
  const { overturnedRate, low, high } = counts;
  if (overturnedRate === null || low === null || high === null) return 'no decisions';
  return `${formatPercent(overturnedRate)} (95% CI ${(low * 100).toFixed(1)}–${formatPercent(high)})`;
}

/** The data table's "Overturned %" cell: the rate, then its interval in brackets. */
export function formatRateCell(counts: Pick<OutcomeCounts, 'overturnedRate' | 'low' | 'high'>): string {
  const { overturnedRate, low, high } = counts;
  if (overturnedRate === null || low === null || high === null) return '–';
  return `${formatPercent(overturnedRate)} (${(low * 100).toFixed(1)}–${(high * 100).toFixed(1)})`;
}
