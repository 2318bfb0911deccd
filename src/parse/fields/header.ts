// Fields printed in the letter header: case number, decision date and (when
// present) date of injury. Read from the text before page furniture is
// removed, because the header line itself can look like a running header.

import { caseNumber } from '../../domain/identifiers';
import { CASE_NUMBER_SOURCE } from '../data/case-number';
import { DATE_OR_YEAR_SOURCE, DATE_SOURCE, isoFromMatch } from './dates';

// The label may read "IMR Case Number" or "MAXIMUS Case No.": only the number
// is kept, and the first match starting at "Case" is part of the first match
// starting at any of those words, so the regex starts at "Case" (a literal
// start the regex engine can skip ahead to).
const CASE_NUMBER_LABELLED = new RegExp(String.raw`\bCase\s*(?:Number|No\.?|#)\s*:?\s*${CASE_NUMBER_SOURCE}`, 'i');
const CASE_NUMBER_BARE = new RegExp(String.raw`\b${CASE_NUMBER_SOURCE}`);

/** "CM15-0123456": a labelled case number first, else the first one in the text. */
export function findCaseNumber(text: string): string | null {
  // Letters without a header have no "CM" at all: one cheap look-up spares
  // the bare number's regex a pass over the whole text.
  const m = CASE_NUMBER_LABELLED.exec(text) ?? (text.includes('CM') ? CASE_NUMBER_BARE.exec(text) : null);
  if (m === null) return null;
  return caseNumber(m[1] ?? '', m[2] ?? '');
}

// "Decision Date:" (final determination header) or "Dated:" (2013 notice).
// "Dated" needs its colon: the case summary is full of "progress note dated 6/23/15".
const DECISION_DATE = new RegExp(
  String.raw`(?<!\bUR\s)\b(?:Decision\s+Date\s*:?|Dated\s*:)\s*(?:${DATE_SOURCE})`,
  'i',
);
const HEADER_INJURY_DATE = new RegExp(String.raw`\bDate\s+of\s+Injury\s*:\s*(?:${DATE_OR_YEAR_SOURCE})`, 'i');

function labelledDate(re: RegExp, text: string, currentYear: number): string | null {
  const m = re.exec(text);
  if (m === null) return null;
  return isoFromMatch(m, 1, currentYear);
}

export function findDecisionDate(text: string, currentYear: number): string | null {
  return labelledDate(DECISION_DATE, text, currentYear);
}

/** "Date of Injury: 03/24/2003" as a labelled header field (with a colon). */
export function findHeaderInjuryDate(text: string, currentYear: number): string | null {
  return labelledDate(HEADER_INJURY_DATE, text, currentYear);
}
