// Letters packed into a few flat arrays for storage. Reading a batch of
// stored letter objects back costs the browser per object and per property
// (a large library is millions of small objects, then their garbage
// collection), while typed arrays and one long string per batch come back as
// little more than a copy. Records are rebuilt from the columns with plain
// object literals, which is much cheaper.
//
// Rationales, the bulk of the text, are packed apart so they can be stored
// and read apart: the table shows before they are in.
//
// A pack says how many columns its rows have (`letterWidths`). Columns are
// only ever added at the end of a row, so a pack written before a column
// existed still reads: the missing column gives its field's empty value (a
// letter stored by record version 1 has no priority, no subcategory...).
import type { Citation, Decision, LetterRecord } from '../domain/letter';
import type { StoredLetter } from './letter-store';

/** Every distinct string of a batch, end to end: string i is text.slice(ends[i - 1] ?? 0, ends[i]). */
export interface PackedStrings {
  text: string;
  ends: Uint32Array;
}

/** Columns per row of each array, as the pack was written. */
export interface PackWidths {
  letterInts: number;
  letterNumbers: number;
  decisionInts: number;
  decisionNumbers: number;
}

export interface PackedLetters {
  letterCount: number;
  decisionCount: number;
  strings: PackedStrings;
  /** Absent in packs written before record version 2: those have V1_WIDTHS. */
  widths?: PackWidths;
  /** Per letter: string indices (-1 for null), list positions and the decision count. */
  letterInts: Int32Array;
  /** Per letter; NaN stands for null. */
  letterNumbers: Float64Array;
  /** Per decision. */
  decisionInts: Int32Array;
  /** Per decision; NaN stands for null. */
  decisionNumbers: Float64Array;
  /** String lists: a length, then that many string indices. Fields hold the position of the length. */
  lists: Int32Array;
  /** Citation lists: a length, then CITATION_SIZE ints per citation. Absent before record version 2. */
  citations?: Int32Array;
}

/** One rationale per decision, in the order of PackedLetters' decisions. */
export type PackedRationales = PackedStrings;

// Columns of letterInts, per letter.
const L_STORED_ID = 0;
const L_FILE = 1;
const L_LETTER_ID = 2;
const L_LAYOUT = 3;
const L_CASE_NUMBER = 4;
const L_DECISION_DATE = 5;
const L_SPECIALTIES = 6;
const L_SUBSPECIALTIES = 7;
const L_LICENSE_STATES = 8;
const L_SEX = 9;
const L_DATE_OF_INJURY = 10;
const L_DECISIONS = 11;
// Record version 2.
const L_PRIORITY = 12;
const L_DATE_ASSIGNED = 13;
const L_APPLICATION_RECEIVED = 14;
const L_UR_DENIAL_DATE = 15;
const L_SIZE = 16;
// Columns of letterNumbers, per letter.
const LN_PARSER_VERSION = 0;
const LN_ADDED_AT = 1;
const LN_AGE = 2;
const LN_SIZE = 3;
// Columns of decisionInts, per decision.
const D_ITEM = 0;
const D_OUTCOME = 1;
const D_CATEGORY = 2;
const D_MEDICATION = 3;
const D_BRAND = 4;
const D_STRENGTH = 5;
const D_RELEASE = 6;
const D_DRUG_CLASS = 7;
const D_GUIDELINE_SOURCE = 8;
const D_SECTIONS = 9;
const D_PAGES = 10;
const D_CLAIMS_SOURCE = 11;
// Record version 2.
const D_SUBCATEGORY = 12;
const D_RETROSPECTIVE = 13;
const D_ORIGINAL_REQUEST = 14;
const D_AUTHORIZED = 15;
const D_CITATIONS = 16;
const D_CLAIMS_CITATIONS = 17;
// Parser version 3.
const D_REASONS = 18;
const D_SIZE = 19;
// Columns of decisionNumbers, per decision.
const DN_QUANTITY = 0;
const DN_DAYS_SUPPLY = 1;
const DN_MED_MG_PER_DAY = 2;
const DN_SIZE = 3;
// One citation in `citations`: string indices, a list position, and 0/1.
const C_SOURCE = 0;
const C_DOCUMENT = 1;
const C_SECTIONS = 2;
const C_PAGES = 3;
const C_MTUS = 4;
const CITATION_SIZE = 5;

const WIDTHS: PackWidths = { letterInts: L_SIZE, letterNumbers: LN_SIZE, decisionInts: D_SIZE, decisionNumbers: DN_SIZE };
/** The widths of packs written by record version 1 (schema 3), which did not record them. */
export const V1_WIDTHS: PackWidths = { letterInts: 12, letterNumbers: 3, decisionInts: 12, decisionNumbers: 3 };

class StringTable {
  private readonly index = new Map<string, number>();
  private readonly parts: string[] = [];

  of(value: string | null): number {
    if (value === null) return -1;
    let i = this.index.get(value);
    if (i === undefined) {
      i = this.parts.length;
      this.index.set(value, i);
      this.parts.push(value);
    }
    return i;
  }

  pack(): PackedStrings {
    const ends = new Uint32Array(this.parts.length);
    let end = 0;
    this.parts.forEach((part, i) => {
      end += part.length;
      ends[i] = end;
    });
    return { text: this.parts.join(''), ends };
  }
}

/** Int lists kept once each: a length then the values; a field holds the list's position. */
class ListTable {
  private readonly at = new Map<string, number>();
  readonly values: number[] = [];

  of(items: readonly number[], stride = 1): number {
    const key = items.join(',');
    let at = this.at.get(key);
    if (at === undefined) {
      at = this.values.length;
      this.at.set(key, at);
      this.values.push(items.length / stride, ...items);
    }
    return at;
  }
}

export function unpackStrings({ text, ends }: PackedStrings): string[] {
  const strings = new Array<string>(ends.length);
  let start = 0;
  for (let i = 0; i < ends.length; i++) {
    const end = ends[i] as number;
    strings[i] = text.slice(start, end);
    start = end;
  }
  return strings;
}

export function packRationales(letters: readonly StoredLetter[]): PackedRationales {
  const ends: number[] = [];
  const parts: string[] = [];
  let end = 0;
  for (const letter of letters) {
    for (const decision of letter.record.decisions) {
      parts.push(decision.rationale);
      end += decision.rationale.length;
      ends.push(end);
    }
  }
  return { text: parts.join(''), ends: Uint32Array.from(ends) };
}

export function packLetters(letters: readonly StoredLetter[]): PackedLetters {
  const strings = new StringTable();
  const lists = new ListTable();
  const citationLists = new ListTable();
  const list = (values: readonly string[]): number => lists.of(values.map((v) => strings.of(v)));
  const citations = (cited: readonly Citation[]): number =>
    citationLists.of(
      cited.flatMap((c) => [strings.of(c.source), strings.of(c.document), list(c.sections), strings.of(c.pages), c.mtus ? 1 : 0]),
      CITATION_SIZE,
    );
  const num = (value: number | null) => (value === null ? NaN : value);

  const decisionCount = letters.reduce((n, l) => n + l.record.decisions.length, 0);
  const letterInts = new Int32Array(letters.length * L_SIZE);
  const letterNumbers = new Float64Array(letters.length * LN_SIZE);
  const decisionInts = new Int32Array(decisionCount * D_SIZE);
  const decisionNumbers = new Float64Array(decisionCount * DN_SIZE);
  let d = 0;
  letters.forEach((letter, i) => {
    const r = letter.record;
    const li = i * L_SIZE;
    letterInts[li + L_STORED_ID] = strings.of(letter.letter_id);
    letterInts[li + L_FILE] = strings.of(r.file);
    letterInts[li + L_LETTER_ID] = strings.of(r.letter_id);
    letterInts[li + L_LAYOUT] = strings.of(r.layout);
    letterInts[li + L_CASE_NUMBER] = strings.of(r.case_number);
    letterInts[li + L_DECISION_DATE] = strings.of(r.decision_date);
    letterInts[li + L_SPECIALTIES] = list(r.reviewer.specialties);
    letterInts[li + L_SUBSPECIALTIES] = list(r.reviewer.subspecialties);
    letterInts[li + L_LICENSE_STATES] = list(r.reviewer.license_states);
    letterInts[li + L_SEX] = strings.of(r.patient.sex);
    letterInts[li + L_DATE_OF_INJURY] = strings.of(r.date_of_injury);
    letterInts[li + L_DECISIONS] = r.decisions.length;
    letterInts[li + L_PRIORITY] = strings.of(r.priority);
    letterInts[li + L_DATE_ASSIGNED] = strings.of(r.date_assigned);
    letterInts[li + L_APPLICATION_RECEIVED] = strings.of(r.application_received);
    letterInts[li + L_UR_DENIAL_DATE] = strings.of(r.ur_denial_date);
    const ln = i * LN_SIZE;
    letterNumbers[ln + LN_PARSER_VERSION] = letter.parser_version;
    letterNumbers[ln + LN_ADDED_AT] = letter.added_at;
    letterNumbers[ln + LN_AGE] = num(r.patient.age);
    for (const decision of r.decisions) {
      const di = d * D_SIZE;
      decisionInts[di + D_ITEM] = strings.of(decision.item);
      decisionInts[di + D_OUTCOME] = strings.of(decision.outcome);
      decisionInts[di + D_CATEGORY] = strings.of(decision.category);
      decisionInts[di + D_MEDICATION] = strings.of(decision.medication);
      decisionInts[di + D_BRAND] = strings.of(decision.brand);
      decisionInts[di + D_STRENGTH] = strings.of(decision.strength);
      decisionInts[di + D_RELEASE] = strings.of(decision.release);
      decisionInts[di + D_DRUG_CLASS] = strings.of(decision.drug_class);
      decisionInts[di + D_GUIDELINE_SOURCE] = strings.of(decision.guideline.source);
      decisionInts[di + D_SECTIONS] = list(decision.guideline.sections);
      decisionInts[di + D_PAGES] = strings.of(decision.guideline.pages);
      decisionInts[di + D_CLAIMS_SOURCE] = strings.of(decision.claims_admin_guideline.source);
      decisionInts[di + D_SUBCATEGORY] = strings.of(decision.subcategory);
      decisionInts[di + D_RETROSPECTIVE] = decision.retrospective ? 1 : 0;
      decisionInts[di + D_ORIGINAL_REQUEST] = strings.of(decision.original_request);
      decisionInts[di + D_AUTHORIZED] = strings.of(decision.authorized);
      decisionInts[di + D_CITATIONS] = citations(decision.guideline.citations);
      decisionInts[di + D_CLAIMS_CITATIONS] = citations(decision.claims_admin_guideline.citations);
      decisionInts[di + D_REASONS] = list(decision.reasons);
      const dn = d * DN_SIZE;
      decisionNumbers[dn + DN_QUANTITY] = num(decision.quantity);
      decisionNumbers[dn + DN_DAYS_SUPPLY] = num(decision.days_supply);
      decisionNumbers[dn + DN_MED_MG_PER_DAY] = num(decision.med_mg_per_day);
      d++;
    }
  });
  return {
    letterCount: letters.length,
    decisionCount,
    strings: strings.pack(),
    widths: WIDTHS,
    letterInts,
    letterNumbers,
    decisionInts,
    decisionNumbers,
    lists: Int32Array.from(lists.values),
    citations: Int32Array.from(citationLists.values),
  };
}

/** Frozen values kept under a pair of numbers (whole numbers below 2^53, but for an age). */
class Shared<T extends object> {
  private readonly byKey = new Map<number, Map<number, T>>();

  get(first: number, second: number): T | undefined {
    return this.byKey.get(first)?.get(second);
  }

  put(first: number, second: number, value: T): T {
    let inner = this.byKey.get(first);
    if (inner === undefined) this.byKey.set(first, (inner = new Map()));
    const frozen = Object.freeze(value);
    inner.set(second, frozen);
    return frozen;
  }
}

/**
 * The stored letters of a packed batch, as they were packed, but every
 * rationale '': they are stored apart, read after the table shows, and put in
 * by setRationales.
 */
export function unpackLetters(packed: PackedLetters): StoredLetter[] {
  const strings = unpackStrings(packed.strings);
  const { letterInts, letterNumbers, decisionInts, decisionNumbers, lists } = packed;
  const widths = packed.widths ?? V1_WIDTHS;
  const citationLists = packed.citations ?? new Int32Array(0);
  // The casts are the packer's promise: each index was made from a value of that field's type.
  const str = (i: number) => (i < 0 ? null : (strings[i] as string));
  // The packer keeps each distinct list once; unpacked, it is one array again, shared by
  // every record of the batch that has it, and frozen so that none can change another's.
  // A batch holds a few hundred distinct lists against ~13 lists per decision: one array
  // per list made most of a reload's objects (and of its garbage collection).
  const listsAt = new Map<number, string[]>();
  const list = (at: number): string[] => {
    let values = listsAt.get(at);
    if (values === undefined) {
      const n = lists[at] as number;
      values = new Array<string>(n);
      for (let k = 0; k < n; k++) values[k] = strings[lists[at + 1 + k] as number] as string;
      // Frozen, the type's mutable array is a promise kept by throwing (records are never changed once read).
      listsAt.set(at, (values = Object.freeze(values) as string[]));
    }
    return values;
  };
  const citationsAt = new Map<number, Citation[]>();
  const citations = (at: number): Citation[] => {
    let out = citationsAt.get(at);
    if (out !== undefined) return out;
    const n = at < 0 ? 0 : ((citationLists[at] as number | undefined) ?? 0);
    out = new Array<Citation>(n);
    for (let k = 0; k < n; k++) {
      const c = at + 1 + k * CITATION_SIZE;
      out[k] = Object.freeze({
        source: str(citationLists[c + C_SOURCE] as number) as Citation['source'],
        document: str(citationLists[c + C_DOCUMENT] as number) ?? '',
        sections: list(citationLists[c + C_SECTIONS] as number),
        pages: str(citationLists[c + C_PAGES] as number),
        mtus: citationLists[c + C_MTUS] === 1,
      });
    }
    citationsAt.set(at, (out = Object.freeze(out) as Citation[]));
    return out;
  };
  const num = (value: number) => (Number.isNaN(value) ? null : value);
  const reasons = (at: number) => (at < 0 ? [] : (list(at) as Decision['reasons']));
  // The small objects inside a record (a decision's guidelines, a letter's
  // reviewer and patient) repeat across a batch as its lists do: each is made
  // once per batch from the columns it is made of, frozen and shared, like the
  // lists. They were 4 of the 8 objects a one-decision letter unpacked into,
  // every one of them kept, so copied by each young-generation collection of a reload.
  const strideS = strings.length + 1;
  const strideL = lists.length + 1;
  const strideC = citationLists.length + 1;
  const guidelines = new Shared<Decision['guideline']>();
  const claimsGuidelines = new Shared<Decision['claims_admin_guideline']>();
  const reviewers = new Shared<LetterRecord['reviewer']>();
  const patients = new Shared<LetterRecord['patient']>();
  // No closure per call to make a value: made per decision, they doubled the young generation's collections.
  const guideline = (source: number, sections: number, pages: number, cited: number) => {
    const first = (source + 1) * strideS + pages + 1;
    const second = (sections + 1) * strideC + cited + 1;
    return (
      guidelines.get(first, second) ??
      guidelines.put(first, second, {
        source: str(source) as Decision['guideline']['source'],
        sections: list(sections),
        pages: str(pages),
        citations: citations(cited),
      })
    );
  };
  const claimsGuideline = (source: number, cited: number) =>
    claimsGuidelines.get(source + 1, cited + 1) ??
    claimsGuidelines.put(source + 1, cited + 1, {
      source: str(source) as Decision['guideline']['source'],
      citations: citations(cited),
    });
  const reviewer = (specialties: number, subspecialties: number, states: number) => {
    const first = (specialties + 1) * strideL + subspecialties + 1;
    return (
      reviewers.get(first, states + 1) ??
      reviewers.put(first, states + 1, {
        specialties: list(specialties),
        subspecialties: list(subspecialties),
        license_states: list(states),
      })
    );
  };
  // The age itself is the key: a Map tells NaN (no age) from every number.
  const patient = (age: number, sex: number) =>
    patients.get(age, sex + 1) ?? patients.put(age, sex + 1, { age: num(age), sex: str(sex) as LetterRecord['patient']['sex'] });
  // A column the pack does not have (written before it existed) reads as absent.
  const letterInt = (li: number, column: number) => (column < widths.letterInts ? (letterInts[li + column] as number) : -1);
  const decisionInt = (di: number, column: number) =>
    column < widths.decisionInts ? (decisionInts[di + column] as number) : -1;

  const letters = new Array<StoredLetter>(packed.letterCount);
  let d = 0;
  for (let i = 0; i < packed.letterCount; i++) {
    const li = i * widths.letterInts;
    const ln = i * widths.letterNumbers;
    const decisionTotal = letterInts[li + L_DECISIONS] as number;
    const decisions = new Array<Decision>(decisionTotal);
    for (let k = 0; k < decisionTotal; k++, d++) {
      const di = d * widths.decisionInts;
      const dn = d * widths.decisionNumbers;
      decisions[k] = {
        item: strings[decisionInts[di + D_ITEM] as number] as string,
        outcome: strings[decisionInts[di + D_OUTCOME] as number] as Decision['outcome'],
        category: strings[decisionInts[di + D_CATEGORY] as number] as Decision['category'],
        subcategory: str(decisionInt(di, D_SUBCATEGORY)) as Decision['subcategory'],
        medication: str(decisionInts[di + D_MEDICATION] as number),
        brand: str(decisionInts[di + D_BRAND] as number),
        strength: str(decisionInts[di + D_STRENGTH] as number),
        release: str(decisionInts[di + D_RELEASE] as number) as Decision['release'],
        quantity: num(decisionNumbers[dn + DN_QUANTITY] as number),
        days_supply: num(decisionNumbers[dn + DN_DAYS_SUPPLY] as number),
        drug_class: str(decisionInts[di + D_DRUG_CLASS] as number) as Decision['drug_class'],
        retrospective: decisionInt(di, D_RETROSPECTIVE) === 1,
        original_request: str(decisionInt(di, D_ORIGINAL_REQUEST)),
        authorized: str(decisionInt(di, D_AUTHORIZED)),
        guideline: guideline(
          decisionInts[di + D_GUIDELINE_SOURCE] as number,
          decisionInts[di + D_SECTIONS] as number,
          decisionInts[di + D_PAGES] as number,
          decisionInt(di, D_CITATIONS),
        ),
        claims_admin_guideline: claimsGuideline(decisionInts[di + D_CLAIMS_SOURCE] as number, decisionInt(di, D_CLAIMS_CITATIONS)),
        rationale: '',
        med_mg_per_day: num(decisionNumbers[dn + DN_MED_MG_PER_DAY] as number),
        reasons: reasons(decisionInt(di, D_REASONS)),
      };
    }
    const record: LetterRecord = {
      file: strings[letterInts[li + L_FILE] as number] as string,
      letter_id: strings[letterInts[li + L_LETTER_ID] as number] as string,
      layout: strings[letterInts[li + L_LAYOUT] as number] as LetterRecord['layout'],
      case_number: str(letterInts[li + L_CASE_NUMBER] as number),
      decision_date: str(letterInts[li + L_DECISION_DATE] as number),
      priority: str(letterInt(li, L_PRIORITY)) as LetterRecord['priority'],
      date_assigned: str(letterInt(li, L_DATE_ASSIGNED)),
      application_received: str(letterInt(li, L_APPLICATION_RECEIVED)),
      ur_denial_date: str(letterInt(li, L_UR_DENIAL_DATE)),
      reviewer: reviewer(
        letterInts[li + L_SPECIALTIES] as number,
        letterInts[li + L_SUBSPECIALTIES] as number,
        letterInts[li + L_LICENSE_STATES] as number,
      ),
      patient: patient(letterNumbers[ln + LN_AGE] as number, letterInts[li + L_SEX] as number),
      date_of_injury: str(letterInts[li + L_DATE_OF_INJURY] as number),
      decisions,
    };
    letters[i] = {
      letter_id: strings[letterInts[li + L_STORED_ID] as number] as string,
      record,
      parser_version: letterNumbers[ln + LN_PARSER_VERSION] as number,
      added_at: letterNumbers[ln + LN_ADDED_AT] as number,
    };
  }
  return letters;
}

/**
 * Puts a batch's rationales, read after its letters, into the decisions
 * unpacked from it, in place: the rows already on screen hold those decision
 * objects, so they need no rebuilding (the search text does; see DecisionSet).
 */
export function setRationales(letters: readonly StoredLetter[], rationales: PackedRationales): void {
  const decisions = letters.reduce((n, letter) => n + letter.record.decisions.length, 0);
  if (decisions !== rationales.ends.length) {
    throw new Error(`a stored batch has ${rationales.ends.length} rationales for ${decisions} decisions`);
  }
  const texts = unpackStrings(rationales);
  let d = 0;
  for (const letter of letters) {
    for (const decision of letter.record.decisions) decision.rationale = texts[d++] as string;
  }
}
