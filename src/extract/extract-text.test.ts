import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { QUIRK_TEXT } from '../../test/fixtures/quirks/quirk-text';
import { extractText } from './extract-text';
import type { PdfjsLib } from './pdfjs-types';

const quirk = (name: string) => new Uint8Array(readFileSync(`test/fixtures/quirks/${name}`));

describe('extractText on text files', () => {
  it.each([
    'utf-8-bom.txt',
    'utf-16le.txt',
    'utf-16be.txt',
    'utf-16le-no-bom.txt',
    'windows-1252.txt',
    'crlf-line-ends.txt',
    'text-without-extension',
  ])('%s gives the same text', async (file) => {
    expect(await extractText(quirk(file), file)).toEqual({ ok: true, text: QUIRK_TEXT, pages: 1 });
  });

  it('an old-Mac CR-only file gets \\n line ends', async () => {
    const r = await extractText(new TextEncoder().encode('a\rb\r'), 'mac.txt');
    expect(r).toEqual({ ok: true, text: 'a\nb\n', pages: 1 });
  });
});

describe('extractText refuses what is not a letter, saying why', () => {
  it.each([
    ['empty.txt', 'empty', 'empty file'],
    ['image.png', 'unsupported-type', 'unsupported file type: a PNG image; add letters as PDF, text or .zip files'],
    [
      'word-document.docx',
      'unsupported-type',
      'unsupported file type: a Word document (.docx); add letters as PDF, text or .zip files',
    ],
    ['encrypted.pdf', 'encrypted', 'encrypted: open it and save without a password'],
    ['truncated.pdf', 'corrupt', 'not a readable PDF: the file is damaged or truncated'],
    ['scan-no-text-layer.pdf', 'no-text-layer', 'no text layer: this looks like a scan'],
  ])('%s -> %s', async (file, code, message) => {
    expect(await extractText(quirk(file), file)).toEqual({ ok: false, error: { code, message } });
  });

  it('whitespace only is empty', async () => {
    const r = await extractText(new TextEncoder().encode(' \r\n\t\n'), 'blank.txt');
    expect(r).toEqual({ ok: false, error: { code: 'empty', message: 'empty file' } });
  });

  it('a file over the size cap is refused before reading, naming the limit', async () => {
    const r = await extractText(new Uint8Array(3 * 1024 * 1024).fill(65), 'huge.txt', {
      limits: { maxFileBytes: 2 * 1024 * 1024 },
    });
    expect(r).toEqual({ ok: false, error: { code: 'too-large', message: 'too large: this file is over the 2 MB limit' } });
  });

  it('a bare zip is not a letter (the pipeline unpacks zips first)', async () => {
    const r = await extractText(Uint8Array.of(0x50, 0x4b, 0x05, 0x06, ...new Uint8Array(18)), 'a.zip');
    expect(r.ok ? null : r.error.code).toBe('unsupported-type');
  });
});

describe('extractText on PDFs', () => {
  it('reads a PDF that only restricts permissions (owner password, no user password)', async () => {
    const r = await extractText(quirk('owner-password-only.pdf'), 'restricted.pdf');
    expect(r).toEqual({ ok: true, text: 'Permission-restricted letter text.\nSecond line.', pages: 1 });
  });

  it('leaves the caller’s bytes usable (pdf.js detaches what it is given)', async () => {
    const bytes = quirk('owner-password-only.pdf');
    await extractText(bytes, 'restricted.pdf');
    expect(bytes.byteLength).toBeGreaterThan(1000);
    expect(new TextDecoder().decode(bytes.subarray(0, 5))).toBe('%PDF-');
  });

  it('uses the injected pdf.js loader and maps its password failure', async () => {
    let loads = 0;
    const failing: PdfjsLib = {
      getDocument: () => ({
        promise: Promise.reject(Object.assign(new Error('No password given'), { name: 'PasswordException' })),
        destroy: () => Promise.resolve(),
      }),
    };
    const r = await extractText(quirk('owner-password-only.pdf'), 'x.pdf', {
      loadPdfjs: () => {
        loads++;
        return Promise.resolve(failing);
      },
    });
    expect(loads).toBe(1);
    expect(r).toEqual({ ok: false, error: { code: 'encrypted', message: 'encrypted: open it and save without a password' } });
  });
});
