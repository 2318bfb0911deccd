// The decisions table's columns as data: what each shows and what it sorts by.
// The React column definitions (ui/table) render these; sorting (sort-rows.ts)
// reads the sort keys, so the order a user sees and the order exported agree.
import { categoryName, listText, SERIES_SEPARATOR, yesNo } from './display-words';
import type { DecisionRow } from './rows';

export type SortKey = string | number | null;

export interface ColumnSpec {
  id: string;
  label: string;
  /** The cell's text; null renders as an empty-value mark. */
  text: (row: DecisionRow) => string | null;
  /** What the column sorts by; null always sorts last. */
  sortKey: (row: DecisionRow) => SortKey;
  /** Shown before the user changes anything in the Columns menu. */
  defaultVisible: boolean;
  /** Initial width in CSS pixels (the table uses a fixed layout so rows do not jump while scrolling). */
  width: number;
  numeric?: boolean;
}

const lower = (s: string | null): string | null => (s === null ? null : s.toLowerCase());

/** "10/325 mg" sorts by 10, so strengths order numerically rather than as text. */
export function strengthSortKey(strength: string | null): number | null {
  if (strength === null) return null;
  const n = Number.parseFloat(strength);
  return Number.isFinite(n) ? n : null;
}

export function guidelineText(row: DecisionRow): string | null {
  const { source, sections } = row.decision.guideline;
  if (source === null && sections.length === 0) return null;
  if (sections.length === 0) return source;
  return `${source ?? 'Guideline'}: ${listText(sections)}`;
}

export const COLUMNS = [
  {
    id: 'file',
    label: 'File',
    text: (r) => r.letter.file,
    sortKey: (r) => r.letter.file.toLowerCase(),
    defaultVisible: false,
    width: 200,
  },
  {
    id: 'case_number',
    label: 'Case number',
    text: (r) => r.letter.case_number,
    sortKey: (r) => r.letter.case_number,
    defaultVisible: true,
    width: 120,
  },
  {
    id: 'decision_date',
    label: 'Decision date',
    text: (r) => r.letter.decision_date,
    sortKey: (r) => r.letter.decision_date,
    defaultVisible: true,
    width: 110,
  },
  {
    id: 'item',
    label: 'Item',
    text: (r) => r.decision.item,
    sortKey: (r) => r.decision.item.toLowerCase(),
    defaultVisible: true,
    width: 280,
  },
  {
    id: 'outcome',
    label: 'Outcome',
    text: (r) => r.decision.outcome,
    sortKey: (r) => r.decision.outcome,
    defaultVisible: true,
    width: 118,
  },
  {
    id: 'category',
    label: 'Category',
    text: (r) => categoryName(r.decision.category),
    sortKey: (r) => categoryName(r.decision.category).toLowerCase(),
    defaultVisible: true,
    width: 150,
  },
  {
    id: 'subcategory',
    label: 'Subcategory',
    text: (r) => r.decision.subcategory,
    sortKey: (r) => lower(r.decision.subcategory),
    defaultVisible: true,
    width: 170,
  },
  {
    id: 'medication',
    label: 'Medication',
    text: (r) => r.decision.medication,
    sortKey: (r) => lower(r.decision.medication),
    defaultVisible: true,
    width: 200,
  },
  {
    id: 'brand',
    label: 'Brand',
    text: (r) => r.decision.brand,
    sortKey: (r) => lower(r.decision.brand),
    defaultVisible: false,
    width: 110,
  },
  {
    id: 'strength',
    label: 'Strength',
    text: (r) => r.decision.strength,
    sortKey: (r) => strengthSortKey(r.decision.strength),
    defaultVisible: true,
    width: 100,
    numeric: true,
  },
  {
    id: 'quantity',
    label: 'Quantity',
    text: (r) => (r.decision.quantity === null ? null : r.decision.quantity.toLocaleString('en-US')),
    sortKey: (r) => r.decision.quantity,
    defaultVisible: true,
    width: 90,
    numeric: true,
  },
  {
    id: 'drug_class',
    label: 'Drug class',
    text: (r) => r.decision.drug_class,
    sortKey: (r) => r.decision.drug_class,
    defaultVisible: true,
    width: 130,
  },
  {
    id: 'reasons',
    label: 'Reasons given',
    text: (r) => listText(r.decision.reasons),
    sortKey: (r) => lower(listText(r.decision.reasons)),
    defaultVisible: false,
    width: 220,
  },
  {
    id: 'specialties',
    label: 'Reviewer specialties',
    text: (r) => listText(r.letter.reviewer.specialties),
    sortKey: (r) => lower(listText(r.letter.reviewer.specialties)),
    defaultVisible: true,
    width: 200,
  },
  {
    id: 'license_states',
    label: 'License states',
    text: (r) => listText(r.letter.reviewer.license_states, SERIES_SEPARATOR),
    sortKey: (r) => listText(r.letter.reviewer.license_states, SERIES_SEPARATOR),
    defaultVisible: true,
    width: 90,
  },
  {
    id: 'patient_age',
    label: 'Patient age',
    text: (r) => (r.letter.patient.age === null ? null : String(r.letter.patient.age)),
    sortKey: (r) => r.letter.patient.age,
    defaultVisible: true,
    width: 80,
    numeric: true,
  },
  {
    id: 'patient_sex',
    label: 'Sex',
    text: (r) => r.letter.patient.sex,
    sortKey: (r) => r.letter.patient.sex,
    defaultVisible: true,
    width: 60,
  },
  {
    id: 'date_of_injury',
    label: 'Date of injury',
    text: (r) => r.letter.date_of_injury,
    sortKey: (r) => r.letter.date_of_injury,
    defaultVisible: true,
    width: 110,
  },
  {
    id: 'guideline',
    label: 'Guideline',
    text: guidelineText,
    sortKey: (r) => lower(guidelineText(r)),
    defaultVisible: true,
    width: 260,
  },
  {
    id: 'original_request',
    label: 'Original request',
    text: (r) => r.decision.original_request,
    sortKey: (r) => lower(r.decision.original_request),
    defaultVisible: false,
    width: 260,
  },
  {
    id: 'retrospective',
    label: 'Retrospective',
    text: (r) => yesNo(r.decision.retrospective),
    sortKey: (r) => (r.decision.retrospective ? 1 : 0),
    defaultVisible: false,
    width: 100,
  },
  {
    id: 'priority',
    label: 'Priority',
    text: (r) => r.letter.priority,
    sortKey: (r) => r.letter.priority,
    defaultVisible: false,
    width: 100,
  },
] as const satisfies readonly ColumnSpec[];

const byId = new Map<string, ColumnSpec>(COLUMNS.map((c) => [c.id, c]));

export function columnSpec(id: string): ColumnSpec | undefined {
  return byId.get(id);
}

/** Visibility before the user touches the Columns menu, as react-table's VisibilityState. */
export function defaultColumnVisibility(): Record<string, boolean> {
  return Object.fromEntries(COLUMNS.map((c) => [c.id, c.defaultVisible]));
}
