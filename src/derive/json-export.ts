// The JSON export: the same LetterRecord array the command line prints, and
// a strict reader for it, so an exported file can be loaded back. The reader
// trusts nothing: every field is checked against the LetterRecord contract.
// Keys the contract does not name are dropped rather than refused, so a file
// exported by a later version that adds a field still loads.
import {
  CATEGORIES,
  DRUG_CLASSES,
  GUIDELINE_SOURCES,
  LAYOUTS,
  OUTCOMES,
  type Decision,
  type Guideline,
  type LetterRecord,
} from '../domain/letter';

export function recordsToJson(records: readonly LetterRecord[]): string {
  return `${JSON.stringify(records, null, 2)}\n`;
}

export type RecordsJsonResult = { ok: true; records: LetterRecord[] } | { ok: false; error: string };

export function parseRecordsJson(text: string): RecordsJsonResult {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, error: 'not JSON: the file could not be read as JSON' };
  }
  if (!Array.isArray(data)) return { ok: false, error: 'expected a JSON array of letter records' };
  const records: LetterRecord[] = [];
  for (const [i, item] of data.entries()) {
    const checked = readRecord(new Reader(item, `record ${i + 1}`));
    if (!checked.ok) return checked;
    records.push(checked.value);
  }
  return { ok: true, records };
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
const CASE_NUMBER = /^CM\d{2}-\d{7}$/;
const LETTER_ID = /^[0-9a-f]{16}$/;

function readRecord(r: Reader): Checked<LetterRecord> {
  try {
    const letterId = r.field('letter_id').string();
    if (!LETTER_ID.test(letterId)) r.field('letter_id').fail('16 lower-case hex digits');
    const reviewer = r.field('reviewer');
    const patient = r.field('patient');
    const value: LetterRecord = {
      file: r.field('file').string(),
      letter_id: letterId,
      layout: r.field('layout').oneOf(LAYOUTS),
      case_number: r.field('case_number').stringOrNull(CASE_NUMBER, 'a case number like CM15-0123456'),
      decision_date: r.field('decision_date').stringOrNull(ISO_DATE, 'an ISO date'),
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
    return { ok: true, value };
  } catch (e) {
    if (e instanceof Invalid) return { ok: false, error: e.message };
    throw e;
  }
}

function readDecision(d: Reader): Decision {
  return {
    item: d.field('item').string(),
    outcome: d.field('outcome').oneOf(OUTCOMES),
    category: d.field('category').oneOf(CATEGORIES),
    medication: d.field('medication').stringOrNull(),
    brand: d.field('brand').stringOrNull(),
    strength: d.field('strength').stringOrNull(),
    release: d.field('release').oneOfOrNull(['ER', 'IR'] as const),
    quantity: d.field('quantity').intOrNull(),
    days_supply: d.field('days_supply').intOrNull(),
    drug_class: d.field('drug_class').oneOfOrNull(DRUG_CLASSES),
    guideline: readGuideline(d.field('guideline')),
    claims_admin_guideline: { source: d.field('claims_admin_guideline').field('source').oneOfOrNull(GUIDELINE_SOURCES) },
    rationale: d.field('rationale').string(),
    med_mg_per_day: d.field('med_mg_per_day').numberOrNull(),
  };
}

function readGuideline(g: Reader): Guideline {
  return {
    source: g.field('source').oneOfOrNull(GUIDELINE_SOURCES),
    sections: g.field('sections').array((x) => x.string()),
    pages: g.field('pages').stringOrNull(),
  };
}
