// The JSON export: the same LetterRecord array the command line prints, and
// a strict reader for it, so an exported file can be loaded back. An export
// "with letter texts" adds each letter's kept text under `letter_text`, after
// the record's own keys, so a whole library moves to another browser. The reader
// trusts nothing: every field is checked against the LetterRecord contract.
// Keys the contract does not name are dropped rather than refused, so a file
// exported by a later version that adds a field still loads; a file exported
// before record version 2 loads too, its letters marked as version 1 and the
// fields it lacks empty.
import { CASE_NUMBER, LETTER_ID } from '../domain/identifiers';
import {
  ALL_SUBCATEGORIES,
  CATEGORIES,
  DRUG_CLASSES,
  GUIDELINE_SOURCES,
  LAYOUTS,
  OUTCOMES,
  REASON_TAGS,
  PRIORITIES,
  type Citation,
  type Decision,
  type FileOutcome,
  type Guideline,
  type LetterRecord,
} from '../domain/letter';

/** The records as JSON; with `texts`, each letter that has one carries it as `letter_text`. */
export function recordsToJson(records: readonly LetterRecord[], texts?: ReadonlyMap<string, string>): string {
  const items = texts === undefined ? records : records.map((record) => withText(record, texts.get(record.letter_id)));
  return `${JSON.stringify(items, null, 2)}\n`;
}

function withText(record: LetterRecord, text: string | undefined): LetterRecord | (LetterRecord & { letter_text: string }) {
  return text === undefined ? record : { ...record, letter_text: text };
}

/** The record version a letter of the file was written with: 1 lacks the version 2 fields. */
export type RecordVersion = 1 | 2;

/**
 * A record read from a JSON export or the command line's NDJSON, as the
 * ingest takes it. A record exported before record version 2 was read by
 * parser version 1, one without reason tags by version 2: it is stored as
 * such, so the page counts it among the letters to re-read. A letter exported
 * with its text has it kept again here. `parserVersion` is the current one.
 */
export function outcomeOfRecord({ record, version, text, withReasons }: ReadRecord, parserVersion: number): FileOutcome {
  return {
    file: record.file,
    ok: true,
    record,
    parserVersion: version === 1 ? 1 : withReasons ? parserVersion : 2,
    ...(text === null ? {} : { text }),
  };
}

export interface ReadRecord {
  record: LetterRecord;
  version: RecordVersion;
  /** The letter's text, when the file was exported with letter texts. */
  text: string | null;
  /** Every decision came with its reason tags (written by parser version 3 or later). */
  withReasons: boolean;
}

/** Why a file could not be read: not JSON or not a list of records at all, or a record that breaks the contract. */
export type RecordsJsonErrorKind = 'not-records' | 'damaged-record';

export type RecordsJsonResult =
  | { ok: true; records: ReadRecord[] }
  | { ok: false; kind: RecordsJsonErrorKind; error: string };

export function parseRecordsJson(text: string): RecordsJsonResult {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, kind: 'not-records', error: 'not JSON: the file could not be read as JSON' };
  }
  if (!Array.isArray(data)) return { ok: false, kind: 'not-records', error: 'expected a JSON array of letter records' };
  const records: ReadRecord[] = [];
  for (const [i, item] of data.entries()) {
    const checked = readRecord(new Reader(item, `record ${i + 1}`));
    if (!checked.ok) return { ok: false, kind: 'damaged-record', error: checked.error };
    records.push(checked.value);
  }
  return { ok: true, records };
}

/**
 * One record given as a value already parsed from JSON (a line of the command
 * line's NDJSON), checked as strictly as an export's; `where` names it in a
 * complaint ("line 12").
 */
export function readRecordValue(value: unknown, where: string): Checked<ReadRecord> {
  return readRecord(new Reader(value, where));
}

type Checked<T> = { ok: true; value: T } | { ok: false; error: string };

class Invalid extends Error {}

// Walks one value, naming the path in its complaint ("record 3: decisions[0].outcome ...").
class Reader {
  constructor(
    private readonly value: unknown,
    private readonly path: string,
  ) {}

  fail(expected: string): never {
    throw new Invalid(`${this.path} must be ${expected}`);
  }

  /** Whether the object has this key at all (a version 1 record lacks the version 2 keys). */
  has(name: string): boolean {
    const v = this.value;
    return typeof v === 'object' && v !== null && !Array.isArray(v) && Object.hasOwn(v, name);
  }

  /** The field's reader, or null when a version 1 record does not have it. */
  optional(name: string): Reader | null {
    return this.has(name) ? this.field(name) : null;
  }

  field(name: string): Reader {
    const v = this.value;
    if (typeof v !== 'object' || v === null || Array.isArray(v)) this.fail('an object');
    const sep = this.path.includes(': ') ? '.' : ': ';
    const own: unknown = Object.hasOwn(v, name) ? Reflect.get(v, name) : undefined;
    return new Reader(own, `${this.path}${sep}${name}`);
  }

  string(): string {
    return typeof this.value === 'string' ? this.value : this.fail('a string');
  }

  stringOrNull(pattern?: RegExp, shape = 'a string'): string | null {
    if (this.value === null) return null;
    if (typeof this.value !== 'string' || (pattern && !pattern.test(this.value))) this.fail(`${shape} or null`);
    return this.value;
  }

  boolean(): boolean {
    return typeof this.value === 'boolean' ? this.value : this.fail('true or false');
  }

  intOrNull(): number | null {
    if (this.value === null) return null;
    return Number.isInteger(this.value) && typeof this.value === 'number' ? this.value : this.fail('an integer or null');
  }

  numberOrNull(): number | null {
    if (this.value === null) return null;
    return typeof this.value === 'number' && Number.isFinite(this.value) ? this.value : this.fail('a number or null');
  }

  oneOf<T extends string>(allowed: readonly T[]): T {
    return allowed.find((a) => a === this.value) ?? this.fail(`one of ${allowed.join(', ')}`);
  }

  oneOfOrNull<T extends string>(allowed: readonly T[]): T | null {
    if (this.value === null) return null;
    return allowed.find((a) => a === this.value) ?? this.fail(`one of ${allowed.join(', ')} or null`);
  }

  array<T>(read: (item: Reader) => T): T[] {
    if (!Array.isArray(this.value)) this.fail('an array');
    const items: readonly unknown[] = this.value;
    return items.map((item, i) => read(new Reader(item, `${this.path}[${i}]`)));
  }
}

const ISO_DATE = /^\d{4}-\d{2}(-\d{2})?$/;

// Keys record version 2 added to a letter; a record without them is version 1.
const VERSION_2_KEYS = ['priority', 'date_assigned', 'application_received', 'ur_denial_date'] as const;

function readRecord(r: Reader): Checked<ReadRecord> {
  try {
    const letterId = r.field('letter_id').string();
    if (!LETTER_ID.pattern.test(letterId)) r.field('letter_id').fail(LETTER_ID.description);
    const reviewer = r.field('reviewer');
    const patient = r.field('patient');
    const date = (name: string) => r.optional(name)?.stringOrNull(ISO_DATE, 'an ISO date') ?? null;
    const record: LetterRecord = {
      file: r.field('file').string(),
      letter_id: letterId,
      layout: r.field('layout').oneOf(LAYOUTS),
      case_number: r.field('case_number').stringOrNull(CASE_NUMBER.pattern, CASE_NUMBER.description),
      decision_date: r.field('decision_date').stringOrNull(ISO_DATE, 'an ISO date'),
      priority: r.optional('priority')?.oneOfOrNull(PRIORITIES) ?? null,
      date_assigned: date('date_assigned'),
      application_received: date('application_received'),
      ur_denial_date: date('ur_denial_date'),
      reviewer: {
        specialties: reviewer.field('specialties').array((x) => x.string()),
        subspecialties: reviewer.field('subspecialties').array((x) => x.string()),
        license_states: reviewer.field('license_states').array((x) => x.string()),
      },
      patient: {
        age: patient.field('age').intOrNull(),
        sex: patient.field('sex').oneOfOrNull(['F', 'M'] as const),
      },
      date_of_injury: r.field('date_of_injury').stringOrNull(ISO_DATE, 'an ISO date'),
      decisions: r.field('decisions').array(readDecision),
    };
    const withReasons = r.field('decisions').array((d) => d.has('reasons')).every(Boolean);
    const version = VERSION_2_KEYS.every((key) => r.has(key)) ? 2 : 1;
    return { ok: true, value: { record, version, text: r.optional('letter_text')?.string() ?? null, withReasons } };
  } catch (e) {
    if (e instanceof Invalid) return { ok: false, error: e.message };
    throw e;
  }
}

function readDecision(d: Reader): Decision {
  const claims = d.field('claims_admin_guideline');
  return {
    item: d.field('item').string(),
    outcome: d.field('outcome').oneOf(OUTCOMES),
    category: d.field('category').oneOf(CATEGORIES),
    subcategory: d.optional('subcategory')?.oneOfOrNull(ALL_SUBCATEGORIES) ?? null,
    medication: d.field('medication').stringOrNull(),
    brand: d.field('brand').stringOrNull(),
    strength: d.field('strength').stringOrNull(),
    release: d.field('release').oneOfOrNull(['ER', 'IR'] as const),
    quantity: d.field('quantity').intOrNull(),
    days_supply: d.field('days_supply').intOrNull(),
    drug_class: d.field('drug_class').oneOfOrNull(DRUG_CLASSES),
    retrospective: d.optional('retrospective')?.boolean() ?? false,
    original_request: d.optional('original_request')?.stringOrNull() ?? null,
    authorized: d.optional('authorized')?.stringOrNull() ?? null,
    guideline: readGuideline(d.field('guideline')),
    claims_admin_guideline: {
      source: claims.field('source').oneOfOrNull(GUIDELINE_SOURCES),
      citations: readCitations(claims),
    },
    rationale: d.field('rationale').string(),
    med_mg_per_day: d.field('med_mg_per_day').numberOrNull(),
    // Written before parser version 3: no reasons were read (the letter counts as an older reading).
    reasons: d.optional('reasons')?.array((x) => x.oneOf(REASON_TAGS)) ?? [],
  };
}

function readGuideline(g: Reader): Guideline {
  return {
    source: g.field('source').oneOfOrNull(GUIDELINE_SOURCES),
    sections: g.field('sections').array((x) => x.string()),
    pages: g.field('pages').stringOrNull(),
    citations: readCitations(g),
  };
}

function readCitations(g: Reader): Citation[] {
  return (
    g.optional('citations')?.array((c) => ({
      source: c.field('source').oneOfOrNull(GUIDELINE_SOURCES),
      document: c.field('document').string(),
      sections: c.field('sections').array((x) => x.string()),
      pages: c.field('pages').stringOrNull(),
      mtus: c.field('mtus').boolean(),
    })) ?? []
  );
}
