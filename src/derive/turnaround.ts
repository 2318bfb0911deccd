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

/** Each row's letter, numbered, and each letter's month and days, worked out once per rows array. */
interface LetterDays {
  /** Row -> its letter's number. */
  letterOf: Int32Array;
  /** Letter -> index into `months`, or -1 when it has no decision month or no days to decision. */
  month: Int32Array;
  months: string[];
  days: Int32Array;
  late: Uint8Array;
  /** Days from UR denial to application, or -1. */
  apply: Int32Array;
}

// Dates parsed once per set of rows, not at every filter: at 330,000 rows, parsing four dates
// per letter at each update was 600 ms of an interaction benchmark's profile (BENCHMARKS.md).
const prepared = new WeakMap<readonly DecisionRow[], LetterDays>();

function letterDays(rows: readonly DecisionRow[]): LetterDays {
  const known = prepared.get(rows);
  if (known !== undefined) return known;
  const numbers = new Map<LetterRecord, number>();
  const letters: LetterRecord[] = [];
  const letterOf = new Int32Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const { letter } = rows[i] as DecisionRow;
    let n = numbers.get(letter);
    if (n === undefined) {
      n = letters.length;
      numbers.set(letter, n);
      letters.push(letter);
    }
    letterOf[i] = n;
  }
  const monthIndex = new Map<string, number>();
  const out: LetterDays = {
    letterOf,
    month: new Int32Array(letters.length).fill(-1),
    months: [],
    days: new Int32Array(letters.length),
    late: new Uint8Array(letters.length),
    apply: new Int32Array(letters.length).fill(-1),
  };
  letters.forEach((letter, n) => {
    const month = monthOf(letter.decision_date);
    const days = decisionDays(letter);
    if (month === null || days === null) return;
    let m = monthIndex.get(month);
    if (m === undefined) {
      m = out.months.length;
      monthIndex.set(month, m);
      out.months.push(month);
    }
    out.month[n] = m;
    out.days[n] = days;
    out.late[n] = days > limitDays(letter) ? 1 : 0;
    out.apply[n] = applicationDays(letter) ?? -1;
  });
  prepared.set(rows, out);
  return out;
}

/** Per decision month, over the letters with a row in `mask`: the median and 90th percentile of days to decision. */
export function turnaroundByMonth(rows: readonly DecisionRow[], mask: Uint8Array): TurnaroundMonth[] {
  const { letterOf, month, months, days, late, apply } = letterDays(rows);
  const seen = new Uint8Array(month.length);
  const byMonth = months.map(() => ({ days: [] as number[], apply: [] as number[], late: 0 }));
  for (let i = 0; i < rows.length; i++) {
    if (mask[i] !== 1) continue;
    const n = letterOf[i] as number;
    const m = month[n] as number;
    if (seen[n] === 1 || m === -1) continue;
    seen[n] = 1;
    const entry = byMonth[m] as { days: number[]; apply: number[]; late: number };
    entry.days.push(days[n] as number);
    entry.late += late[n] as number;
    if ((apply[n] as number) >= 0) entry.apply.push(apply[n] as number);
  }
  return months
    .map((name, m) => ({ name, entry: byMonth[m] as { days: number[]; apply: number[]; late: number } }))
    .filter(({ entry }) => entry.days.length > 0)
    .sort((a, b) => a.name.localeCompare(b.name))
    .map(({ name, entry: { days: d, apply: a, late: l } }) => {
      d.sort((x, y) => x - y);
      a.sort((x, y) => x - y);
      return { month: name, letters: d.length, median: percentile(d, 0.5), p90: percentile(d, 0.9), late: l, medianToApply: percentile(a, 0.5) };
    });
}
