// The patient's morphine equivalent dose from a decision rationale: "in excess
// of 270mg MED", "a morphine equivalent dose of 180 mg", "MED of 200". Figures
// the guidelines set as a ceiling ("maximum guideline of 120 mg MED", "should
// not exceed 120 MED", "recommended 120 mg") are not the patient's and are
// skipped; the first remaining figure is taken.
import { clauseBefore } from '../text/clause';

const NUMBER = String.raw`(\d{1,5}(?:\.\d{1,2})?)`;
// MED/MME in capitals only: lower-case "med"/"meds" are medications.
const MED_NAME = String.raw`(?:MED|MME|MEQ|(?:[Mm]orphine|MORPHINE)\s+(?:[Mm]illigram\s+)?[Ee]quivalen(?:t|ts|cy|ce)(?:\s+(?:[Dd]ose|[Dd]osage|[Dd]aily\s+[Dd]ose))?)`;

// "270mg MED", "270 mg/day MED", "270 milligrams of morphine equivalents"
const NUMBER_THEN_NAME = String.raw`${NUMBER}\s*(?:mg|milligrams?)?(?:\s*(?:\/\s*day|per\s+day|a\s+day|daily))?\s*(?:of\s+)?(?:oral\s+)?${MED_NAME}`;
// "MED of 180 mg", "morphine equivalent dose (MED) is 180", "MED: 90"
const NAME_THEN_NUMBER = String.raw`${MED_NAME}\s*(?:\((?:MED|MME)\)\s*)?(?:(?:of|is|was|at|totals?|totaling|equals|calculated\s+at|approximately|about|around|:|=|~)\s*){0,3}${NUMBER}(?!\s*(?:%|years?|months?|days?))`;

const MED_FIGURE = new RegExp(`(?<![\\d.])${NUMBER_THEN_NAME}(?![A-Za-z])|\\b${NAME_THEN_NUMBER}`, 'g');

// Words that make a figure a limit rather than the patient's dose, when they
// come in the same clause before it.
// ("over 200 mg MED" and "in excess of 270mg MED" describe the patient, so
// "over" is not a ceiling word.) A comparison names a threshold the guideline
// sets, not a dose anyone takes: "doses greater than 80 mg/day MED", "wean to
// lower than 80 mg/day MED", "patients whose dose is above 80 mg/day MED".
const CEILING_WORDS =
  /\b(?:max(?:imum)?|limits?|limited|ceiling|cap|recommend(?:s|ed|ation|ations)?|threshold|exceeds?|exceeding|up\s+to|no\s+more\s+than|not\s+more\s+than|less\s+than|greater\s+than|higher\s+than|lower\s+than|above|below|wean(?:s|ed|ing)?|taper(?:s|ed|ing)?|cutoff|cut-off)\b/i;
// "... 120 mg MED is the maximum": the ceiling named after the figure.
const CEILING_AFTER =
  /^[\s,)]*(?:is|are|as|being)\s+(?:the\s+)?(?:(?:recommended|guideline|suggested)\s+)?(?:max|limit|ceiling|recommended|threshold|upper|cut)/i;
const CLAUSE_START = /[.;,(!?]|\bwhich\b|\bbut\b|\bwhile\b|\bwhereas\b/gi;


// Every figure names MED, MME or MEQ (so contains "ME") or morphine: most
// rationales are about other treatments and need no pass of MED_FIGURE.
function mayNameMed(text: string): boolean {
  return text.includes('ME') || text.includes('orphine') || text.includes('ORPHINE');
}

/**
 * A figure inside a quotation is the guideline's words ('MTUS states "...
 * wean to lower than 80 mg/day MED ..."'), never the patient's dose.
 */
function insideQuotation(text: string, start: number, end: number): boolean {
  let before = 0;
  for (let i = text.indexOf('"'); i >= 0 && i < start; i = text.indexOf('"', i + 1)) before++;
  return before % 2 === 1 && text.includes('"', end);
}

export function findMedPerDay(rationale: string): number | null {
  if (!mayNameMed(rationale)) return null;
  // One match at a time: the first figure that is the patient's ends the
  // search (MED_FIGURE never matches empty text).
  MED_FIGURE.lastIndex = 0;
  for (let m = MED_FIGURE.exec(rationale); m !== null; m = MED_FIGURE.exec(rationale)) {
    const figure = m[1] ?? m[2];
    if (figure === undefined) continue;
    const value = Number(figure);
    if (!(value > 0) || value > 10000) continue;
    // For "MED of 120", words between the name and the number count too
    // ("MED should not exceed 120").
    const lead = clauseBefore(rationale, m.index, CLAUSE_START) + ' ' + m[0];
    const beforeNumber = lead.slice(0, lead.length - (m[0].length - m[0].indexOf(figure)));
    if (CEILING_WORDS.test(beforeNumber)) continue;
    const end = m.index + m[0].length;
    if (CEILING_AFTER.test(rationale.slice(end, end + 40))) continue;
    if (insideQuotation(rationale, m.index, end)) continue;
    return value;
  }
  return null;
}
