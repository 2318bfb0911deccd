// Fifty letters of every kind a user brings: the seeds as text, generated
// letters of all three layouts as PDF and text, a zip of letters, letters
// saved as Windows-1252 and UTF-16, one carrying HTML and formula payloads,
// and a PDF with an owner password; plus two files that are not letters.
import { zipSync } from 'fflate';
import { generateCorpus } from '../../test/fixtures/generator';
import { letterFile } from '../../test/fixtures/generator/writer';
import { makeHostile, type HostileName } from '../../test/fixtures/hostile/make-hostile';
import type { LetterFile } from './app';
import { decisionCount, seedLetters } from './letters';

export interface MixedDrop {
  files: LetterFile[];
  letters: number;
  decisions: number;
  /** Files that are not letters, each reported as a problem. */
  problems: number;
}

/** Letters in awkward forms, each with the seed letter it is made from (same decisions). */
const AWKWARD: ReadonlyArray<[HostileName, string]> = [
  ['letter-1252.txt', '000_'],
  ['letter-utf16.txt', '003_'],
  ['payload.txt', '002_'],
  ['encrypted-owner-only.pdf', '001_'],
];

export async function mixedLetters(): Promise<MixedDrop> {
  const seeds = seedLetters();
  const files: LetterFile[] = [...seeds];
  let letters = seeds.length;
  let decisions = decisionCount(seeds);

  const add = async (seed: number, count: number, format: (i: number) => 'pdf' | 'txt') => {
    const out: LetterFile[] = [];
    for (const [i, letter] of generateCorpus({ seed, count }).entries()) {
      const file = await letterFile(letter, format(i));
      out.push({ name: file.file, bytes: file.bytes });
      letters++;
      decisions += file.expected.decisions.length;
    }
    return out;
  };
  files.push(...(await add(31, 23, () => 'pdf')));
  files.push(...(await add(32, 10, () => 'txt')));
  const zipped = await add(33, 8, (i) => (i % 2 === 0 ? 'pdf' : 'txt'));
  files.push({ name: 'letters.zip', bytes: zipSync(Object.fromEntries(zipped.map((f) => [`batch/${f.name}`, f.bytes]))) });

  for (const [name, prefix] of AWKWARD) {
    files.push({ name, bytes: await makeHostile(name) });
    letters++;
    decisions += seeds.find((s) => s.name.startsWith(prefix))?.expected.decisions.length ?? 0;
  }

  for (const name of ['scanned.pdf', 'random-bytes.pdf'] as const) files.push({ name, bytes: await makeHostile(name) });
  return { files, letters, decisions, problems: 2 };
}
