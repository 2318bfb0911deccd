// The hostile-drop set for the browser: every bad input from
// test/fixtures/hostile beside good letters (some in awkward forms), written
// to a temporary folder so the drop hands the page real files from disk.
// Each bad file comes with the reason the user must read; each good letter
// with the items and outcomes the table must show for it.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LetterRecord } from '../../src/domain/letter';
import { generateCorpus } from '../../test/fixtures/generator';
import { letterFile } from '../../test/fixtures/generator/writer';
import { FORMULA_PAYLOAD, HTML_PAYLOAD, SEEDS_DIR, seedLetter } from '../../test/fixtures/hostile/letters';
import { hugeText, makeHostile, NESTED_SEEDS, PDF_SOURCE_SEED, type HostileName } from '../../test/fixtures/hostile/make-hostile';

export interface GoodLetter {
  /** The name the letter carries in the table: the file, or its path inside a zip. */
  file: string;
  decisions: Array<[item: string, outcome: string]>;
}

export interface BadFile {
  file: string;
  /** What the problems panel must say about it. */
  reason: RegExp;
}

export interface HostileDrop {
  dir: string;
  /** Every file to drop, as paths. */
  paths: string[];
  good: GoodLetter[];
  bad: BadFile[];
  /** Files on disk that hold good letters (a zip holds several). */
  goodFiles: number;
  cleanUp(): void;
}

const seedDecisions = (prefix: string): GoodLetter['decisions'] => {
  const { name } = seedLetter(prefix);
  const expected = JSON.parse(readFileSync(join(SEEDS_DIR, name.replace(/\.txt$/, '.expected.json')), 'utf8')) as LetterRecord;
  return expected.decisions.map((d) => [d.item, d.outcome]);
};

const DAMAGED = /^not a readable PDF: the file is damaged or truncated$/;

/** Bad inputs, each with its message as a user reads it. */
const BAD: ReadonlyArray<[HostileName, RegExp]> = [
  ['random-bytes.pdf', DAMAGED],
  ['random-after-header.pdf', DAMAGED],
  ['truncated.pdf', DAMAGED],
  ['encrypted.pdf', /^encrypted: open it and save without a password$/],
  ['scanned.pdf', /^no text layer: this looks like a scan$/],
  ['empty.txt', /^empty file$/],
  ['empty.pdf', /^empty file$/],
  ['bomb.zip', /^archive refused: .*unpack to more than 500 MB/],
  ['bomb-under-file-cap.zip', /^archive refused: .*unpack to more than 500 MB/],
  ['many-entries.zip', /^archive refused: .*more than 10,000 files/],
  ['photo.png', /^unsupported file type: a PNG image; add letters as PDF, text or \.zip files$/],
  ['notes.docx', /^unsupported file type: a Word document \(\.docx\); add letters as PDF, text or \.zip files$/],
  ['invoice.pdf', /^This looks like an invoice, not an IMR determination letter\.$/],
];

/** Letters in awkward forms that must load anyway, with what they hold. */
const AWKWARD_GOOD: ReadonlyArray<[HostileName, GoodLetter[]]> = [
  ['letter-1252.txt', [{ file: 'letter-1252.txt', decisions: seedDecisions('000_') }]],
  ['letter-utf16.txt', [{ file: 'letter-utf16.txt', decisions: seedDecisions('003_') }]],
  ['encrypted-owner-only.pdf', [{ file: 'encrypted-owner-only.pdf', decisions: seedDecisions(PDF_SOURCE_SEED) }]],
  [
    'nested.zip',
    NESTED_SEEDS.map((prefix) => ({
      file: `nested.zip/inner.zip/${seedLetter(prefix).name}`,
      decisions: seedDecisions(prefix),
    })),
  ],
  [
    'payload.txt',
    [
      {
        file: 'payload.txt',
        decisions: [
          [`Opana ER 5mg ${HTML_PAYLOAD} 30 day supply Qty: 30.00`, 'Overturned'],
          ['Oxycodone 30mg 30 day supply Qty: 120', 'Overturned'],
          [`${FORMULA_PAYLOAD} Carisoprodol 350mg 30 day supply Qty: 60`, 'Upheld'],
        ],
      },
    ],
  ],
];

/**
 * Writes the set to a new temporary folder. The 200 MB huge.txt is written
 * there too, never committed; it is removed with the folder by cleanUp().
 */
export async function writeHostileDrop(): Promise<HostileDrop> {
  const dir = mkdtempSync(join(tmpdir(), 'imr-hostile-'));
  const paths: string[] = [];
  const write = (name: string, bytes: Uint8Array) => {
    const path = join(dir, name);
    writeFileSync(path, bytes);
    paths.push(path);
  };

  const good: GoodLetter[] = [];
  let goodFiles = 0;
  // Plain good letters: three seeds as text, six generated letters as PDF and text.
  for (const prefix of ['001_', '003_', '004_']) {
    const seed = seedLetter(prefix);
    write(seed.name, new TextEncoder().encode(seed.text));
    good.push({ file: seed.name, decisions: seedDecisions(prefix) });
    goodFiles++;
  }
  for (const [i, letter] of generateCorpus({ seed: 23, count: 6 }).entries()) {
    const file = await letterFile(letter, i % 2 === 0 ? 'pdf' : 'txt');
    write(file.file, file.bytes);
    good.push({ file: file.file, decisions: file.expected.decisions.map((d) => [d.item, d.outcome]) });
    goodFiles++;
  }
  for (const [name, letters] of AWKWARD_GOOD) {
    write(name, await makeHostile(name));
    good.push(...letters);
    goodFiles++;
  }

  const bad: BadFile[] = [];
  for (const [name, reason] of BAD) {
    write(name, await makeHostile(name));
    bad.push({ file: name, reason });
  }
  write('huge.txt', hugeText());
  bad.push({ file: 'huge.txt', reason: /^too large: this file is over the 50 MB limit$/ });

  // Sorted by name, so bad files sit between good ones in the drop.
  paths.sort();
  return { dir, paths, good, bad, goodFiles, cleanUp: () => rmSync(dir, { recursive: true, force: true }) };
}
