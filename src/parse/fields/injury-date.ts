// Date of injury from the case summary prose: "date of injury is August 2004
// to August 2005", "sustained an industrial injury on 6/13/02", "as injured
// on 7/9/2007", "DOI 3/3/13". The header's "Date of Injury:" wins when present
// (see fields/header.ts); this is the fallback.

import { DATE_OR_YEAR_SOURCE, isoFromMatch } from './dates';

// A cue, then at most five whole words ("his low back on", "is", "of") and the
// date. Full stops end the search so a date in the next sentence is not taken.
// "The injured worker was seen on 7-7-15" is not a cue: that is a visit.
const INJURY_DATE = new RegExp(
  String.raw`\b(?:date\s+of\s+(?:injury|injuries)|DOI|injur(?:y|ies)|injured(?!\s+(?:worker|employee|patient|party|individual|claimant)))\b` +
    String.raw`(?:[\s:(,]+[A-Za-z'-]{1,20}\b){0,5}?[\s:(,]+(?:${DATE_OR_YEAR_SOURCE})`,
  'gi',
);
/** ISO date of injury stated in `text`, or null. A range gives its start. */
export function findInjuryDateInProse(text: string, currentYear: number): string | null {
  // One match at a time: the first cue with a valid date ends the search
  // (INJURY_DATE never matches empty text).
  INJURY_DATE.lastIndex = 0;
  for (let m = INJURY_DATE.exec(text); m !== null; m = INJURY_DATE.exec(text)) {
    const iso = isoFromMatch(m, 1, currentYear);
    if (iso !== null) return iso;
  }
  return null;
}
