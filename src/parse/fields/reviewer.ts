// The expert reviewer's credentials, in either shape the letters use:
//   prose: "Board Certified in Anesthesiology, has a subspecialty in Pain
//           Medicine and is licensed to practice in Texas and Florida"
//   list:  "State(s) of Licensure: California"
//          "Certification(s)/Specialty: Preventive Medicine, Occupational Medicine"
// plus the professions named instead of a board ("a licensed Chiropractor").
// Callers pass only the part of the letter that describes the reviewer.

import type { Reviewer } from '../../domain/letter';
import { PROFESSION_SPECIALTIES } from '../data/specialties';
import { STATE_ALIASES, STATE_CODES } from '../data/states';
import { matchesIn, phraseKey, trieSource } from '../text/regex';
import { splitSpecialties } from './specialty-list';

const BOARD_CERTIFIED = /\bBoard[\s-]+Certified\s+(?:in|by\s+the\s+American\s+Board\s+of)\s+/gi;
const SUBSPECIALTY = /\bsub-?specialt(?:y|ies)\s+(?:in|of)\s+|\bSub-?specialt(?:y|ies)\s*:\s*/gi;
const CERTIFICATION_LIST =
  /\bCertifications?\s*(?:\(\s*s\s*\))?\s*\/\s*Specialt(?:y|ies)\s*(?:\(\s*(?:ies|s)\s*\))?\s*:\s*|\b(?:Board\s+)?Certifications?\s*(?:\(\s*s\s*\))?\s*:\s*|\bSpecialt(?:y|ies)\s*:\s*/gi;
// "State(s) of Licensure:" is found by its last word: the value after it is the
// same, and only the order of labels counts, which nothing between the words
// can change. A literal start lets the regex engine skip ahead to it.
const LICENSURE_LIST = /\bLicensure\s*:\s*/gi;
const LICENSED_PROSE =
  /\blicensed\s+to\s+practice(?:\s+(?:medicine|chiropractic|acupuncture|psychology|physical\s+therapy|podiatry|dentistry))?\s+in\s+(?:the\s+(?:states?|commonwealth)\s+of\s+)?|\blicensed\s+in\s+(?:the\s+states?\s+of\s+)?/gi;

// Where a prose credential ends: the next clause ("..., has a subspecialty",
// "and is licensed") or the sentence end.
const PROSE_SPECIALTY_END =
  /,?\s+(?:and\s+)?(?:has|have|is|was|who|with|he|she|holds|licensed|currently)\b|,\s*(?:and\s+)?(?:a\s+)?sub-?specialt|[.;:]/i;
const SUBSPECIALTY_END = /,?\s+and\s+(?:is|has|was|he|she)\b|,\s*(?:is|has|was|and\s+is|he|she)\b|[.;:]/i;
const SENTENCE_END = /[.;:](?=\s|$)|\n(?=[^\n]{0,60}:)/;
// A list value is the rest of its line, plus the next line when this one
// visibly continues ("Public Health &" / "General Preventive Medicine") or
// the next line is only the end of a name ("Pain Management, Occupational" /
// "Medicine": a few capitalised words alone on their line).
const LIST_LINE =
  /^[^\n]*(?:[,&/-]|\band)\s*\n[^\n]*|^[^\n]*\n(?=[A-Z][a-z]+(?: (?:&|and|of|[A-Z][a-z]+)){0,3}\s*(?:\n|$))[^\n]*|^[^\n]*/;

const PROFESSION = new RegExp(
  String.raw`\b(?:is\s+an?\s+(?:licensed\s+)?|licensed\s+)(${trieSource(Object.keys(PROFESSION_SPECIALTIES), true)})s?\b`,
  'gi',
);
const PROFESSION_BY_KEY = new Map<string, string>(
  Object.entries(PROFESSION_SPECIALTIES).map(([name, specialty]) => [phraseKey(name), specialty]),
);

const STATE_BY_KEY = new Map<string, string>(
  [...Object.entries(STATE_CODES), ...Object.entries(STATE_ALIASES)].map(([name, code]) => [phraseKey(name), code]),
);
const STATE_NAME = new RegExp(String.raw`\b(?:${trieSource([...STATE_BY_KEY.keys()], true)})(?![A-Za-z])`, 'gi');
const VALID_CODES = new Set<string>(Object.values(STATE_CODES));
const STATE_CODE = /\b[A-Z]{2}\b/g;

interface Found {
  at: number;
  names: string[];
}

/** For each match of `label`, the text after it up to `end` (or the region end). */
function valuesAfter(region: string, label: RegExp, end: RegExp | 'list'): { at: number; value: string }[] {
  const values: { at: number; value: string }[] = [];
  label.lastIndex = 0;
  for (const m of matchesIn(label, region)) {
    const rest = region.slice(m.index + m[0].length, m.index + m[0].length + 300);
    let value: string;
    if (end === 'list') {
      const line = LIST_LINE.exec(rest)?.[0] ?? '';
      const stop = SENTENCE_END.exec(line);
      value = stop === null ? line : line.slice(0, stop.index);
    } else {
      const stop = end.exec(rest);
      value = stop === null ? rest : rest.slice(0, stop.index);
    }
    values.push({ at: m.index, value });
  }
  return values;
}

function inOrder(found: Found[]): string[] {
  const out: string[] = [];
  for (const f of found.sort((a, b) => a.at - b.at)) {
    for (const name of f.names) if (!out.includes(name)) out.push(name);
  }
  return out;
}

function specialties(region: string): string[] {
  const found: Found[] = [
    ...valuesAfter(region, BOARD_CERTIFIED, PROSE_SPECIALTY_END),
    ...valuesAfter(region, CERTIFICATION_LIST, 'list'),
  ].map(({ at, value }) => ({ at, names: splitSpecialties(value) }));
  PROFESSION.lastIndex = 0;
  for (const m of matchesIn(PROFESSION, region)) {
    const specialty = PROFESSION_BY_KEY.get(phraseKey(m[1] ?? ''));
    if (specialty !== undefined) found.push({ at: m.index, names: [specialty] });
  }
  return inOrder(found);
}

function subspecialties(region: string): string[] {
  return inOrder(
    valuesAfter(region, SUBSPECIALTY, SUBSPECIALTY_END).map(({ at, value }) => ({ at, names: splitSpecialties(value) })),
  );
}

function statesIn(value: string, allowCodes: boolean): string[] {
  const codes: string[] = [];
  STATE_NAME.lastIndex = 0;
  for (const m of matchesIn(STATE_NAME, value)) {
    const code = STATE_BY_KEY.get(phraseKey(m[0]));
    if (code !== undefined) codes.push(code);
  }
  if (codes.length === 0 && allowCodes) {
    STATE_CODE.lastIndex = 0;
    for (const m of matchesIn(STATE_CODE, value)) if (VALID_CODES.has(m[0])) codes.push(m[0]);
  }
  return codes;
}

function licenseStates(region: string): string[] {
  return inOrder([
    ...valuesAfter(region, LICENSURE_LIST, 'list').map(({ at, value }) => ({ at, names: statesIn(value, true) })),
    ...valuesAfter(region, LICENSED_PROSE, SENTENCE_END).map(({ at, value }) => ({ at, names: statesIn(value, false) })),
  ]);
}

export function findReviewer(region: string): Reviewer {
  return {
    specialties: specialties(region),
    subspecialties: subspecialties(region),
    license_states: licenseStates(region),
  };
}
