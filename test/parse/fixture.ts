// Reads the parser's hand-written fixtures (test/parse/fixtures/*.txt).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LetterRecord } from '../../src/domain/letter';
import { parseLetter } from '../../src/parse';

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
