// Patient age and sex from the case summary's description of the patient:
// "a 60 year-old female", "68 year old male", "a 47 year old who ..." (sex
// unknown). Sex is read only from the noun right after the age, never from
// pronouns elsewhere: a wrong guess is worse than a blank.

import type { Sex } from '../../domain/letter';

const AGE = /\b(\d{1,3})(?:[\s-]*(?:years?|yrs?)[\s-]*old\b|\s*(?:y\/o|yo)\b)/gi;
const SENTENCE_STOP = /[.;:]/;
const WORDS_AFTER_AGE = /^[\s,-]*([A-Za-z'-]+)(?:[\s,-]+([A-Za-z'-]+))?(?:[\s,-]+([A-Za-z'-]+))?(?:[\s,-]+([A-Za-z'-]+))?/;

const SEX_NOUNS: Readonly<Record<string, Sex>> = {
  female: 'F',
  woman: 'F',
  lady: 'F',
  girl: 'F',
  male: 'M',
  man: 'M',
  gentleman: 'M',
  boy: 'M',
};

// Words that end the description: after them a "male"/"female" is about
// something else ("a 47 year old who was seen by a female provider").
const STOP_WORDS = new Set([
  'who', 'whom', 'whose', 'with', 'that', 'which', 'and', 'was', 'is', 'has', 'had', 'sustained',
  'injured', 'worker', 'employee', 'patient', 'claimant', 'individual', 'person', 'at', 'on', 'in',
  'of', 'for', 'from', 'status', 'when', 'while', 'presented', 'reported', 'complains', 'working',
]);

// Workers' compensation patients are of working age; a smaller "N year old" is
// someone else ("her 12 year old son") or a thing ("a 10 year old injury").
const MIN_AGE = 14;
const MAX_AGE = 120;

export interface PatientFacts {
  age: number | null;
  sex: Sex | null;
}

function sexAfter(text: string): Sex | null {
  const m = WORDS_AFTER_AGE.exec(text);
  if (m === null) return null;
  for (const word of m.slice(1)) {
    if (word === undefined) return null;
    const lower = word.toLowerCase();
    const sex = SEX_NOUNS[lower];
    if (sex !== undefined) return sex;
    if (STOP_WORDS.has(lower)) return null;
  }
  return null;
}

/** Age and sex from the first "N year old ..." description in `text`. */
export function findPatient(text: string): PatientFacts {
  // One match at a time: the first age that fits ends the search, and the
  // rest of the summary is not scanned (AGE never matches empty text).
  AGE.lastIndex = 0;
  for (let m = AGE.exec(text); m !== null; m = AGE.exec(text)) {
    const age = Number(m[1]);
    if (age < MIN_AGE || age > MAX_AGE) continue;
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 80);
    // Stop at the end of the sentence so the next one's nouns are not read.
    // (A search, not split(/[.;:]/): a split by a regex tries it anew at
    // every character.)
    const stop = SENTENCE_STOP.exec(after);
    const sentence = stop === null ? after : after.slice(0, stop.index);
    return { age, sex: sexAfter(sentence) };
  }
  return { age: null, sex: null };
}
