// The CSV export: one row per decision, letter fields repeated on each row,
// columns exactly as docs/letter-formats.md names them. Header and cell
// come from one table so they cannot drift apart.
import Papa from 'papaparse';
import { citationsText } from './citation-text';
import { listText } from './display-words';
import type { DecisionRow } from './rows';

export type Cell = string | number | boolean | null;

const list = (values: readonly string[]): string => listText(values) ?? '';

const COLUMNS = [
  ['file', (r) => r.letter.file],
  ['case_number', (r) => r.letter.case_number],
  ['layout', (r) => r.letter.layout],
  ['decision_date', (r) => r.letter.decision_date],
  ['item_index', (r) => r.item_index],
  ['item', (r) => r.decision.item],
  ['outcome', (r) => r.decision.outcome],
  ['category', (r) => r.decision.category],
  ['medication', (r) => r.decision.medication],
  ['brand', (r) => r.decision.brand],
  ['strength', (r) => r.decision.strength],
  ['release', (r) => r.decision.release],
  ['quantity', (r) => r.decision.quantity],
  ['days_supply', (r) => r.decision.days_supply],
  ['drug_class', (r) => r.decision.drug_class],
  ['reviewer_specialties', (r) => list(r.letter.reviewer.specialties)],
  ['reviewer_subspecialties', (r) => list(r.letter.reviewer.subspecialties)],
  ['reviewer_license_states', (r) => list(r.letter.reviewer.license_states)],
  ['patient_age', (r) => r.letter.patient.age],
  ['patient_sex', (r) => r.letter.patient.sex],
  ['date_of_injury', (r) => r.letter.date_of_injury],
  ['guideline_source', (r) => r.decision.guideline.source],
  ['guideline_sections', (r) => list(r.decision.guideline.sections)],
  ['guideline_pages', (r) => r.decision.guideline.pages],
  ['claims_admin_guideline_source', (r) => r.decision.claims_admin_guideline.source],
  ['med_mg_per_day', (r) => r.decision.med_mg_per_day],
  ['rationale', (r) => r.decision.rationale],
  // Record version 2, appended in the spec's order.
  ['subcategory', (r) => r.decision.subcategory],
  ['retrospective', (r) => r.decision.retrospective],
  ['original_request', (r) => r.decision.original_request],
  ['authorized', (r) => r.decision.authorized],
  ['priority', (r) => r.letter.priority],
  ['date_assigned', (r) => r.letter.date_assigned],
  ['application_received', (r) => r.letter.application_received],
  ['ur_denial_date', (r) => r.letter.ur_denial_date],
  ['guideline_citations', (r) => citationsText(r.decision.guideline.citations)],
  ['claims_admin_guideline_citations', (r) => citationsText(r.decision.claims_admin_guideline.citations)],
  // Parser version 3.
  ['reasons', (r) => list(r.decision.reasons)],
] as const satisfies ReadonlyArray<readonly [string, (row: DecisionRow) => Cell]>;

export const CSV_COLUMNS: readonly string[] = COLUMNS.map(([name]) => name);

const BOM = '\uFEFF';
const CRLF = '\r\n';

// A spreadsheet runs a cell starting with one of these as a formula
// (CSV injection); a leading apostrophe makes it plain text.
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: Cell): string {
  if (value === null) return '';
  const text = String(value);
  // A number is a number, negative or not; only text can smuggle a formula in.
  return typeof value === 'string' && FORMULA_START.test(text) ? `'${text}` : text;
}

/** UTF-8 text with a byte-order mark (so Excel reads it as UTF-8), CRLF line ends, RFC 4180 quoting, guarded cells. */
export function csvText(fields: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const data = rows.map((row) => row.map(csvCell));
  const body = Papa.unparse({ fields: [...fields], data }, { newline: CRLF, quotes: false });
  // Every record ends in CRLF (papaparse ends a header-only file with one, data without).
  return BOM + (body.endsWith(CRLF) ? body : body + CRLF);
}

const cellsOf = (row: DecisionRow): Cell[] => COLUMNS.map(([, value]) => value(row));

export function decisionsToCsv(rows: readonly DecisionRow[]): string {
  return csvText(CSV_COLUMNS, rows.map(cellsOf));
}

/**
 * The same file in pieces, for writing as letters come (the command line):
 * the header (with its byte-order mark), then any number of row pieces.
 * decisionsCsvHeader() + decisionsCsvRows(rows) === decisionsToCsv(rows).
 */
export const decisionsCsvHeader = (): string => csvText(CSV_COLUMNS, []);

export function decisionsCsvRows(rows: readonly DecisionRow[]): string {
  if (rows.length === 0) return '';
  return Papa.unparse(rows.map((row) => cellsOf(row).map(csvCell)), { newline: CRLF, quotes: false }) + CRLF;
}

/** e.g. imr-decisions-2026-11-22.csv, in the user's local date. */
export function csvFileName(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `imr-decisions-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.csv`;
}
