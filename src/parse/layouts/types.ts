// What a layout parser hands back: the parts of the letter the shared field
// extractors read, and the decisions with the fields only the layout knows.

import type { ClaimsAdminGuideline, Guideline, Outcome } from '../../domain/letter';

export interface LayoutDecision {
  /** The decided item; for a modified request, the part left for IMR. */
  item: string;
  outcome: Outcome;
  guideline: Guideline;
  claims_admin_guideline: ClaimsAdminGuideline;
  rationale: string;
  /** For a modified request: the original request and what was authorized. */
  modified: { original_request: string; authorized: string } | null;
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
