// The current calendar year (local time), for resolving two-digit years.
// Asking a new Date for its local year costs a time-zone look-up on every
// letter; the year is kept while the clock stays inside it.

let year = Number.NaN;
let startsAt = Number.POSITIVE_INFINITY;
let endsAt = Number.NEGATIVE_INFINITY;

export function currentYear(): number {
  const now = Date.now();
  if (now < startsAt || now >= endsAt) {
    year = new Date(now).getFullYear();
    startsAt = new Date(year, 0, 1).getTime();
    endsAt = new Date(year + 1, 0, 1).getTime();
  }
  return year;
}
