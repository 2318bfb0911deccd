// What a layout parser hands back: the parts of the letter the shared field
// extractors read, and the decisions with the fields only the layout knows.

import type { Guideline, GuidelineSource, Outcome } from '../../domain/letter';

export interface LayoutDecision {
  item: string;
  outcome: Outcome;
  guideline: Guideline;
  claims_admin_guideline: { source: GuidelineSource | null };
  rationale: string;
}

export interface LayoutParse {
  /** The part describing the expert reviewer's credentials. */
  reviewerText: string;
  /** The clinical case summary: patient description and date of injury. */
  summaryText: string;
  decisions: LayoutDecision[];
  /** Why no decision was found, for the user, when `decisions` is empty. */
  noDecisionsReason: string;
}
