// Dates as letters write them, to ISO. US order (month before day). A date
// with a month but no day gives "YYYY-MM"; a year alone gives "YYYY".

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5,
  jun: 6, june: 6, jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9,
  oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12,
};

const MONTH_NAME = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)`;

/**
 * Regex source for one date in any supported shape, most precise first. Each
 * shape is its own capture group so parseDateMatch knows which one matched.
 * Groups: 1-3 m/d/y, 4-6 y-m-d (ISO), 7-9 "Month d, yyyy", 10-11 "Month yyyy",
 * 12-13 m/yyyy, 14 yyyy (only when `allowYearOnly`).
 */
function dateSource(allowYearOnly: boolean): string {
  const parts = [
    String.raw`(?<!\d)(\d{1,2})\s?[/-]\s?(\d{1,2})\s?[/-]\s?(\d{4}|\d{2})(?![\d/])`,
    String.raw`(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)`,
    String.raw`\b(${MONTH_NAME})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?!\d)`,
    String.raw`\b(${MONTH_NAME})\.?,?\s+(?:of\s+)?(\d{4})(?!\d)`,
    String.raw`(?<![\d/])(\d{1,2})/(\d{4})(?!\d)`,
  ];
  if (allowYearOnly) parts.push(String.raw`\b((?:19|20)\d{2})\b(?![/-]\d)`);
  return parts.join('|');
}

export const DATE_SOURCE = dateSource(false);
export const DATE_OR_YEAR_SOURCE = dateSource(true);

const pad = (n: number): string => String(n).padStart(2, '0');

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Gregorian month length, `month` 1-12; counted, not asked of a Date object, as it runs for every date read. */
function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : (MONTH_DAYS[month - 1] ?? 0);
}

/** Two-digit years: 20xx up to the current year, else 19xx (spec). */
export function expandYear(digits: string, currentYear: number): number {
  const n = Number(digits);
  if (digits.length !== 2) return n;
  return 2000 + n <= currentYear ? 2000 + n : 1900 + n;
}

const YEAR_MIN = 1900;
const YEAR_MAX = 2100;

function isoDay(year: number, month: number, day: number): string | null {
  if (year < YEAR_MIN || year > YEAR_MAX || month < 1 || month > 12) return null;
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

function isoMonth(year: number, month: number): string | null {
  if (year < YEAR_MIN || year > YEAR_MAX || month < 1 || month > 12) return null;
  return `${year}-${pad(month)}`;
}

function monthNumber(name: string): number {
  // Matching ignores case, but a lower-case "may" is the verb ("may 2004" is
  // not a date anyone writes).
  if (name === 'may') return 0;
  return MONTHS[name.toLowerCase()] ?? 0;
}

/**
 * ISO text for the date in a match of a regex built around DATE_SOURCE or
 * DATE_OR_YEAR_SOURCE, whose date groups start at group `first` (1 when the
 * date's groups come first).
 */
export function isoFromMatch(match: RegExpExecArray, first: number, currentYear: number): string | null {
  const g = (i: number): string | undefined => match[first + i - 1];
  const [m1, d1, y1] = [g(1), g(2), g(3)];
  if (m1 !== undefined && d1 !== undefined && y1 !== undefined) {
    return isoDay(expandYear(y1, currentYear), Number(m1), Number(d1));
  }
  const [y2, m2, d2] = [g(4), g(5), g(6)];
  if (y2 !== undefined && m2 !== undefined && d2 !== undefined) return isoDay(Number(y2), Number(m2), Number(d2));
  const [mn3, d3, y3] = [g(7), g(8), g(9)];
  if (mn3 !== undefined && d3 !== undefined && y3 !== undefined) return isoDay(Number(y3), monthNumber(mn3), Number(d3));
  const [mn4, y4] = [g(10), g(11)];
  if (mn4 !== undefined && y4 !== undefined) return isoMonth(Number(y4), monthNumber(mn4));
  const [m5, y5] = [g(12), g(13)];
  if (m5 !== undefined && y5 !== undefined) return isoMonth(Number(y5), Number(m5));
  const y6 = g(14);
  if (y6 !== undefined) {
    const year = Number(y6);
    return year >= YEAR_MIN && year <= YEAR_MAX ? String(year) : null;
  }
  return null;
}
