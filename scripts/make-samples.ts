// npm run samples: writes the app's bundled sample letters to public/samples/:
// the five real seed letters, thirteen real published letters as the DWC
// publishes them (PDF), and generated letters of all three layouts (a mix of
// .txt and .pdf), manifest.json ({ files }) for the "Load sample letters"
// button, and expected.json (the expected record of every file) for e2e tests.
// A real letter's expected record gives only some fields (no rationale, no
// guideline sections or citations; see test/fixtures/real/README.md).
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { LetterRecord } from '../src/domain/letter';
import { generateCorpus } from '../test/fixtures/generator/corpus';
import { letterFile, type LetterFile } from '../test/fixtures/generator/writer';

const OUT = 'public/samples';
const SEEDS = 'test/fixtures/seeds';
const REAL = 'test/fixtures/real';
// Modified requests, kits, adjunct surgical services, therapies, retrospective items: the DWC categories at work.
const REAL_SAMPLES = ['006', '015', '063', '098', '107', '112', '133', '142', '146', '154', '159', '160', '164'];
/** Fixed so the samples (and the e2e expectations) never change by accident. */
const SAMPLE_SEED = 20150;
const GENERATED = 42;

async function seedFiles(): Promise<LetterFile[]> {
  const names = (await readdir(SEEDS)).filter((n) => n.endsWith('.txt')).sort();
  const out: LetterFile[] = [];
  for (const file of names) {
    const bytes = new Uint8Array(await readFile(join(SEEDS, file)));
    const expected = JSON.parse(await readFile(join(SEEDS, file.replace(/\.txt$/, '.expected.json')), 'utf8')) as LetterRecord;
    const id = createHash('sha256').update(bytes).digest('hex').slice(0, 16);
    if (expected.file !== file || expected.letter_id !== id) {
      throw new Error(`${file}: its expected record names ${expected.file} / ${expected.letter_id}, the bytes give ${id}`);
    }
    out.push({ file, bytes, expected });
  }
  return out;
}

async function realFiles(): Promise<LetterFile[]> {
  const out: LetterFile[] = [];
  for (const n of REAL_SAMPLES) {
    const file = `real_${n}.pdf`;
    const bytes = new Uint8Array(await readFile(join(REAL, file)));
    const expected = JSON.parse(await readFile(join(REAL, `real_${n}.expected.json`), 'utf8')) as LetterRecord;
    const id = createHash('sha256').update(bytes).digest('hex').slice(0, 16);
    if (expected.file !== file || expected.letter_id !== id) throw new Error(`${file}: its expected record does not match its bytes`);
    out.push({ file, bytes, expected });
  }
  return out;
}

async function main(): Promise<void> {
  const seeds = [...(await seedFiles()), ...(await realFiles())];
  const letters = generateCorpus({ seed: SAMPLE_SEED, count: GENERATED });
  const generated: LetterFile[] = [];
  for (const [i, letter] of letters.entries()) {
    const n = String(seeds.length + i).padStart(3, '0');
    // Every other letter as a PDF, so the samples exercise both readers.
    generated.push(await letterFile(letter, i % 2 === 0 ? 'txt' : 'pdf', `${n}_${letter.layout}`));
  }
  const all = [...seeds, ...generated];
  if (!all.some((f) => f.expected.decisions.some((d) => d.medication === 'oxycodone'))) {
    throw new Error('the samples must include an oxycodone decision (the charts e2e test clicks it)');
  }

  await rm(OUT, { recursive: true, force: true });
  await mkdir(OUT, { recursive: true });
  for (const f of all) await writeFile(join(OUT, f.file), f.bytes);
  await writeFile(join(OUT, 'manifest.json'), JSON.stringify({ files: all.map((f) => f.file) }, null, 2) + '\n');
  await writeFile(join(OUT, 'expected.json'), JSON.stringify(all.map((f) => f.expected), null, 2) + '\n');
  const decisions = all.reduce((n, f) => n + f.expected.decisions.length, 0);
  console.log(`samples: ${all.length} letters (${decisions} decisions) in ${OUT}`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
