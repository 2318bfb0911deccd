// How long IMR took: days from the application's receipt to the decision,
// and from the utilization review denial to the application, from the
// version 2 header fields. The statutory limit is read as 30 days for a
// standard review and 3 for an expedited one (Labor Code § 4610.6(d)),
// counted here from "Application Received", the date the letter gives; a
// letter without a priority is taken as standard, the usual case. Figures
// are per letter: a letter's decisions share its dates.
import type { LetterRecord } from '../domain/letter';
import { monthOf } from './facet-value';
import type { DecisionRow } from './rows';

const DAY_MS = 86_400_000;

/** Whole days from one ISO date to another; null when either is missing or not a date. */
export function daysBetween(from: string | null, to: string | null): number | null {
  if (from === null || to === null) return null;
  const a = Date.parse(`${from}T00:00:00Z`);
  const b = Date.parse(`${to}T00:00:00Z`);
  if (Number.isNaN(a) || Number.isNaN(b)) return null;
  return Math.round((b - a) / DAY_MS);
}

/** The limit that applies to the letter's review, in days. */
export function limitDays(letter: Pick<LetterRecord, 'priority'>): number {
  return letter.priority === 'Expedited' ? 3 : 30;
}

/** Days from application received to decision, when both dates are known and in order. */
export function decisionDays(letter: Pick<LetterRecord, 'application_received' | 'decision_date'>): number | null {
  const days = daysBetween(letter.application_received, letter.decision_date);
  return days === null || days < 0 ? null : days;
}

/** Days from the UR denial to the application, when both dates are known and in order. */
export function applicationDays(letter: Pick<LetterRecord, 'ur_denial_date' | 'application_received'>): number | null {
  const days = daysBetween(letter.ur_denial_date, letter.application_received);
  return days === null || days < 0 ? null : days;
}

/** The value of the "Past the limit" facet: whether the decision came later than its limit allows. */
export const PAST_LIMIT = 'past the limit';
export const WITHIN_LIMIT = 'within the limit';
export function limitValue(letter: LetterRecord): string | null {
  const days = decisionDays(letter);
  if (days === null) return null;
  return days > limitDays(letter) ? PAST_LIMIT : WITHIN_LIMIT;
}

/** The p-th percentile (0..1) of sorted values, by the nearest-rank method: always a value that occurred. */
export function percentile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const rank = Math.max(1, Math.ceil(p * sorted.length));
  return sorted[rank - 1] as number;
}

export interface TurnaroundMonth {
  month: string;
  letters: number;
  median: number | null;
  p90: number | null;
  /** Of them, decided past their limit. */
  late: number;
  /** Median days from UR denial to application, over the letters that give both dates. */
  medianToApply: number | null;
}

/** Per decision month, over the letters with a row in `mask`: the median and 90th percentile of days to decision. */
export function turnaroundByMonth(rows: readonly DecisionRow[], mask: Uint8Array): TurnaroundMonth[] {
  const seen = new Set<LetterRecord>();
  const byMonth = new Map<string, { days: number[]; apply: number[]; late: number }>();
  for (let i = 0; i < rows.length; i++) {
    if (mask[i] !== 1) continue;
    const { letter } = rows[i] as DecisionRow;
    if (seen.has(letter)) continue;
    seen.add(letter);
    const month = monthOf(letter.decision_date);
    const days = decisionDays(letter);
    if (month === null || days === null) continue;
    let entry = byMonth.get(month);
    if (entry === undefined) byMonth.set(month, (entry = { days: [], apply: [], late: 0 }));
    entry.days.push(days);
    if (days > limitDays(letter)) entry.late++;
    const apply = applicationDays(letter);
    if (apply !== null) entry.apply.push(apply);
  }
  return [...byMonth]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([month, { days, apply, late }]) => {
      days.sort((a, b) => a - b);
      apply.sort((a, b) => a - b);
      return { month, letters: days.length, median: percentile(days, 0.5), p90: percentile(days, 0.9), late, medianToApply: percentile(apply, 0.5) };
    });
}
