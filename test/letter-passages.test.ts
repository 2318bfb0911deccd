// The letter view marks each decision's item line and rationale in the kept
// text of the letter. On every real letter, as Poppler's pdftotext and as the
// page's own PDF reader give its text, every passage must be found, and be the
// decision's own words.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findPassages } from '../src/derive/letter-passages';
import { parseLetter } from '../src/parse';
import { processFile } from '../src/worker/pipeline';

const REAL = join(import.meta.dirname, 'fixtures', 'real');
const names = readdirSync(REAL)
  .filter((f) => f.endsWith('.pdf'))
  .map((f) => f.replace('.pdf', ''))
  .sort();
const letters = (s: string) => s.replace(/[^\p{L}\p{N}]/gu, '').toLowerCase();

function expectPassagesFound(text: string, name: string): void {
  const parsed = parseLetter(text, { file: `${name}.pdf`, letterId: '0000000000000000' });
  if (!parsed.ok) throw new Error(`${name} not read`);
  const passages = findPassages(text, parsed.record.decisions);
  parsed.record.decisions.forEach((decision, i) => {
    const { item, rationale } = passages[i] ?? { item: null, rationale: null };
    expect(item, `${name} item ${i + 1}`).not.toBeNull();
    expect(letters(text.slice(item!.start, item!.end)), `${name} item ${i + 1}`).toBe(letters(decision.item));
    if (decision.rationale === '') return;
    expect(rationale, `${name} rationale ${i + 1}`).not.toBeNull();
    const marked = letters(text.slice(rationale!.start, rationale!.end));
    const own = letters(decision.rationale);
    expect(marked.startsWith(own.slice(0, 60)), `${name} rationale ${i + 1} opening`).toBe(true);
    expect(marked.endsWith(own.slice(-60)), `${name} rationale ${i + 1} close`).toBe(true);
    // The item line comes before its rationale.
    expect(item!.start).toBeLessThan(rationale!.start);
  });
}

describe('passages of every real letter', () => {
  it.each(names)('%s, as pdftotext reads it', (name) => {
    expectPassagesFound(readFileSync(join(REAL, 'pdftotext', `${name}.txt`), 'utf8'), name);
  });

  it.each(names)('%s, as the page reads its PDF', async (name) => {
    const [outcome] = await processFile(new Uint8Array(readFileSync(join(REAL, `${name}.pdf`))), `${name}.pdf`, { keepText: true });
    if (!outcome?.ok || outcome.text === undefined) throw new Error(`${name} not read`);
    expectPassagesFound(outcome.text, name);
  });
});

describe('passages of generated letters', () => {
  it('are found in every layout and shape the generator writes', async () => {
    const { generateCorpus } = await import('./fixtures/generator/corpus');
    for (const letter of generateCorpus({ seed: 7, count: 120 })) expectPassagesFound(letter.text, letter.name);
  });
});

describe('findPassages', () => {
  const raw = [
    'Case Number: CM15-0123456',
    'IMR Issues: 1. Norco 10/325mg #60 2. Physical therapy x 6',
    'Norco 10/325mg #60: Upheld',
    'Decision rationale: The patient has taken opioids for years with no docu-',
    'Page 2 of 3',
    'CM15-0123456',
    'mented functional improvement; weaning is advised.',
    'Physical therapy x 6: Overturned',
    'Decision rationale: Six visits of ﬁrst-line therapy are supported.',
  ].join('\n');
  const decisions = [
    { item: 'Norco 10/325mg #60', rationale: 'The patient has taken opioids for years with no documented functional improvement; weaning is advised.' },
    { item: 'Physical therapy x 6', rationale: 'Six visits of first-line therapy are supported.' },
  ];

  it('finds each item at its decision, not in the list at the top, and a rationale across a page break', () => {
    const [norco, therapy] = findPassages(raw, decisions);
    expect(raw.slice(norco!.item!.start, norco!.item!.end)).toBe('Norco 10/325mg #60');
    expect(norco!.item!.start).toBe(raw.indexOf('Norco 10/325mg #60: Upheld'));
    expect(raw.slice(norco!.rationale!.start, norco!.rationale!.end)).toBe(
      'The patient has taken opioids for years with no docu-\nPage 2 of 3\nCM15-0123456\nmented functional improvement; weaning is advised.',
    );
    expect(therapy!.item!.start).toBe(raw.indexOf('Physical therapy x 6: Overturned'));
    // "ﬁ" in the text is "fi" in the record.
    expect(raw.slice(therapy!.rationale!.start, therapy!.rationale!.end)).toBe('Six visits of ﬁrst-line therapy are supported.');
  });

  it('gives null for what is not in the text', () => {
    expect(findPassages('Nothing here.', [{ item: 'MRI of the lumbar spine', rationale: 'Not indicated.' }])).toEqual([{ item: null, rationale: null }]);
    expect(findPassages('', [{ item: '', rationale: '' }])).toEqual([{ item: null, rationale: null }]);
  });
});
