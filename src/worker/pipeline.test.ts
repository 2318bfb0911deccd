// The pipeline's own job: route bytes through sniffing, unzipping and
// extraction to the parser, one outcome per letter. The parser is replaced by
// a stand-in here so these tests fail only for the pipeline's faults; the real
// parser runs end to end in test/cli.test.ts and test/seeds-pdf.test.ts.
import { readFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import type { LetterRecord, ParseResult } from '../domain/letter';
import type { PdfjsLib } from '../extract';
import { processFile } from './pipeline';

const parseCalls: { text: string; file: string; letterId: string }[] = [];

vi.mock('../parse/index', async (importOriginal) => {
  const { letter } = await import('../../test/builders/records');
  return {
    ...(await importOriginal<typeof import('../parse/index')>()),
    parseLetter(text: string, meta: { file: string; letterId: string }): ParseResult {
      parseCalls.push({ text, ...meta });
      if (!text.includes('FINAL DETERMINATION')) {
        return { ok: false, error: { code: 'not-a-letter', message: 'not an IMR determination letter' } };
      }
      const record: LetterRecord = letter(meta.letterId, {
        file: meta.file,
        reviewer: { specialties: [], license_states: [] },
        decisions: [],
      });
      return { ok: true, record };
    },
  };
});

const LETTER = 'HOW THE IMR FINAL DETERMINATION WAS MADE\nText.\n';
const quirk = (name: string) => new Uint8Array(readFileSync(`test/fixtures/quirks/${name}`));
const summary = (outcomes: Awaited<ReturnType<typeof processFile>>) =>
  outcomes.map((o) => (o.ok ? `${o.file} -> ${o.record.letter_id}` : `${o.file} ! ${o.error.code}`));

describe('processFile', () => {
  it('hands the decoded text, file name and content id to the parser', async () => {
    parseCalls.length = 0;
    const bytes = Uint8Array.of(0xff, 0xfe, ...Array.from(LETTER, (c) => [c.charCodeAt(0), 0]).flat());
    const [outcome] = await processFile(bytes, 'utf16-letter.txt');
    expect(parseCalls).toEqual([{ text: LETTER, file: 'utf16-letter.txt', letterId: expect.stringMatching(/^[0-9a-f]{16}$/) }]);
    expect(outcome).toMatchObject({ file: 'utf16-letter.txt', ok: true, record: { letter_id: parseCalls[0]?.letterId } });
  });

  it('passes the parser’s refusal through as the outcome', async () => {
    expect(await processFile(strToU8('An invoice.'), 'invoice.txt')).toEqual([
      { file: 'invoice.txt', ok: false, error: { code: 'not-a-letter', message: 'not an IMR determination letter' } },
    ]);
  });

  it.each([
    ['empty.txt', 'empty'],
    ['image.png', 'unsupported-type'],
    ['word-document.docx', 'unsupported-type'],
    ['encrypted.pdf', 'encrypted'],
    ['scan-no-text-layer.pdf', 'no-text-layer'],
  ])('reports %s as %s without calling the parser', async (file, code) => {
    parseCalls.length = 0;
    const outcomes = await processFile(quirk(file), file);
    expect(summary(outcomes)).toEqual([`${file} ! ${code}`]);
    expect(parseCalls).toEqual([]);
  });

  it('gives one outcome per zip entry, nested zips included, in archive order', async () => {
    const inner = zipSync({ 'c.txt': strToU8(LETTER + 'c') });
    const zip = zipSync({
      'a.txt': strToU8(LETTER + 'a'),
      photos: { 'scan.png': quirk('image.png') },
      'more.zip': inner,
      'notes.txt': strToU8('shopping list'),
    });
    const outcomes = await processFile(zip, 'batch.zip');
    expect(summary(outcomes).map((s) => s.replace(/-> [0-9a-f]{16}$/, '-> id'))).toEqual([
      'batch.zip/a.txt -> id',
      'batch.zip/photos/scan.png ! unsupported-type',
      'batch.zip/more.zip/c.txt -> id',
      'batch.zip/notes.txt ! not-a-letter',
    ]);
  });

  it('ids a letter in a zip by its own bytes, the same as when dropped alone', async () => {
    const bytes = strToU8(LETTER);
    const [alone] = await processFile(bytes, 'a.txt');
    const [zipped] = await processFile(zipSync({ 'a.txt': bytes }), 'z.zip');
    expect(alone?.ok && zipped?.ok && alone.record.letter_id === zipped.record.letter_id).toBe(true);
  });

  it('refuses a whole archive once, by its own name, when it breaks a cap', async () => {
    const zip = zipSync({ 'a.txt': strToU8(LETTER), 'b.txt': strToU8(LETTER) });
    expect(summary(await processFile(zip, 'big.zip', { limits: { maxZipEntries: 1 } }))).toEqual(['big.zip ! zip-limit']);
    expect(summary(await processFile(zip, 'big.zip', { limits: { maxZipBytes: 100 } }))).toEqual(['big.zip ! too-large']);
  });

  it('loads pdf.js through the injected loader, only when a PDF arrives', async () => {
    let loads = 0;
    const fake: PdfjsLib = {
      getDocument: () => ({
        promise: Promise.resolve({
          numPages: 1,
          getPage: () =>
            Promise.resolve({
              getTextContent: () =>
                Promise.resolve({
                  items: [
                    { type: 'beginMarkedContent' },
                    { str: 'HOW THE IMR FINAL DETERMINATION WAS MADE', transform: [12, 0, 0, 12, 72, 700], width: 300, height: 12 },
                  ],
                }),
              cleanup: () => true,
            }),
        }),
        destroy: () => Promise.resolve(),
      }),
    };
    const loadPdfjs = () => {
      loads++;
      return Promise.resolve(fake);
    };
    await processFile(strToU8(LETTER), 'a.txt', { loadPdfjs });
    expect(loads).toBe(0);
    parseCalls.length = 0;
    const [outcome] = await processFile(strToU8('%PDF-1.7\n'), 'a.pdf', { loadPdfjs });
    expect(loads).toBe(1);
    expect(parseCalls[0]?.text).toBe('HOW THE IMR FINAL DETERMINATION WAS MADE');
    expect(outcome?.ok).toBe(true);
  });
});
