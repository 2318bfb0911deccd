// Reads the parser's hand-written fixtures (test/parse/fixtures/*.txt), and
// cleans text the way the parser does before it reads a letter.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LetterRecord } from '../../src/domain/letter';
import { parseLetter } from '../../src/parse';
import { cleanNormalisedText, normaliseCharacters } from '../../src/parse/clean-text';

/** The text as parseLetter sees it after cleaning. */
export const cleanText = (raw: string): string => cleanNormalisedText(normaliseCharacters(raw));

export const FIXTURES = join(import.meta.dirname, 'fixtures');

export function readFixture(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

/** Parses a fixture that must be a letter; fails the test otherwise. */
export function parseFixture(name: string): LetterRecord {
  const result = parseLetter(readFixture(name), { file: name, letterId: '0123456789abcdef' }, { currentYear: 2026 });
  if (!result.ok) throw new Error(`${name} did not parse: ${result.error.code}: ${result.error.message}`);
  return result.record;
}
