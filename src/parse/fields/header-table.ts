// The page-1 header table of published letters:
//
//   Case Number:    CM17-0014449
//   Date Assigned:  01/27/2017      Date of Injury:   10/15/2016
//   Decision Date:  02/27/2017      UR Denial Date:   01/06/2017
//   Priority:       Standard        Application       01/23/2017
//                                   Received:
//
// Text extraction gives it in one of two shapes: each label followed by its
// value (pdf.js, `pdftotext -layout`), where the wrapped "Application" /
// "Received:" label holds its date between its two words; or, in plain
// reading order (`pdftotext`), a column's labels first and their values after
// them as a separate block. Both are read as one stream of labels and values:
// a value right after its label (same line) is that label's; any other value
// goes to the earliest label still waiting for a value of its kind. Reading by
// kind keeps a missing value from shifting every later one.

import { CASE_NUMBER_SOURCE } from '../data/case-number';
import { caseNumber } from '../../domain/identifiers';
import type { Priority } from '../../domain/letter';
import { DATE_SOURCE, isoFromMatch } from './dates';

export interface HeaderTable {
  case_number: string | null;
  decision_date: string | null;
  date_assigned: string | null;
  date_of_injury: string | null;
  ur_denial_date: string | null;
  application_received: string | null;
  priority: Priority | null;
}

type Field = keyof HeaderTable;
type ValueKind = 'date' | 'case' | 'priority';

const KIND_OF: Readonly<Record<Field, ValueKind>> = {
  case_number: 'case',
  decision_date: 'date',
  date_assigned: 'date',
  date_of_injury: 'date',
  ur_denial_date: 'date',
  application_received: 'date',
  priority: 'priority',
};

// One alternative per label, each its own group (groups 1-7), then the values.
// "Dated:" is the 2013 notice's decision date and needs its colon: case
// summaries are full of "progress note dated 6/23/15".
const LABELS: readonly (readonly [Field, string])[] = [
  ['case_number', String.raw`\b(?:IMR\s+|MAXIMUS\s+)?Case\s*(?:Number|No\.?|#)\s*:?`],
  ['ur_denial_date', String.raw`\b(?:UR\s+Denial\s+Date|Date\s+of\s+UR\s+Denial)\s*:?`],
  ['decision_date', String.raw`\b(?<!UR\s)(?:Decision\s+Date\s*:?|Dated\s*:)`],
  ['date_assigned', String.raw`\bDate\s+Assigned\s*:?`],
  ['date_of_injury', String.raw`\bDate\s+of\s+Injury\s*:`],
  // "Application Received:" on one line, or wrapped with the date between its words.
  ['application_received', String.raw`\b(?:Date\s+)?Application(?=\s+(?:Received\b|(?:\d{1,2}/\d{1,2}/\d{2,4})\s+Received\b))`],
  ['priority', String.raw`\bPriority\s*:`],
];
const RECEIVED = String.raw`\bReceived(?:\s+Date)?\s*:?`;
const CASE_VALUE = String.raw`\b${CASE_NUMBER_SOURCE}`;
const PRIORITY_VALUE = String.raw`\b(Standard|Expedited)\b`;

const LABEL_GROUPS = LABELS.length;
const TOKEN = new RegExp(
  [
    ...LABELS.map(([, source]) => `(${source})`),
    `(${RECEIVED})`,
    CASE_VALUE,
    PRIORITY_VALUE,
    `(?:${DATE_SOURCE})`,
  ].join('|'),
  'gi',
);
const RECEIVED_GROUP = LABEL_GROUPS + 1;
const CASE_GROUP = LABEL_GROUPS + 2;
const PRIORITY_GROUP = LABEL_GROUPS + 4;
const DATE_GROUP = LABEL_GROUPS + 5;

const FULL_DATE_LENGTH = 'YYYY-MM-DD'.length;

/** How far into a letter its header table may lie. */
const HEADER_WINDOW = 2_500;

type Token = { at: number; end: number } & ({ label: Field } | { kind: ValueKind; value: string } | { skip: true });

function tokenAt(m: RegExpExecArray, currentYear: number): Token | null {
  const at = m.index;
  const end = at + m[0].length;
  for (let g = 1; g <= LABEL_GROUPS; g++) {
    if (m[g] !== undefined) return { at, end, label: (LABELS[g - 1] as readonly [Field, string])[0] };
  }
  if (m[RECEIVED_GROUP] !== undefined) return { at, end, skip: true };
  if (m[CASE_GROUP] !== undefined) return { at, end, kind: 'case', value: caseNumber(m[CASE_GROUP], m[CASE_GROUP + 1] ?? '') };
  const priority = m[PRIORITY_GROUP];
  if (priority !== undefined) {
    return { at, end, kind: 'priority', value: priority.toLowerCase() === 'standard' ? 'Standard' : 'Expedited' };
  }
  // The table prints whole dates; a month alone ("10/2013") is something else's.
  const iso = isoFromMatch(m, DATE_GROUP, currentYear);
  return iso === null || iso.length !== FULL_DATE_LENGTH ? null : { at, end, kind: 'date', value: iso };
}

/** Only spaces (no line break) between two positions. */
function sameLine(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

const EMPTY: HeaderTable = {
  case_number: null,
  decision_date: null,
  date_assigned: null,
  date_of_injury: null,
  ur_denial_date: null,
  application_received: null,
  priority: null,
};

/** The header fields printed at the top of `text` (before `limit`), in either extraction shape. */
export function readHeaderTable(text: string, currentYear: number, limit = HEADER_WINDOW): HeaderTable {
  const region = text.length > limit ? text.slice(0, limit) : text;
  const found: HeaderTable = { ...EMPTY };
  const pending: Field[] = [];
  // The label just read, while its value may still follow on the same line.
  let open: { field: Field; end: number } | null = null;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(region); m !== null; m = TOKEN.exec(region)) {
    const token = tokenAt(m, currentYear);
    if (token === null) continue;
    if ('skip' in token) continue;
    if ('label' in token) {
      if (open !== null) pending.push(open.field);
      // A label printed twice (a repeated page header) is read once.
      open = found[token.label] === null && !pending.includes(token.label) ? { field: token.label, end: token.end } : null;
      continue;
    }
    if (open !== null && KIND_OF[open.field] === token.kind && sameLine(region, open.end, token.at)) {
      assign(found, open.field, token.value);
      open = null;
      continue;
    }
    if (open !== null) {
      pending.push(open.field);
      open = null;
    }
    const waiting = pending.findIndex((field) => KIND_OF[field] === token.kind);
    if (waiting < 0) continue;
    const [field] = pending.splice(waiting, 1);
    if (field !== undefined) assign(found, field, token.value);
  }
  return found;
}

function assign(into: HeaderTable, field: Field, value: string): void {
  if (into[field] !== null) return;
  if (field === 'priority') into.priority = value === 'Standard' ? 'Standard' : 'Expedited';
  else into[field] = value;
}
