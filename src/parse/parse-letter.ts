// Text -> LetterRecord. Clean the text, recognise the layout, let the layout
// find its sections and decisions, then read the shared fields with the
// shared extractors. Never throws for any input: unexpected text gives a
// LetterError with a reason the user can read.

import type { Decision, Layout, LetterRecord, ParseResult } from '../domain/letter';
import { cleanNormalisedText, normaliseCharacters } from './clean-text';
import { currentYear as localYear } from './current-year';
import { detectLayout } from './detect-layout';
import { findCaseNumber, findDecisionDate, findHeaderInjuryDate } from './fields/header';
import { readHeaderTable } from './fields/header-table';
import { findInjuryDateInProse } from './fields/injury-date';
import { findMedPerDay } from './fields/med-dose';
import { findPatient } from './fields/patient';
import { isRetrospective } from './fields/retrospective';
import { readReasons } from './reasons';
import { findReviewer } from './fields/reviewer';
import { analyzeItem } from './item/analyze-item';
import { parseFinalDetermination } from './layouts/final-determination';
import { parseNotice2013 } from './layouts/notice-2013';
import { parseProfessionalReview } from './layouts/professional-review';
import type { LayoutDecision, LayoutParse } from './layouts/types';

export interface LetterMeta {
  file: string;
  letterId: string;
}

export interface ParseOptions {
  /** The year two-digit years are resolved against (spec: 20xx up to the current year). */
  currentYear?: number;
}

const LAYOUT_PARSERS: Readonly<Record<Layout, (text: string) => LayoutParse>> = {
  'final-determination': parseFinalDetermination,
  'notice-2013': parseNotice2013,
  'professional-review': parseProfessionalReview,
};

function toDecision(d: LayoutDecision, decisionDate: string | null, currentYear: number): Decision {
  // Field by field rather than spread: this runs for every decision.
  const facts = analyzeItem(d.item);
  const original = d.modified?.original_request ?? null;
  return {
    item: d.item,
    outcome: d.outcome,
    category: facts.category,
    subcategory: facts.subcategory,
    medication: facts.medication,
    brand: facts.brand,
    strength: facts.strength,
    release: facts.release,
    quantity: facts.quantity,
    days_supply: facts.days_supply,
    drug_class: facts.drug_class,
    retrospective: isRetrospective([d.item, original], decisionDate, currentYear),
    original_request: original,
    authorized: d.modified?.authorized ?? null,
    guideline: d.guideline,
    claims_admin_guideline: d.claims_admin_guideline,
    rationale: d.rationale,
    med_mg_per_day: findMedPerDay(d.rationale),
    reasons: readReasons(d.rationale, d.outcome, facts.category),
  };
}

export function parseLetter(text: string, meta: LetterMeta, options: ParseOptions = {}): ParseResult {
  if (typeof text !== 'string' || text.trim() === '') {
    return { ok: false, error: { code: 'empty', message: 'The file contains no text.' } };
  }
  const currentYear = options.currentYear ?? localYear();
  const normalised = normaliseCharacters(text);
  const cleaned = cleanNormalisedText(normalised);
  if (cleaned === '') {
    return { ok: false, error: { code: 'empty', message: 'The file contains no readable text.' } };
  }
  const detected = detectLayout(cleaned);
  if (!detected.ok) return detected;
  const layout = detected.layout;
  const parsed = LAYOUT_PARSERS[layout](cleaned);
  if (parsed.decisions.length === 0) {
    return { ok: false, error: { code: 'no-decisions', message: parsed.noDecisionsReason } };
  }
  // Header fields are read before page furniture is removed: on page 1 the
  // header line can look exactly like the running header of later pages. The
  // header table is read first; a letter without one may still state a field
  // elsewhere ("Dated:", a case number in the page header).
  const header = normalised;
  const table = readHeaderTable(header, currentYear);
  const decisionDate = table.decision_date ?? findDecisionDate(header, currentYear);
  const record: LetterRecord = {
    file: meta.file,
    letter_id: meta.letterId,
    layout,
    case_number: table.case_number ?? findCaseNumber(header),
    decision_date: decisionDate,
    priority: table.priority,
    date_assigned: table.date_assigned,
    application_received: table.application_received,
    ur_denial_date: table.ur_denial_date,
    reviewer: findReviewer(parsed.reviewerText),
    patient: findPatient(parsed.summaryText),
    date_of_injury:
      table.date_of_injury ??
      findHeaderInjuryDate(header, currentYear) ??
      findInjuryDateInProse(parsed.summaryText, currentYear) ??
      findInjuryDateInProse(cleaned, currentYear),
    decisions: parsed.decisions.map((d) => toDecision(d, decisionDate, currentYear)),
  };
  return { ok: true, record };
}
