// How long IMR took: days from the application's receipt to the decision,
// and from the utilization review denial to the application, from the
// version 2 header fields. The statutory limit is read as 30 days for a
// standard review and 3 for an expedited one (Labor Code § 4610.6(d)),
// counted here from "Application Received", the date the letter gives; a
// letter without a priority is taken as standard, the usual case. Figures
// are per letter: a letter's decisions share its dates.
import type { LetterRecord } from '../domain/letter';
import { ColumnBuilds } from './column-builds';
import { monthOf } from './facet-value';
import type { DecisionRow } from './rows';
import type { LetterNumbers } from './view-summary';

const DAY_MS = 86_400_000;

/** An ISO date as whole days since 1970-01-01; null when it is not a date. */
function dayNumber(date: string): number | null {
  const t = Date.parse(`${date}T00:00:00Z`);
  return Number.isNaN(t) ? null : Math.round(t / DAY_MS);
}

type DayOf = (date: string) => number | null;

/** Whole days from one ISO date to another; null when either is missing or not a date. */
export function daysBetween(from: string | null, to: string | null, dayOf: DayOf = dayNumber): number | null {
  if (from === null || to === null) return null;
  const a = dayOf(from);
  const b = dayOf(to);
  return a === null || b === null ? null : b - a;
}

/** Days from one date to a later one; null when either is unknown or they are out of order. */
function daysInOrder(from: string | null, to: string | null, dayOf: DayOf): number | null {
  const days = daysBetween(from, to, dayOf);
  return days === null || days < 0 ? null : days;
}

/** The limit that applies to the letter's review, in days. */
export function limitDays(letter: Pick<LetterRecord, 'priority'>): number {
  return letter.priority === 'Expedited' ? 3 : 30;
}

/** Days from application received to decision, when both dates are known and in order. */
export function decisionDays(letter: Pick<LetterRecord, 'application_received' | 'decision_date'>, dayOf: DayOf = dayNumber): number | null {
  return daysInOrder(letter.application_received, letter.decision_date, dayOf);
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
export function percentile(sorted: ArrayLike<number>, p: number): number | null {
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

/** Each letter's month and days, worked out once per rows array (TurnaroundColumns). */
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

// Letters worked out between two looks at the clock when the columns are built in idle slices.
const SLICE = 4_096;

/**
 * The letters' days, a slice of letters per step. At 330,000 rows, parsing
 * four dates per letter at each update was 600 ms of an interaction
 * benchmark's profile, and doing it once, on the chart's first drawing after a
 * reload, one task of 335 ms (BENCHMARKS.md): so once per rows array, ahead
 * of time. Dates repeat (a year has 365), so each is parsed once.
 */
function* letterDaysSteps(rows: readonly DecisionRow[], numbers: LetterNumbers): Generator<void, LetterDays> {
  const letters = new Array<LetterRecord | undefined>(numbers.count);
  for (let i = 0; i < rows.length; i++) {
    const n = numbers.of[i] as number;
    letters[n] ??= (rows[i] as DecisionRow).letter;
  }
  yield;
  const parsed = new Map<string, number | null>();
  const dayOf = (date: string): number | null => {
    let day = parsed.get(date);
    if (day === undefined) {
      day = dayNumber(date);
      parsed.set(date, day);
    }
    return day;
  };
  const monthIndex = new Map<string, number>();
  const out: LetterDays = {
    letterOf: numbers.of,
    month: new Int32Array(numbers.count).fill(-1),
    months: [],
    days: new Int32Array(numbers.count),
    late: new Uint8Array(numbers.count),
    apply: new Int32Array(numbers.count).fill(-1),
  };
  for (let n = 0; n < letters.length; n++) {
    if (n % SLICE === SLICE - 1) yield;
    const letter = letters[n];
    if (letter === undefined) continue;
    const month = monthOf(letter.decision_date);
    const days = decisionDays(letter, dayOf);
    if (month === null || days === null) continue;
    let m = monthIndex.get(month);
    if (m === undefined) {
      m = out.months.length;
      monthIndex.set(month, m);
      out.months.push(month);
    }
    out.month[n] = m;
    out.days[n] = days;
    out.late[n] = days > limitDays(letter) ? 1 : 0;
    // Days from the UR denial to the application.
    out.apply[n] = daysInOrder(letter.ur_denial_date, letter.application_received, dayOf) ?? -1;
  }
  return out;
}

/** The turnaround of one set of rows: its letters' days, built once (now or ahead of time), then read per filter. */
export class TurnaroundColumns {
  private readonly build: ColumnBuilds<'days', LetterDays>;

  constructor(rows: readonly DecisionRow[], numbers: LetterNumbers) {
    this.build = new ColumnBuilds(() => letterDaysSteps(rows, numbers));
  }

  /** Builds the letters' days a slice at a time while `hasTime()`; true once built. */
  prepare(hasTime: () => boolean): boolean {
    return this.build.prepare(hasTime, ['days']);
  }

  /** Per decision month, over the letters with a row in `mask`: the median and 90th percentile of days to decision. */
  byMonth(mask: Uint8Array): TurnaroundMonth[] {
    return turnaroundByMonth(this.build.get('days'), mask);
  }
}

/** Puts `value` at the next free place of `lists[m]`, counted by `at[m]`. */
function append(lists: Int32Array[], at: Int32Array, m: number, value: number): void {
  const k = at[m] as number;
  (lists[m] as Int32Array)[k] = value;
  at[m] = k + 1;
}

/**
 * Per month, the letters in view: counted first, then their days copied into
 * one typed array per month and sorted as numbers (no comparator). Pushed
 * into arrays and sorted with a comparator, all 185,000 letters of a year
 * took 42-55 ms in Node, on every redraw of the chart (now 13-14 ms).
 */
function turnaroundByMonth(letterDays: LetterDays, mask: Uint8Array): TurnaroundMonth[] {
  const { letterOf, month, months, days, late, apply } = letterDays;
  const inView = new Uint8Array(month.length);
  const count = new Int32Array(months.length);
  const applyCount = new Int32Array(months.length);
  const lateCount = new Int32Array(months.length);
  for (let i = 0; i < letterOf.length; i++) {
    if (mask[i] !== 1) continue;
    const n = letterOf[i] as number;
    const m = month[n] as number;
    if (inView[n] === 1 || m === -1) continue;
    inView[n] = 1;
    count[m] = (count[m] as number) + 1;
    lateCount[m] = (lateCount[m] as number) + (late[n] as number);
    if ((apply[n] as number) >= 0) applyCount[m] = (applyCount[m] as number) + 1;
  }
  const dayLists = months.map((_, m) => new Int32Array(count[m] as number));
  const applyLists = months.map((_, m) => new Int32Array(applyCount[m] as number));
  const dayAt = new Int32Array(months.length);
  const applyAt = new Int32Array(months.length);
  for (let n = 0; n < inView.length; n++) {
    if (inView[n] !== 1) continue;
    const m = month[n] as number;
    append(dayLists, dayAt, m, days[n] as number);
    if ((apply[n] as number) >= 0) append(applyLists, applyAt, m, apply[n] as number);
  }
  return months
    .map((name, m) => ({ name, m }))
    .filter(({ m }) => (count[m] as number) > 0)
    .sort((a, b) => a.name.localeCompare(b.name))
    .map(({ name, m }) => {
      const d = (dayLists[m] as Int32Array).sort();
      const a = (applyLists[m] as Int32Array).sort();
      return { month: name, letters: d.length, median: percentile(d, 0.5), p90: percentile(d, 0.9), late: lateCount[m] as number, medianToApply: percentile(a, 0.5) };
    });
}
