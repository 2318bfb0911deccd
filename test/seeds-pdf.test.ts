// The seed letters drawn as PDFs must parse to the same records as their .txt
// files: pdf.js text, rebuilt into lines, has to look like the text export.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LetterRecord } from '../src/domain/letter';
import { extractText, letterId } from '../src/extract';
import { processFile } from '../src/worker/pipeline';
import { givenFields } from './expected-fields';
import { renderTextPdf } from './fixtures/generator/pdf';

const SEEDS = 'test/fixtures/seeds';
const seeds = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();
const pdfName = (txt: string) => txt.replace(/\.txt$/, '.pdf');

const pdfs = new Map<string, Uint8Array>();
beforeAll(async () => {
  for (const seed of seeds) pdfs.set(seed, await renderTextPdf(readFileSync(join(SEEDS, seed), 'utf8')));
});

const words = (text: string) => text.split(/\s+/).filter(Boolean);
// Loose: the same words in the same order, whatever the spacing and punctuation spacing.
const looseWords = (text: string) => words(text.toLowerCase().replace(/[^a-z0-9]+/g, ' '));

async function onlyRecord(bytes: Uint8Array, name: string): Promise<LetterRecord> {
  const outcomes = await processFile(bytes, name);
  expect(outcomes).toHaveLength(1);
  const [outcome] = outcomes;
  if (!outcome?.ok) throw new Error(`${name} did not parse: ${JSON.stringify(outcome)}`);
  return outcome.record;
}

describe.each(seeds)('seed %s as a PDF', (seed) => {
  it('extracts the same words as the .txt (less the page footers the PDF adds)', async () => {
    const pdf = await extractText(pdfs.get(seed) ?? new Uint8Array(), pdfName(seed));
    const txt = await extractText(new Uint8Array(readFileSync(join(SEEDS, seed))), seed);
    if (!pdf.ok || !txt.ok) throw new Error('extraction failed');
    expect(words(pdf.text.replace(/^Page \d+ of \d+$/gm, ''))).toEqual(words(txt.text));
    expect(pdf.text).not.toMatch(/\n\n/); // one line per line, no blank lines
  });

  it('parses to the expected record, rationale compared loosely', async () => {
    const bytes = pdfs.get(seed) ?? new Uint8Array();
    const record = await onlyRecord(bytes, pdfName(seed));
    const expected = JSON.parse(readFileSync(join(SEEDS, seed.replace(/\.txt$/, '.expected.json')), 'utf8')) as Record<
      string,
      unknown
    >;
    const forPdf = { ...expected, file: pdfName(seed), letter_id: await letterId(bytes) };
    expect(givenFields(record, forPdf)).toEqual(forPdf);
    expect(record.letter_id).not.toBe(expected.letter_id); // the PDF's bytes, not the .txt's
    const { decisions } = record;

    const fromTxt = await onlyRecord(new Uint8Array(readFileSync(join(SEEDS, seed))), seed);
    expect(decisions.map((d) => looseWords(d.rationale))).toEqual(fromTxt.decisions.map((d) => looseWords(d.rationale)));
  });
});
