import { readFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { describeType, extensionOf, sniffType } from './sniff';

const quirk = (name: string) => new Uint8Array(readFileSync(`test/fixtures/quirks/${name}`));
const ascii = (s: string) => new TextEncoder().encode(s);
const letterZip = zipSync({ 'letters/a.txt': strToU8('hello') });

describe('sniffType', () => {
  it.each([
    ['a PDF by magic', ascii('%PDF-1.7\n...'), 'letter.pdf', 'pdf'],
    ['a PDF behind junk bytes', ascii('garbage\r\n%PDF-1.4\n'), 'x.bin', 'pdf'],
    ['a PDF named .txt', ascii('%PDF-1.4\n'), 'letter.txt', 'pdf'],
    ['a damaged file named .pdf', ascii('not really'), 'letter.pdf', 'pdf'],
    ['a zip of letters', letterZip, 'letters.zip', 'zip'],
    ['a zip named oddly', letterZip, 'download', 'zip'],
    ['a .docx by extension', letterZip, 'letter.docx', 'unknown'],
    ['a .docx by its first entry', quirk('word-document.docx'), 'renamed.zip', 'unknown'],
    ['a PNG named .txt', quirk('image.png'), 'letter.txt', 'unknown'],
    ['a JPEG', Uint8Array.of(0xff, 0xd8, 0xff, 0xe0, 0, 0x10), 'scan.jpg', 'unknown'],
    ['a .txt', ascii('Some text'), 'letter.TXT', 'text'],
    ['a .text', ascii('Some text'), 'letter.text', 'text'],
    ['text with no extension', quirk('text-without-extension'), 'letter', 'text'],
    ['UTF-16 text with an odd extension', quirk('utf-16le.txt'), 'letter.dat', 'text'],
    ['binary with an odd extension', Uint8Array.of(0, 1, 2, 3, 0, 5, 0xff, 0), 'blob.bin', 'unknown'],
  ])('%s', (_label, bytes, name, kind) => {
    expect(sniffType(bytes, name)).toBe(kind);
  });
});

describe('describeType names what an unsupported file is', () => {
  it.each([
    [quirk('image.png'), 'photo.png', 'a PNG image'],
    [quirk('word-document.docx'), 'letter.docx', 'a Word document (.docx)'],
    [quirk('word-document.docx'), 'letter.zip', 'an Office document (.docx/.xlsx/.pptx)'],
    [Uint8Array.of(0xd0, 0xcf, 0x11, 0xe0, 0xa1), 'old.doc', 'an old-style Office document (.doc/.xls)'],
    [Uint8Array.of(0, 1, 2, 3, 0, 5, 0xff, 0), 'blob.bin', 'a .bin file'],
    [Uint8Array.of(0, 1, 2, 3, 0, 5, 0xff, 0), 'blob', 'binary data'],
  ])('%#: %s', (bytes, name, what) => {
    expect(describeType(bytes, name)).toBe(what);
  });
});

describe('extensionOf', () => {
  it.each([
    ['a.PDF', 'pdf'],
    ['archive.zip/inner/b.txt', 'txt'],
    ['dir.v2/README', ''],
    ['.hidden', ''],
  ])('%s -> %j', (name, ext) => expect(extensionOf(name)).toBe(ext));
});
