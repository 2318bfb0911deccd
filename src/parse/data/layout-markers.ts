// Structural markers of each letter layout (headings and fixed sentences, not
// topic words: a UR denial talks about "medical necessity" and MAXIMUS too).
// A layout is recognised when the weights of its markers found in the text add
// up to LAYOUT_THRESHOLD; weight 2 marks wording only that layout prints.
// Markers are found in one pass, so none may contain or overlap another.

import type { Layout } from '../../domain/letter';

export interface LayoutMarker {
  phrase: string;
  weight: number;
}

export const LAYOUT_THRESHOLD = 3;

export const LAYOUT_MARKERS: Readonly<Record<Layout, readonly LayoutMarker[]>> = {
  'final-determination': [
    { phrase: 'IMR ISSUES, DECISIONS AND RATIONALES', weight: 2 },
    { phrase: 'HOW THE IMR FINAL DETERMINATION WAS MADE', weight: 2 },
    { phrase: 'The Final Determination was based on decisions for the disputed items', weight: 2 },
    { phrase: 'MAXIMUS guideline:', weight: 2 },
    { phrase: 'Claims Administrator guideline:', weight: 1 },
    { phrase: 'Decision rationale:', weight: 1 },
    { phrase: 'CLINICAL CASE SUMMARY', weight: 1 },
    { phrase: 'sent the complete case file to an expert reviewer', weight: 1 },
  ],
  'notice-2013': [
    { phrase: 'Notice of Independent Medical Review Determination', weight: 2 },
    { phrase: 'INDEPENDENT MEDICAL REVIEW DECISION AND RATIONALE', weight: 2 },
    { phrase: 'IMR DECISION(S) AND RATIONALE(S)', weight: 2 },
    { phrase: 'IMR DECISIONS AND RATIONALES', weight: 2 },
    { phrase: 'MAXIMUS Federal Services, Inc. has determined the request for', weight: 2 },
    { phrase: 'MAXIMUS Federal Services has determined the request for', weight: 2 },
    { phrase: 'Medical Qualifications of the Expert Reviewer', weight: 2 },
    { phrase: 'Rationale Used by the Expert Reviewer', weight: 2 },
    { phrase: 'Relied Upon by the Expert Reviewer', weight: 1 },
    { phrase: 'Expert Reviewer Case Summary', weight: 1 },
    { phrase: 'IMR Case Number', weight: 1 },
  ],
  'professional-review': [
    { phrase: 'MEDICAL PROFESSIONAL REVIEW', weight: 2 },
    { phrase: 'RELIED UPON BY PROFESSIONAL REVIEWER', weight: 2 },
    { phrase: 'MEDICAL REVIEWER QUALIFICATIONS', weight: 2 },
    { phrase: 'RATIONALE FOR WHY THE REQUESTED TREATMENT/SERVICE', weight: 2 },
    { phrase: 'ISSUE AT DISPUTE', weight: 1 },
  ],
};
