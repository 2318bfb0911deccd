// Letter files for specs: the five seed letters with their expected records,
// generated PDFs from the fixture generator, and files that are not letters.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LetterRecord } from '../../src/domain/letter';
import { generateCorpus } from '../../test/fixtures/generator';
import { letterFile } from '../../test/fixtures/generator/writer';
import type { LetterFile } from './app';

export interface ExpectedLetter extends LetterFile {
  expected: Pick<LetterRecord, 'letter_id' | 'decisions'>;
}

const SEEDS = join(import.meta.dirname, '../../test/fixtures/seeds');

function isExpected(value: unknown): value is ExpectedLetter['expected'] {
  return typeof value === 'object' && value !== null && 'letter_id' in value && 'decisions' in value && Array.isArray(value.decisions);
}

export function seedLetters(): ExpectedLetter[] {
  return readdirSync(SEEDS)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => {
      const expected: unknown = JSON.parse(readFileSync(join(SEEDS, name.replace(/\.txt$/, '.expected.json')), 'utf8'));
      if (!isExpected(expected)) throw new Error(`${name}: expected record is malformed`);
      return { name, bytes: readFileSync(join(SEEDS, name)), expected };
    });
}

/** Generated letters drawn as PDFs (deterministic for a seed). */
export async function generatedPdfs(count: number, seed = 7): Promise<ExpectedLetter[]> {
  const out: ExpectedLetter[] = [];
  for (const letter of generateCorpus({ seed, count })) {
    const file = await letterFile(letter, 'pdf');
    out.push({ name: file.file, bytes: file.bytes, expected: file.expected });
  }
  return out;
}

export function decisionCount(letters: readonly ExpectedLetter[]): number {
  return letters.reduce((n, l) => n + l.expected.decisions.length, 0);
}

/** A text file that is plainly not an IMR letter. */
export function notALetter(name = 'grocery-list.txt'): LetterFile {
  return { name, bytes: new TextEncoder().encode('Milk\nEggs\nBread\nCoffee beans\n') };
}
