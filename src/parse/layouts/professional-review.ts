// "MEDICAL PROFESSIONAL REVIEW" letters: one disputed item, labelled sections
//   ISSUE AT DISPUTE: / CASE SUMMARY: / DOCUMENTS REVIEWED FOR DETERMINATION: /
//   MEDICAL TREATMENT GUIDELINE(S) RELIED UPON BY PROFESSIONAL REVIEWER AND WHY: /
//   RATIONALE FOR WHY THE REQUESTED TREATMENT/SERVICE IS/WAS NOT MEDICALLY NECESSARY: /
//   MEDICAL REVIEWER QUALIFICATIONS:
// The outcome is only stated in prose. The rationale heading contains "NOT
// MEDICALLY NECESSARY" whatever the outcome, so it is removed before reading
// the verdict. There is no claims administrator guideline in this layout.
// Headings are loosened: extraction can run their words together.

import { parseCleanedGuideline } from '../fields/guideline';
import { outcomeFromText } from '../fields/outcome';
import { joinLines, loosen } from '../text/regex';
import { TextSearch } from '../text/spans';
import { cleanItem } from './item-text';
import type { LayoutDecision, LayoutParse } from './types';

const ISSUE = loosen(/ISSUE\s+AT\s+DISPUTE\s*:?\s*/gi);
const CASE_SUMMARY = loosen(/\bCASE\s+SUMMARY\s*:\s*/gi);
const DOCUMENTS = loosen(/DOCUMENTS\s+REVIEWED(?:\s+FOR\s+DETERMINATION)?\s*:\s*/gi);
const GUIDELINES =
  loosen(/MEDICAL\s+TREATMENT\s+GUIDELINE\s*(?:\(\s*S\s*\)|S)?\s+RELIED\s+UPON\s+BY\s+(?:THE\s+)?PROFESSIONAL\s+REVIEWER(?:\s+AND\s+WHY)?\s*:\s*/gi);
const RATIONALE =
  loosen(/RATIONALE\s+FOR\s+WHY\s+THE\s+REQUESTED\s+TREATMENT\s*\/\s*SERVICE\s+(?:IS\s*\/\s*WAS|IS|WAS)\s+(?:NOT\s+)?MEDICALLY\s+NECESSARY\s*:?\s*/gi);
const QUALIFICATIONS = loosen(/MEDICAL\s+REVIEWER\s+QUALIFICATIONS\s*:?\s*/gi);
const HEADINGS = [ISSUE, CASE_SUMMARY, DOCUMENTS, GUIDELINES, RATIONALE, QUALIFICATIONS];

export function parseProfessionalReview(text: string): LayoutParse {
  const search = new TextSearch(text);
  const section = (label: RegExp): string | null => search.textAfter(label, HEADINGS);
  const item = cleanItem(section(ISSUE) ?? '');
  const rationale = joinLines(section(RATIONALE) ?? '');
  const outcome = outcomeFromText(rationale) ?? outcomeFromText(text.replace(RATIONALE, ' '));
  const decisions: LayoutDecision[] =
    item === '' || outcome === null
      ? []
      : [
          {
            item,
            outcome,
            guideline: parseCleanedGuideline(section(GUIDELINES)),
            claims_admin_guideline: { source: null, citations: [] },
            modified: null,
            rationale,
          },
        ];
  return {
    reviewerText: section(QUALIFICATIONS) ?? '',
    summaryText: section(CASE_SUMMARY) ?? text,
    decisions,
    noDecisionsReason:
      item === ''
        ? "This medical professional review has no 'ISSUE AT DISPUTE' that could be read. The file may be incomplete."
        : 'This medical professional review does not say whether the disputed item is medically necessary. The file may be incomplete.',
  };
}
